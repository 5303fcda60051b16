package vn.quangngai.dvk.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import vn.quangngai.dvk.image.CacheAge;
import vn.quangngai.dvk.image.ImagePipeline;
import vn.quangngai.dvk.image.ImageSettings;
import vn.quangngai.dvk.image.Photos;
import vn.quangngai.dvk.incremental.Incremental;
import vn.quangngai.dvk.incremental.RenderCache;
import vn.quangngai.dvk.jbake.Bakery;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.publish.FileTree;
import vn.quangngai.dvk.publish.Marker;
import vn.quangngai.dvk.publish.Publication;
import vn.quangngai.dvk.share.CardFiles;
import vn.quangngai.dvk.site.Held;
import vn.quangngai.dvk.site.Settings;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.site.SiteReader;
import vn.quangngai.dvk.story.Story;

/**
 * One build: read and validate the source, bake into a fresh folder beside the output, and swap
 * it in only when everything succeeded ({@link Publication}). A failed build leaves the previous
 * site as it was, and nothing from an earlier build survives in a new one. The build refuses an
 * output that is not the tool's, and waits for another build of the same output to end. A warm
 * build whose templates, settings and assets did not change bakes only the changed files and
 * moves them into place.
 */
public final class SiteBuild {

    private final Bakery bakery;
    private final Incremental incremental;
    private final Duration lockWait;
    /** Decides the build day: a story dated after it is held until a build on or after its date. */
    private final Clock clock;
    /** A preview build renders the page of each draft and scheduled story, with its banner, and links to it from nowhere. */
    private final boolean preview;
    /** The output as this build left it ({@link #stamp}), null before it published. */
    private List<Object> publishedStamp;
    /** HTML pages and all files in the folder last published, kept up to date by builds of changes. */
    private int html;
    private int files;
    private ImagePipeline pipeline;

    /** A build for a one-off run. */
    public SiteBuild() {
        this(Clock.systemUTC());
    }

    /** A one-off build whose day is {@code clock}'s day in the province. */
    public SiteBuild(Clock clock) {
        this(Incremental.oneOff(), Publication.DEFAULT_WAIT, clock);
    }

    /** A build that waits at most {@code lockWait} for another build of the same output. */
    SiteBuild(Incremental incremental, Duration lockWait) {
        this(incremental, lockWait, Clock.systemUTC());
    }

    SiteBuild(Incremental incremental, Duration lockWait, Clock clock) {
        this(incremental, lockWait, clock, false);
    }

    private SiteBuild(Incremental incremental, Duration lockWait, Clock clock, boolean preview) {
        this.incremental = incremental;
        this.bakery = new Bakery(incremental);
        this.lockWait = lockWait;
        this.clock = clock;
        this.preview = preview;
    }

    /** The writers' preview: warm, and showing drafts and scheduled stories on their own pages. */
    public static SiteBuild preview(Clock clock) {
        return new SiteBuild(Incremental.warm(), Publication.DEFAULT_WAIT, clock, true);
    }

    /** A build that will run again in this process (preview, benchmark): it re-renders only what changed. */
    public static SiteBuild warm() {
        return warm(Clock.systemUTC());
    }

    /** As {@link #warm()}, on {@code clock}'s day. */
    public static SiteBuild warm(Clock clock) {
        return new SiteBuild(Incremental.warm(), Publication.DEFAULT_WAIT, clock);
    }

    /** Reads, validates and publishes; throws InvalidSourceException or BakeException on failure. */
    public BuildResult run(Path source, Path out) {
        return run(source, out, UnaryOperator.identity());
    }

    /**
     * As {@link #run(Path, Path)}, with settings adjusted (base URL, page size) before baking.
     * Throws {@link vn.quangngai.dvk.publish.OutputRefusedException} for an output that is not
     * the tool's or that another build kept busy too long.
     */
    public BuildResult run(Path source, Path out, UnaryOperator<Settings> adjust) {
        long start = System.nanoTime();
        try (Publication publication = Publication.open(source, out, lockWait)) {
            return run(publication, source, out, adjust, start);
        }
    }

    private BuildResult run(Publication publication, Path source, Path out, UnaryOperator<Settings> adjust, long start) {
        Path target = publication.target();
        Path staging = publication.staging();
        bakery.prepare(source, staging);
        Site read = new SiteReader(source, incremental.reads(), LocalDate.now(clock.withZone(SiteReader.PROVINCE))).read();
        // the preview shows drafts and scheduled stories too, with their photos
        List<Story> pictured = new ArrayList<>(read.stories());
        if (preview) {
            read.held().forEach(h -> pictured.add(h.story()));
        }
        Photos photos = photos(read, pictured, source, target);
        List<Problem> warnings = new ArrayList<>(read.warnings());
        warnings.addAll(photos.warnings());
        warnings.sort(Problem.ORDER);
        Site site = new Site(adjust.apply(read.settings()), read.messages(), read.registry(), read.imprint(), read.stories(), read.pages(),
                read.taxonomies(), warnings, preview ? read.held().stream().map(Held::show).toList() : read.held());
        RenderCache cache = incremental.pages();
        if (publishedStamp != null && !publishedStamp.equals(stamp(target))) {
            // another build (a `build` beside a preview) published here since: its files are not ours to patch
            cache.forgetPublished();
        }
        boolean changesOnly = incremental.begin(site.settings(), source, target);
        // a whole build writes over the files of the site before last
        boolean reuse = !changesOnly;
        try {
            CompletableFuture<Map<String, Boolean>> listed = null;
            if (reuse) {
                publication.stageOverOlderSite();
                listed = listWhileBaking(staging);
            } else {
                publication.stageFresh();
            }
            Bakery.Baked result;
            try {
                result = bakery.bake(site, photos, source, staging, target);
                if (reuse) {
                    Set<String> kept = new HashSet<>(result.written());
                    kept.add(Marker.NAME);
                    Map<String, Boolean> before = listed.join();
                    if (before != null) {
                        FileTree.keepOnly(staging, kept, before);
                    } else {
                        FileTree.keepOnly(staging, kept);
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
                files = result.files() + 1; // the marker is a file of the site too
                try {
                    publication.publish();
                } catch (IOException e) {
                    cache.forgetPublished();
                    throw e;
                }
            }
            cache.published(target);
            publishedStamp = stamp(target);
            if (!incremental.isWarm()) {
                // a one-off build tidies the caches beside the output, by the files' own (real) times;
                // the preview never does
                Instant before = Instant.now().minus(CacheAge.KEPT);
                ImagePipeline.prune(pipeline.cacheDir(), before);
                CardFiles.prune(pipeline.cacheDir(), before);
            }
            long agencies = site.stories().stream().map(Story::agency).distinct().count();
            long districts = site.stories().stream().flatMap(s -> s.namedDistricts().stream()).distinct().count();
            return new BuildResult(out, html, files, site.stories().size(), (int) agencies, (int) districts,
                    System.nanoTime() - start, site.warnings(), Held.notes(site.held()));
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được thư mục kết quả " + target + ": " + e.getMessage(), e);
        } finally {
            discard(publication);
        }
    }

    /**
     * The photos the stories name, made (or taken from the cache) on every core; a photo that
     * cannot be published fails the build with the site's warnings listed beside it.
     */
    private Photos photos(Site site, List<Story> stories, Path source, Path target) {
        Path cache = ImagePipeline.cacheBeside(target);
        if (pipeline == null || !pipeline.cacheDir().equals(cache)) {
            pipeline = new ImagePipeline(cache, ImageSettings.DEFAULT);
        }
        try {
            return Photos.of(pipeline, source.resolve("assets"), stories);
        } catch (InvalidSourceException e) {
            List<Problem> all = new ArrayList<>(site.warnings());
            all.addAll(e.problems());
            all.sort(Problem.ORDER);
            throw new InvalidSourceException(all);
        }
    }

    /** The pipeline of the last build, to tell how many photos it encoded. */
    ImagePipeline pipeline() {
        return pipeline;
    }

    /**
     * What tells the output this build last published from one another build published since:
     * the folder itself (a whole build renames a new one in) and when its marker was written
     * (where the file system has no file keys, as on Windows). Null when it cannot be read.
     */
    private static List<Object> stamp(Path target) {
        try {
            Object folder = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            return Arrays.asList(folder, Files.getLastModifiedTime(target.resolve(Marker.NAME), LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Deletes the staging folder once its changes are published, or when the build failed: a
     * failed build's copy of the site is not left to fill the disk.
     */
    private static void discard(Publication publication) {
        try {
            publication.discardStaging();
        } catch (IOException e) {
            // it carries the marker: the next build deletes it, or writes over it
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
                Path marker = staging.resolve(Marker.NAME); // the published folder has its own
                changed = walk.filter(file -> Files.isRegularFile(file) && !file.equals(marker)).sorted().toList();
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
            incremental.pages().forgetPublished();
            throw e;
        }
    }

    private static boolean isHtml(Path file) {
        return file.getFileName().toString().endsWith(".html");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
