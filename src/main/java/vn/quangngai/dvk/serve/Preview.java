package vn.quangngai.dvk.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import vn.quangngai.dvk.build.BuildResult;
import vn.quangngai.dvk.build.Failures;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.editor.EditorHandler;
import vn.quangngai.dvk.site.Settings;

/**
 * The writers' preview: builds, serves on 127.0.0.1, rebuilds on every change to the source,
 * and lets the open page reload itself. A failed rebuild never stops the server: the last good
 * site stays served and the page shows the problems until they are fixed.
 */
public final class Preview implements AutoCloseable {

    private final PreviewServer server;
    private final SourceWatcher watcher;
    private final AtomicReference<BuildStatus> status;

    private Preview(PreviewServer server, SourceWatcher watcher, AtomicReference<BuildStatus> status) {
        this.server = server;
        this.watcher = watcher;
        this.status = status;
    }

    /** Builds once, starts serving, then keeps rebuilding; {@code out} and {@code err} get one line per build. */
    public static Preview start(Path source, Path site, int port, UnaryOperator<Settings> adjust,
                                PrintStream out, PrintStream err) throws IOException {
        return start(SiteBuild.preview(java.time.Clock.systemUTC())::run, source, site, port, adjust, out, err);
    }

    /** One build of the site, as {@link SiteBuild#run(Path, Path, UnaryOperator)} does it. */
    interface Build {
        BuildResult run(Path source, Path site, UnaryOperator<Settings> adjust);
    }

    static Preview start(Build build, Path source, Path site, int port, UnaryOperator<Settings> adjust,
                         PrintStream out, PrintStream err) throws IOException {
        AtomicReference<BuildStatus> status = new AtomicReference<>(BuildStatus.first());
        // take the port first: a busy port is reported at once, not after a build
        PreviewServer server = PreviewServer.start(site, port, status::get);
        String editorPreview = server.url() + EditorHandler.PREFIX.substring(1) + "xem-truoc/";
        server.mount(EditorHandler.PREFIX, new EditorHandler(source, site.toAbsolutePath().resolveSibling(site.toAbsolutePath().getFileName() + "-bien-tap"),
                server.port(), settings -> adjust.apply(settings).withBaseUrl(editorPreview), vn.quangngai.dvk.edit.PasteCleaner::toMarkdown));
        Runnable rebuild = () -> {
            List<String> problems = runOnce(build, source, site, adjust, out, err);
            status.updateAndGet(s -> problems.isEmpty() ? s.published() : s.failed(problems));
            server.statusChanged();
        };
        List<String> first = runOnce(build, source, site, adjust, out, err);
        status.set(first.isEmpty() ? BuildStatus.first() : BuildStatus.first().failed(first));
        // the watcher's own failures (a folder gone while it was being watched) are shown like a failed build's
        SourceWatcher watcher = SourceWatcher.start(source, rebuild, failure -> {
            List<String> lines = report(failure, err);
            status.updateAndGet(s -> s.failed(lines));
            server.statusChanged();
        });
        return new Preview(server, watcher, status);
    }

    /**
     * One build; the problems it found, as lines for the console and the page (empty when published).
     * Whatever the build throws, even a stack overflow, is a failed build: the preview goes on.
     */
    private static List<String> runOnce(Build build, Path source, Path site, UnaryOperator<Settings> adjust,
                                        PrintStream out, PrintStream err) {
        try {
            BuildResult result = build.run(source, site, adjust);
            result.warnings().forEach(err::println);
            result.notes().forEach(out::println);
            out.println(result.summary());
            return List.of();
        } catch (RuntimeException | Error e) {
            return report(e, err);
        }
    }

    private static List<String> report(Throwable failure, PrintStream err) {
        Failures.Failure described = Failures.of(failure, Failures.Doing.PUBLISHING);
        described.lines().forEach(err::println);
        return described.problems();
    }

    public String url() {
        return server.url();
    }

    /** The editor's list of stories. */
    public String editorUrl() {
        return server.url() + EditorHandler.PREFIX.substring(1);
    }

    public BuildStatus status() {
        return status.get();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        server.close();
    }
}
