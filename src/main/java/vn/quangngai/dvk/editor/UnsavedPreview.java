package vn.quangngai.dvk.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import vn.quangngai.dvk.build.Failures;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.site.Settings;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.site.SiteReader;

/**
 * The story as the form holds it, before it is saved, rendered by the same build and templates as
 * the site: a copy of the source (kept up to date file by file) gets the unsaved text, and a warm
 * build of its own bakes it into a folder the editor serves. The writer's files are never touched.
 */
public final class UnsavedPreview {

    private static final List<String> COPIED = List.of("content", "data", "templates", "assets");

    /** What a preview gave: the page's path in the preview folder, or the problems that stopped it. */
    public record Result(String page, List<String> problems) {
    }

    private final Path source;
    private final Path copy;
    private final Path site;
    private final UnaryOperator<Settings> adjust;
    private final SiteBuild build = SiteBuild.warm();

    /**
     * @param work   a folder of the editor's own, beside the preview's output: the copy of the
     *               source goes in it, the unsaved preview's pages beside it ({@code work-trang}),
     *               so that they share the preview's photo and card cache (a photo sent from the
     *               form is made once, not once per build that shows it)
     * @param adjust settings for the copy: its pages are served under the editor's preview address
     */
    public UnsavedPreview(Path source, Path work, UnaryOperator<Settings> adjust) {
        this.source = source.toAbsolutePath().normalize();
        this.copy = work.resolve("nguon");
        this.site = work.resolveSibling(work.getFileName() + "-trang");
        this.adjust = adjust;
    }

    public Path site() {
        return site;
    }

    public synchronized Result render(StoryForm form, String openedSlug) {
        String slug = form.slug();
        try {
            mirror();
            Path stories = copy.resolve(SiteReader.CONTENT).resolve(Site.STORIES);
            if (StoryStore.validSlug(openedSlug)) {
                Files.deleteIfExists(stories.resolve(openedSlug + ".md"));
            }
            Files.createDirectories(stories);
            Files.writeString(stories.resolve(slug + ".md"), form.published().toText(), StandardCharsets.UTF_8);
            build.run(copy, site, adjust);
            return new Result(Site.STORIES + "/" + slug + "/", List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(null, Failures.of(e, Failures.Doing.PUBLISHING).problems());
        }
    }

    /** Makes the copy the same as the source: changed files copied, files gone deleted. */
    private void mirror() throws IOException {
        Set<Path> wanted = new HashSet<>();
        copyIfChanged(source.resolve(Settings.FILE), copy.resolve(Settings.FILE), wanted);
        for (String folder : COPIED) {
            Path from = source.resolve(folder);
            if (!Files.isDirectory(from)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    if (file.getFileName().toString().startsWith(".")) {
                        continue;
                    }
                    copyIfChanged(file, copy.resolve(source.relativize(file).toString()), wanted);
                }
            }
        }
        if (Files.isDirectory(copy)) {
            List<Path> stale = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(copy)) {
                walk.filter(p -> !p.equals(copy) && !wanted.contains(p) && !isAncestorOfWanted(p, wanted)).forEach(stale::add);
            }
            stale.sort(Comparator.reverseOrder());
            for (Path path : stale) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static boolean isAncestorOfWanted(Path path, Set<Path> wanted) {
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) && wanted.stream().anyMatch(w -> w.startsWith(path));
    }

    private static void copyIfChanged(Path from, Path to, Set<Path> wanted) throws IOException {
        if (!Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        wanted.add(to);
        BasicFileAttributes a = Files.readAttributes(from, BasicFileAttributes.class);
        if (Files.isRegularFile(to)) {
            BasicFileAttributes b = Files.readAttributes(to, BasicFileAttributes.class);
            if (a.size() == b.size() && a.lastModifiedTime().equals(b.lastModifiedTime())) {
                return;
            }
        }
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    }
}
