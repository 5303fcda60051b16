package vn.quangngai.dvk.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import vn.quangngai.dvk.bake.Bakery;
import vn.quangngai.dvk.bake.RenderCache;
import vn.quangngai.dvk.files.FileTree;
import vn.quangngai.dvk.site.ReadCache;
import vn.quangngai.dvk.site.Settings;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.site.SiteReader;
import vn.quangngai.dvk.story.Story;

/**
 * One build: read and validate the source, bake into a fresh folder beside the output, and swap
 * it in only when everything succeeded. A failed build leaves the previous site as it was, and
 * nothing from an earlier build survives in a new one. The replaced site is kept beside the
 * output ({@code .NAME.previous}) until the next build. A warm build whose templates, settings
 * and assets did not change bakes only the changed files and moves them into place.
 */
public final class SiteBuild {

    private final Bakery bakery;
    private final ReadCache reads;
    /** HTML pages and all files in the folder last published, kept up to date by builds of changes. */
    private int html;
    private int files;

    /** A build for a one-off run. */
    public SiteBuild() {
        this(false);
    }

    private SiteBuild(boolean warm) {
        this.bakery = new Bakery(warm);
        this.reads = warm ? new ReadCache() : ReadCache.none();
    }

    /** A build that will run again in this process (preview, benchmark): it re-renders only what changed. */
    public static SiteBuild warm() {
        return new SiteBuild(true);
    }

    /** Reads, validates and publishes; throws InvalidSourceException or BakeException on failure. */
    public BuildResult run(Path source, Path out) {
        return run(source, out, UnaryOperator.identity());
    }

    /** As {@link #run(Path, Path)}, with settings adjusted (base URL, page size) before baking. */
    public BuildResult run(Path source, Path out, UnaryOperator<Settings> adjust) {
        long start = System.nanoTime();
        refuseDangerousOutput(source, out);
        Path target = out.toAbsolutePath().normalize();
        Path staging = target.resolveSibling("." + target.getFileName() + ".building");
        Path previous = target.resolveSibling("." + target.getFileName() + ".previous");
        bakery.prepare(source, staging);
        Site read = new SiteReader(source, reads).read();
        Site site = new Site(adjust.apply(read.settings()), read.registry(), read.imprint(), read.stories(), read.pages(),
                read.taxonomies(), read.warnings());
        RenderCache cache = bakery.cache();
        boolean changesOnly = bakery.begin(site, source, target);
        // a whole build writes over the files of the site before last
        boolean reuse = !changesOnly;
        boolean baked = false;
        try {
            Files.createDirectories(target.getParent());
            CompletableFuture<Map<String, Boolean>> listed = null;
            if (reuse) {
                reuseFolder(staging, previous, target);
                listed = listWhileBaking(staging);
            } else {
                FileTree.delete(staging);
                Files.createDirectories(staging);
            }
            // copies older than the previous site go while this build bakes
            clearTrash(target);
            Bakery.Baked result;
            try {
                result = bakery.bake(site, source, staging, target);
                if (reuse) {
                    Map<String, Boolean> before = listed.join();
                    if (before != null) {
                        FileTree.keepOnly(staging, result.written(), before);
                    } else {
                        FileTree.keepOnly(staging, result.written());
                    }
                }
            } catch (RuntimeException | IOException e) {
                cache.abandoned();
                throw e;
            }
            if (changesOnly) {
                publishChanges(staging, target, cache.removed());
            } else {
                html = result.htmlPages();
                files = result.files();
                swap(staging, target, previous);
            }
            baked = true;
            cache.published(target);
            long agencies = site.stories().stream().map(Story::agency).distinct().count();
            long districts = site.stories().stream().flatMap(s -> s.districts().stream()).distinct().count();
            return new BuildResult(out, html, files, site.stories().size(), (int) agencies, (int) districts,
                    System.nanoTime() - start, site.warnings());
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được thư mục kết quả " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                if (reuse && !baked && Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
                    // thousands of files: the next build deletes them while it bakes
                    move(staging, staging.resolveSibling(trashPrefix(target) + System.nanoTime()));
                } else {
                    FileTree.delete(staging);
                }
            } catch (IOException ignored) {
                // the staging folder is ours and is recreated next time
            }
        }
    }

    /**
     * Gives a whole build the folder of an older build to write over ({@link FileTree#overwrite}):
     * the site before the last build ({@code .previous}), else a new one, or the folder a build
     * left when its process was killed. Files the build does not write again are deleted after
     * it ({@link FileTree#keepOnly}). A build that fails turns the folder into trash: the site
     * before the last one is then gone, and the next build starts a new folder.
     */
    private static void reuseFolder(Path staging, Path previous, Path target) throws IOException {
        if (Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        FileTree.delete(staging); // not a folder: a file or link that has no business there
        if (Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
            move(previous, staging);
        } else {
            Files.createDirectories(staging);
        }
    }

    /**
     * Lists the folder a whole build writes over, on a thread of its own while the build reads
     * and renders ({@link FileTree#list}); null if that failed, and the folder is then listed
     * after the bake.
     */
    private static CompletableFuture<Map<String, Boolean>> listWhileBaking(Path folder) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return FileTree.list(folder);
            } catch (IOException | UncheckedIOException e) {
                return null;
            }
        }, task -> {
            Thread thread = new Thread(task, "dvk-list-older-site");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /**
     * A warm build that baked only what changed: its files (and their .gz twins) replace those in
     * the published folder one by one, each with an atomic rename, and the files that are gone are
     * deleted. Everything was rendered before the first file moves, so a failing build still
     * leaves the site as it was; if moving itself fails, the next build is a whole one.
     */
    private void publishChanges(Path staging, Path target, List<String> removed) throws IOException {
        try {
            List<Path> changed;
            try (Stream<Path> walk = Files.walk(staging)) {
                changed = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : changed) {
                Path destination = target.resolve(staging.relativize(file).toString());
                Files.createDirectories(destination.getParent());
                boolean existed = Files.exists(destination);
                move(file, destination);
                if (!existed) {
                    files++;
                    html += isHtml(destination) ? 1 : 0;
                }
            }
            for (String path : removed) {
                for (Path gone : List.of(target.resolve(path), target.resolve(path + ".gz"))) {
                    if (Files.deleteIfExists(gone)) {
                        files--;
                        html -= isHtml(gone) ? 1 : 0;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            bakery.cache().forgetPublished();
            throw e;
        }
    }

    private static boolean isHtml(Path file) {
        return file.getFileName().toString().endsWith(".html");
    }

    /** The output folder is replaced wholesale, so it must never be, or hold, the source. */
    static void refuseDangerousOutput(Path source, Path out) {
        Path src = source.toAbsolutePath().normalize();
        Path target = out.toAbsolutePath().normalize();
        boolean holdsSource = src.startsWith(target);
        boolean insideSourceFolder = Stream.of("content", "data", "templates", "assets")
                .anyMatch(folder -> target.startsWith(src.resolve(folder)));
        boolean looksLikeSource = Files.exists(target.resolve(Settings.FILE));
        if (holdsSource || insideSourceFolder || looksLikeSource) {
            throw new IllegalArgumentException("Thư mục kết quả " + target + " chứa hoặc nằm trong nguồn trang; "
                    + "bản dựng sẽ thay thế toàn bộ thư mục này. Chọn thư mục khác, ví dụ: --out target/site");
        }
    }

    /**
     * The site as it was before this build is kept beside it ({@code .NAME.previous}, for a
     * webmaster who must roll back) until the next whole build writes over it. A copy still there
     * (the next build reused a failed build's folder instead) becomes trash ({@code .NAME.trash-N}),
     * which the next build deletes while it bakes. Renames only: a build never waits for
     * thousands of old files to be unlinked.
     */
    private static void swap(Path staging, Path target, Path previous) throws IOException {
        if (Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
            move(previous, previous.resolveSibling(trashPrefix(target) + System.nanoTime()));
        }
        if (Files.exists(target)) {
            move(target, previous);
        }
        move(staging, target);
    }

    private static String trashPrefix(Path target) {
        return "." + target.getFileName() + ".trash-";
    }

    /**
     * Deletes the trash beside {@code target} on a daemon thread, one file after another (on the
     * common pool its tasks would wait behind the bake's). A one-off build may end first: what
     * is left, the next build deletes.
     */
    private static void clearTrash(Path target) {
        Thread thread = new Thread(() -> {
            String prefix = trashPrefix(target);
            try (Stream<Path> siblings = Files.list(target.getParent())) {
                for (Path trash : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                    FileTree.delete(trash, false);
                }
            } catch (IOException | UncheckedIOException e) {
                // trash only costs disk space until a later build deletes it
            }
        }, "dvk-clear-trash");
        thread.setDaemon(true);
        thread.start();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
