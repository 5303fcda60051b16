package vn.quangngai.dvk.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.publish.FileTree;
import vn.quangngai.dvk.data.District;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.data.RegistryReader;
import vn.quangngai.dvk.image.ImagePipeline;
import vn.quangngai.dvk.problem.Problems;

/**
 * The benchmark command (lab code in the test sources, never in the shipped jar; not a test):
 * <pre>
 * scripts/benchmark.sh --stories 1000,10000 --jbake 1000 --runs 3
 * </pre>
 * (the script packages the product with {@code -Pbench} and runs this class on the test class path).
 * For the shipped site and for synthetic sites of N stories ({@link StoryGenerator}: this
 * project's templates, assets and data, plus N/25 synthetic commune agencies), it measures
 *
 * <ul>
 *   <li>a cold full build, {@code ./dan-van-kheo build --base-url https://example.invalid/} (the
 *       launcher README documents) in a child process: wall and CPU seconds and peak RSS
 *       ({@link ChildProcess}), median wall of {@code --runs}, each run into a new folder;</li>
 *   <li>side by side with it, interleaved run by run, Hugo ({@code hugo} on the PATH) building the
 *       same stories ({@link HugoSite}) into a new folder each run; the ratio ours ÷ Hugo of the
 *       medians and whether issue 18's targets are met. Without Hugo it says so and skips it;</li>
 *   <li>in this JVM, one {@link SiteBuild#warm()} reused as the preview server reuses it: a first
 *       build, then five rebuilds with no change (median), then twenty with one story edited (the
 *       first, and the median of the last ten). Run the benchmark with the preview's JVM options
 *       ({@code -XX:+UseParallelGC -Xmx2g}, as ./dan-van-kheo serve) for its numbers;</li>
 *   <li>the same stories as a plain JBake project ({@link JBakeProject}), baked in a child JVM by
 *       stock JBake 2.7.0 ({@code new Oven(config).bake()}: OrientDB, its renderers) at the sizes
 *       given with {@code --jbake} (it is quadratic: at 10,000 stories it would take longer than
 *       all the rest together), and by {@link vn.quangngai.dvk.oven.FastOven} at the sizes given
 *       with {@code --fast-oven} (every size without it).</li>
 * </ul>
 *
 * Before each cold build it takes {@link Machine#speedProbe}, and gives each row's median: this machine's speed changes from one hour to the next, and a row measured while it runs
 * slow is slower throughout. One reading varies by about a sixth; only a clearly higher number
 * (a third or more) marks a slow phase.
 *
 * Options: {@code --stories N,N… (1000)}, {@code --jbake N,N… (none)}, {@code --fast-oven N,N… (all)}, {@code --runs R (3)},
 * {@code --project DIR (.)}, {@code --work DIR (a temporary folder, deleted unless --keep)},
 * {@code --jfr DIR} (one more cold build per size under Java Flight Recorder; see {@link HotSpots}),
 * {@code --seed S}, {@code --jvm "OPTIONS"} (cold builds of our pipeline run through the project's
 * {@code ./dan-van-kheo} launcher, as people run them; with this option they run as a plain java
 * command with these JVM options instead, e.g. {@code "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"}, to
 * try other settings). Results go to standard output as Markdown tables; progress to standard error.
 */
public final class Benchmark {

    private static final String MAIN = "vn.quangngai.dvk.cli.Main";
    private static final String BASE_URL = "https://example.invalid/";
    private static final int STORIES_PER_SYNTHETIC_AGENCY = 25;
    private static final int WARM_RUNS = 5;
    private static final int WARM_EDITS = 20;

    private final Options options;
    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final PrintStream progress = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    /**
     * Where folders go instead of being deleted while the benchmark measures; deleted at the end.
     * On ext4 without a journal (as on this machine's disk) the inode allocator skips every inode
     * freed in the last minute (six while its table is not yet written back), so a build that
     * creates thousands of files just after thousands were deleted spends seconds in the kernel,
     * and more the more files it writes: a deletion by the benchmark would weigh on whichever
     * build came next, ours (about twice Hugo's files) more than Hugo's.
     */
    private Path trash;
    private int trashed;

    private Benchmark(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: Benchmark [--stories 1000,10000] [--jbake 1000] [--fast-oven 1000] [--runs 3] [--project .] "
                    + "[--work DIR] [--keep] [--jfr DIR] [--seed 2023] [--jvm \"JVM OPTIONS\"] [--photos 25] [--reload 11]");
            System.exit(2);
            return;
        }
        new Benchmark(options).run();
    }

    /** One row of the pipeline table; {@code hugo} is null for the shipped site or without Hugo. */
    private record OursRow(String label, int stories, Built cold, Built hugo, Warm warm, Built cached) {

        OursRow(String label, int stories, Built cold, Built hugo, Warm warm) {
            this(label, stories, cold, hugo, warm, null);
        }
    }

    /** One row of the plain JBake table; {@code stock} and {@code fast} are null at sizes not asked for. */
    private record JBakeRow(int stories, Built stock, Built fast, Built ours) {
    }

    /**
     * A build measured {@code --runs} times, each into a new folder: the run of median wall time
     * ({@code median}; its CPU time and peak RSS), every run's wall seconds in order, the median
     * {@link Machine#speedProbe} taken before each run, and what the last run wrote.
     */
    private record Built(ChildProcess.Measurement median, List<Double> walls, double probe, int htmlPages, long bytes, int files) {

        String wallList() {
            return walls.stream().map(w -> String.format(Locale.ROOT, "%.2f", w)).collect(Collectors.joining(", "));
        }
    }

    /** A build to measure: its name in progress lines, the command that writes into a given new folder, its folders' prefix. */
    private record Contender(String label, Function<Path, List<String>> command, Path outPrefix, Path log) {
    }

    /**
     * Milliseconds of a warm first build, the median no-change rebuild, the first one-story-edit
     * rebuild, and the median of the last half of {@link #WARM_EDITS} edit rebuilds (a preview in use).
     */
    private record Warm(long first, long noChange, long firstEdit, long oneEdit) {
    }

    private void run() throws IOException {
        Path hugo = HugoSite.executable().orElse(null);
        Path work = options.work() != null ? Files.createDirectories(options.work()) : Files.createTempDirectory("dvk-bench");
        trash = work.resolve(".trash");
        out.println("## Machine\n");
        Machine.describe().forEach((key, value) -> out.println("- " + key + ": " + value));
        out.println("- runs: median wall time of " + options.runs() + " cold builds per row (a new process each, each into a new "
                + "folder; ours and Hugo's interleaved, taking turns to go first; the disk's pending writes flushed before each, untimed); warm rebuilds (one SiteBuild.warm() "
                + "in this JVM, as the preview server holds it): median of " + WARM_RUNS + " without change, then " + WARM_EDITS
                + " edits of one story: the first, and the median of the last " + WARM_EDITS / 2);
        out.println("- this JVM: " + String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
        Machine.speedProbe(); // compiles it
        out.printf(Locale.ROOT, "- speed probe at start: %.0f ms (a fixed walk of dependent reads over 64 MB of memory, taken again "
                + "before each cold build: the tables give each row's median; a higher number means a slower machine at that moment, "
                + "see bench/Machine)%n", Machine.speedProbe());
        if (launcher() != null) {
            out.println("- our cold builds: `./dan-van-kheo build`, the launcher staff and webmasters run (" + startUpCache()
                    + ", C1 compiler only, parallel collector, 1 GB heap at most with a 64 MB young generation, in transparent huge pages where Linux gives them on request)");
        } else {
            out.println("- our cold builds: java " + String.join(" ", options.jvmOptions()) + " -cp … " + MAIN + " build");
        }
        out.println(hugo == null ? "- Hugo: not on the PATH, its column is skipped (install it: apt-get install hugo)"
                : "- Hugo: `hugo --quiet --source … --destination …` (" + HugoSite.version(hugo) + "), the same stories (bench/HugoSite)");
        out.println();
        List<OursRow> ours = new ArrayList<>();
        List<JBakeRow> jbake = new ArrayList<>();
        try {
            Path project = options.project().toAbsolutePath().normalize();
            Path shipped = work.resolve("shipped");
            String shippedStory = copyProject(project, shipped.resolve("site"));
            ours.add(new OursRow("shipped", -1, measure(List.of(ours(shipped.resolve("site"), shipped, "shipped site"))).get(0), null,
                    warm(shipped.resolve("site"), shipped, shippedStory)));
            if (options.photos() > 0) {
                photoLines = photos(project, work.resolve("photos"), options.photos());
            }
            if (options.reloads() > 0) {
                try {
                    reloadLine = "save to preview in Chromium, shipped site (serve/ReloadLatency, " + options.reloads() + " saves): "
                            + vn.quangngai.dvk.serve.ReloadLatency.measure(project, work.resolve("reload"), options.reloads());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            for (int stories : options.stories()) {
                Path root = work.resolve(Integer.toString(stories));
                long start = System.nanoTime();
                String edited = generate(project, root, stories);
                progress.printf("%,d stories generated in %.1f s%n", stories, (System.nanoTime() - start) / 1e9);
                List<Contender> sideBySide = new ArrayList<>();
                sideBySide.add(ours(root.resolve("site"), root, stories + " stories"));
                sideBySide.add(keepingCards(root.resolve("site"), root, stories + " stories, card cache kept"));
                if (hugo != null) {
                    sideBySide.add(new Contender("Hugo, " + stories + " stories", out -> HugoSite.build(hugo, root.resolve("hugo"), out),
                            root.resolve("out-hugo"), root.resolve("hugo.log")));
                }
                List<Built> cold = measure(sideBySide);
                ours.add(new OursRow(stories + " stories", stories, cold.get(0), hugo == null ? null : cold.get(2),
                        warm(root.resolve("site"), root, edited), cold.get(1)));
                Built stock = options.jbake().contains(stories) ? jbake(PlainJBake.Kind.STOCK, root, stories) : null;
                Built fast = options.fastOven() == null || options.fastOven().contains(stories) ? jbake(PlainJBake.Kind.FAST, root, stories) : null;
                if (stock != null || fast != null) {
                    jbake.add(new JBakeRow(stories, stock, fast, cold.get(0)));
                }
                if (options.jfr() != null) {
                    profile(root.resolve("site"), root, stories);
                }
                if (!options.keep()) {
                    discard(root);
                }
            }
        } finally {
            // nothing is measured after this
            deleteTree(trash);
            if (!options.keep() && options.work() == null) {
                deleteTree(work);
            }
        }
        printOurs(ours);
        printHugo(ours);
        printJBake(jbake);
        if (!photoLines.isEmpty()) {
            out.println("## The shipped site with phone photos (--photos)");
            out.println();
            photoLines.forEach(out::println);
            out.println();
        }
        if (reloadLine != null) {
            out.println("## The preview (--reload)");
            out.println();
            out.println("- " + reloadLine);
            out.println();
        }
        printTargets(ours);
    }

    private List<String> photoLines = List.of();
    private String reloadLine;

    /**
     * The shipped site with {@code count} synthetic 4032×3024 phone photos (EXIF with GPS, every
     * third one turned, as phones store portraits), one on each of the first stories: a cold build
     * with an empty photo cache, then a rebuild over the published site with the cache kept and
     * nothing changed, as staff rebuild. Hugo has no photo step here: this row is ours alone.
     */
    private List<String> photos(Path project, Path root, int count) throws IOException {
        Path site = root.resolve("site");
        copyProject(project, site);
        Files.createDirectories(site.resolve("assets/anh"));
        long sourceBytes = 0;
        List<Path> stories;
        try (Stream<Path> files = Files.list(site.resolve("content/mo-hinh"))) {
            stories = files.filter(p -> p.toString().endsWith(".md")).sorted().limit(count).toList();
        }
        if (stories.size() < count) {
            throw new IllegalArgumentException("--photos " + count + ": the project has only " + stories.size() + " stories");
        }
        for (int i = 0; i < count; i++) {
            byte[] photo = vn.quangngai.dvk.image.SyntheticImages.phoneJpeg(
                    vn.quangngai.dvk.image.SyntheticImages.photoLike(4032, 3024, options.seed() + i), i % 3 == 2 ? 6 : 1);
            Files.write(site.resolve("assets/anh/anh-thu-" + i + ".jpg"), photo);
            sourceBytes += photo.length;
            Path story = stories.get(i);
            String text = Files.readString(story, StandardCharsets.UTF_8);
            int end = text.indexOf("\n---\n", 4);
            Files.writeString(story, text.substring(0, end) + "\nimages:\n  - src: anh/anh-thu-" + i + ".jpg\n    alt: \"Ảnh thử số "
                    + i + "\"" + text.substring(end), StandardCharsets.UTF_8);
        }
        Path cache = ImagePipeline.cacheBeside(root.resolve("out-cold"));
        Contender plain = ours(site, root, "shipped site + " + count + " photos, cold");
        Contender cold = new Contender(plain.label(), out -> {
            discard(cache); // cold: no photo made before
            return plain.command().apply(out);
        }, plain.outPrefix(), plain.log());
        Built built = measure(List.of(cold)).get(0);
        Path published = folder(cold, options.runs() - 1);
        flushDisk();
        ChildProcess.Measurement again = ChildProcess.run(plain.command().apply(published), plain.log());
        if (again.exitStatus() != 0) {
            throw new IllegalStateException("the rebuild failed:\n" + Files.readString(plain.log(), StandardCharsets.UTF_8));
        }
        progress.printf("%s, rebuild: %.2f s wall, %.2f s CPU%n", plain.label(), again.wall(), again.cpu());
        long publishedBytes;
        try (Stream<Path> files = Files.walk(published.resolve("anh"))) {
            publishedBytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        return List.of(
                String.format(Locale.ROOT, "- %d photos of 4032×3024, %.1f MB as the phones wrote them; published: %.1f MB under anh/ "
                        + "(every width, the share crops)", count, sourceBytes / 1e6, publishedBytes / 1e6),
                String.format(Locale.ROOT, "- cold, empty photo cache: %.2f s wall, %.2f s CPU, %.0f MiB peak RSS (every run's wall: %s)",
                        built.median().wall(), built.median().cpu(), built.median().peakRssMib(), built.wallList()),
                String.format(Locale.ROOT, "- rebuild over the published site, cache kept, nothing changed: %.2f s wall, %.2f s CPU, %.0f MiB peak RSS",
                        again.wall(), again.cpu(), again.peakRssMib()));
    }

    /** A copy of the project's site source, so that the warm run can edit a story; returns that story's slug. */
    private String copyProject(Path project, Path site) throws IOException {
        discard(site);
        for (String folder : List.of("templates", "assets", "data", "content")) {
            copyTree(project.resolve(folder), site.resolve(folder));
        }
        Files.copy(project.resolve("jbake.properties"), site.resolve("jbake.properties"));
        try (Stream<Path> stories = Files.list(site.resolve("content/mo-hinh"))) {
            String first = stories.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("the project has no story in content/mo-hinh/"));
            return first.substring(0, first.length() - ".md".length());
        }
    }

    /** Writes the synthetic site and its JBake and Hugo twins under {@code root}; returns the story file the warm run edits. */
    private String generate(Path project, Path root, int count) throws IOException {
        Path site = root.resolve("site");
        discard(root);
        for (String folder : List.of("templates", "assets", "data")) {
            copyTree(project.resolve(folder), site.resolve(folder));
        }
        Files.copy(project.resolve("jbake.properties"), site.resolve("jbake.properties"));
        Files.createDirectories(site.resolve("content/mo-hinh"));
        try (DirectoryStream<Path> pages = Files.newDirectoryStream(project.resolve("content"), "*.md")) {
            for (Path page : pages) {
                Files.copy(page, site.resolve("content").resolve(page.getFileName()));
            }
        }
        Problems problems = new Problems();
        Registry registry = new RegistryReader(project, problems).read();
        if (registry == null) {
            throw new IllegalStateException("the project's data files have errors: " + problems.list());
        }
        List<String> districts = registry.districts().stream().map(District::id).toList();
        StringBuilder yaml = new StringBuilder();
        List<StoryGenerator.Agency> synthetic = StoryGenerator.syntheticAgencies(Math.max(1, count / STORIES_PER_SYNTHETIC_AGENCY),
                districts, yaml);
        Files.writeString(site.resolve(RegistryReader.AGENCIES), yaml, StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        Path jbake = root.resolve("jbake");
        JBakeProject.write(jbake);
        Path hugo = root.resolve("hugo");
        HugoSite.write(hugo, pageSize(project));
        StoryGenerator generator = StoryGenerator.of(registry, synthetic, options.seed());
        String edited = null;
        for (int i = 0; i < count; i++) {
            StoryGenerator.Story story = generator.story(i);
            StoryGenerator.writeOurs(site, story);
            StoryGenerator.writeJBake(jbake, story);
            StoryGenerator.writeOurs(hugo, story);
            if (i == count / 2) {
                edited = story.slug();
            }
        }
        return edited;
    }

    /**
     * Our cold build of {@code source}, through the launcher README documents unless --jvm asks
     * otherwise: a first publish, into a new folder, with no cache beside it (the photo and card
     * cache is deleted before each run).
     */
    private Contender ours(Path source, Path root, String label) {
        Contender kept = keepingCards(source, root, label);
        Path cache = ImagePipeline.cacheBeside(root.resolve("out-cold"));
        return new Contender(label, out -> {
            discard(cache);
            return kept.command().apply(out);
        }, root.resolve("out-cold"), root.resolve("cold.log"));
    }

    /**
     * The same cold build into a new folder, with the cache the builds before left beside it (the
     * share cards they drew): what a webmaster's daily build into a fresh folder costs. Measured
     * side by side with {@link #ours}, which refills the cache in the first round already.
     */
    private Contender keepingCards(Path source, Path root, String label) {
        Path launcher = launcher();
        return new Contender(label, out -> launcher != null
                ? List.of("sh", launcher.toString(), "build", "--source", source.toString(), "--out", out.toString(), "--base-url", BASE_URL)
                : ChildProcess.java(options.jvmOptions(), MAIN, "build", "--source", source.toString(), "--out", out.toString(),
                        "--base-url", BASE_URL),
                root.resolve("out-kept"), root.resolve("kept.log"));
    }

    /** The stories per list page the project's settings give (as our build reads them), for Hugo's paginator. */
    private static int pageSize(Path project) throws IOException {
        Properties settings = new Properties();
        try (Reader reader = Files.newBufferedReader(project.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            settings.load(reader);
        }
        return Integer.parseInt(settings.getProperty("site.page.size", "20").trim());
    }

    /** Which start-up cache the launcher will use, as it decides (see ./dan-van-kheo). */
    private static String startUpCache() {
        Path aot = Path.of("target/dan-van-kheo.aot");
        Path java = Path.of("target/dan-van-kheo.aot.java");
        try {
            if (System.getenv("DVK_NO_AOT") == null && Files.isRegularFile(aot) && Files.isRegularFile(java)
                    && !Files.getLastModifiedTime(Path.of("target/dan-van-kheo.jar")).toInstant()
                            .isAfter(Files.getLastModifiedTime(aot).toInstant())) {
                return "ahead-of-time cache, " + Files.readString(java).strip();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "class-data archive, java on the PATH";
    }

    /** The project's launcher script, which cold builds run through unless --jvm asks for a plain java command. */
    private Path launcher() {
        Path script = options.project().toAbsolutePath().normalize().resolve("dan-van-kheo");
        return options.jvmOptions().isEmpty() && Files.isRegularFile(script) ? script : null;
    }

    private Built jbake(PlainJBake.Kind kind, Path root, int stories) throws IOException {
        String name = kind.name().toLowerCase(Locale.ROOT);
        return measure(List.of(new Contender((kind == PlainJBake.Kind.STOCK ? "stock JBake, " : "FastOven, ") + stories + " stories",
                out -> ChildProcess.java(List.of(), PlainJBake.class.getName(), name, root.resolve("jbake").toString(), out.toString()),
                root.resolve("out-" + name), root.resolve(name + ".log")))).get(0);
    }

    /**
     * Runs each contender {@code --runs} times, interleaved (run r starts with contender r mod n,
     * so none always goes first or always follows another's write-back), each run a new process
     * writing into a folder of its own that does not exist yet: a cold build as a first publish.
     * Nothing is deleted while the benchmark measures: folders go to the {@link #trash}, emptied at
     * the end. Before each run, untimed, the disk's pending writes are flushed
     * ({@code sync}): otherwise a run competes with the write-back of the hundreds of megabytes the
     * run before wrote, and how much depends on the disk's mood, not on the build.
     */
    private List<Built> measure(List<Contender> contenders) throws IOException {
        int n = contenders.size();
        List<List<ChildProcess.Measurement>> runs = new ArrayList<>();
        List<List<Double>> probes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            runs.add(new ArrayList<>());
            probes.add(new ArrayList<>());
        }
        for (int run = 0; run < options.runs(); run++) {
            for (int k = 0; k < n; k++) {
                int i = (run + k) % n;
                Contender contender = contenders.get(i);
                Path out = folder(contender, run);
                discard(out);
                flushDisk();
                double probe = Machine.speedProbe();
                ChildProcess.Measurement measured = ChildProcess.run(contender.command().apply(out), contender.log());
                if (measured.exitStatus() != 0) {
                    throw new IllegalStateException(contender.label() + " failed with status " + measured.exitStatus() + ":\n"
                            + Files.readString(contender.log(), StandardCharsets.UTF_8));
                }
                progress.printf("%s, run %d: %.2f s wall, %.2f s CPU, %.0f MiB peak RSS (load %s; speed probe %.0f ms)%n", contender.label(),
                        run + 1, measured.wall(), measured.cpu(), measured.peakRssMib(), Machine.loadAverage(), probe);
                runs.get(i).add(measured);
                probes.get(i).add(probe);
            }
        }
        List<Built> built = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<ChildProcess.Measurement> measured = runs.get(i);
            List<ChildProcess.Measurement> byWall = measured.stream().sorted(Comparator.comparingDouble(ChildProcess.Measurement::wall)).toList();
            double[] probe = probes.get(i).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            long[] sizes = {0, 0, 0};
            try (Stream<Path> files = Files.walk(folder(contenders.get(i), options.runs() - 1))) {
                files.filter(Files::isRegularFile).forEach(file -> {
                    sizes[0] += file.toString().endsWith(".html") ? 1 : 0;
                    sizes[1] += file.toFile().length();
                    sizes[2]++;
                });
            }
            built.add(new Built(byWall.get(byWall.size() / 2), measured.stream().map(ChildProcess.Measurement::wall).toList(),
                    probe[probe.length / 2], (int) sizes[0], sizes[1], (int) sizes[2]));
        }
        return built;
    }

    private static Path folder(Contender contender, int run) {
        return contender.outPrefix().resolveSibling(contender.outPrefix().getFileName() + "-" + (run + 1));
    }

    /** Waits for the disk's pending writes ({@code sync}); where there is no sync command, does nothing. */
    private static void flushDisk() throws IOException {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (IOException e) {
            // no sync here (not Linux): runs then share the disk with the write-back of the one before
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while flushing the disk", e);
        }
    }

    /**
     * One warm SiteBuild in this JVM, as the preview server holds it: a first build, then
     * {@link #WARM_RUNS} rebuilds without change, then {@link #WARM_EDITS}, each after one story
     * was edited (a writer saving as they go).
     */
    private Warm warm(Path source, Path root, String editedSlug) throws IOException {
        Path site = root.resolve("out-warm");
        SiteBuild build = SiteBuild.warm();
        long first = time(() -> build.run(source, site));
        long[] noChange = new long[WARM_RUNS];
        for (int i = 0; i < noChange.length; i++) {
            noChange[i] = time(() -> build.run(source, site));
        }
        long[] oneEdit = new long[WARM_EDITS];
        if (editedSlug != null) {
            Path story = source.resolve("content/mo-hinh/" + editedSlug + ".md");
            for (int i = 0; i < oneEdit.length; i++) {
                String mark = "Đoạn sửa lần " + (i + 1) + " của bài này.";
                Files.writeString(story, "\n" + mark + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                oneEdit[i] = time(() -> build.run(source, site));
                String page = Files.readString(site.resolve("mo-hinh/" + editedSlug + "/index.html"), StandardCharsets.UTF_8);
                if (!page.contains(mark)) {
                    throw new IllegalStateException("the edit of " + editedSlug + " is not in its page after the rebuild");
                }
            }
        }
        progress.printf("warm, %s: first %d ms, no change %s ms, one story edited %s ms%n", source.getFileName(),
                first, Arrays.toString(noChange), editedSlug == null ? "-" : Arrays.toString(oneEdit));
        return editedSlug == null ? new Warm(first, median(noChange), -1, -1)
                : new Warm(first, median(noChange), oneEdit[0], median(Arrays.copyOfRange(oneEdit, WARM_EDITS / 2, WARM_EDITS)));
    }

    /** One more cold build under Java Flight Recorder, then its hot spots. */
    private void profile(Path source, Path root, int stories) throws IOException {
        Files.createDirectories(options.jfr());
        Path recording = options.jfr().resolve("build-" + stories + ".jfr").toAbsolutePath();
        Path site = root.resolve("out-jfr");
        discard(site);
        ChildProcess.run(ChildProcess.java(List.of("-XX:StartFlightRecording=filename=" + recording + ",settings=profile"),
                MAIN, "build", "--source", source.toString(), "--out", site.toString(), "--base-url", BASE_URL), root.resolve("jfr.log"));
        progress.println("JFR recording: " + recording);
        out.println("## Hot spots of a cold build, " + stories + " stories (" + recording.getFileName() + ")\n");
        out.println("```");
        HotSpots.print(recording, 25, out);
        out.println("```\n");
    }

    private void printOurs(List<OursRow> rows) {
        out.println("## dan-van-kheo build (this branch)\n");
        out.println("| site | HTML pages | cold wall s | cold CPU s | peak RSS MiB | every run's wall s | pages/s | output MB (files) "
                + "| warm first ms | warm no-change ms | warm first edit ms | warm one-story edit ms | speed probe ms |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (OursRow row : rows) {
            Built cold = row.cold();
            out.printf(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.0f | %s | %,.0f | %.1f (%,d) | %,d | %,d | %s | %s | %.0f |%n", row.label(),
                    cold.htmlPages(), cold.median().wall(), cold.median().cpu(), cold.median().peakRssMib(), cold.wallList(),
                    cold.htmlPages() / cold.median().wall(), cold.bytes() / 1e6, cold.files(), row.warm().first(),
                    row.warm().noChange(), milliseconds(row.warm().firstEdit()), milliseconds(row.warm().oneEdit()), cold.probe());
        }
        Map<Integer, Double> wallByStories = new LinkedHashMap<>();
        rows.stream().filter(r -> r.stories() > 0).forEach(r -> wallByStories.put(r.stories(), r.cold().median().wall()));
        List<Integer> sizes = wallByStories.keySet().stream().sorted().toList();
        for (int i = 1; i < sizes.size(); i++) {
            int small = sizes.get(0);
            int large = sizes.get(i);
            out.printf(Locale.ROOT, "%nCold wall at %,d stories ÷ at %,d: %.1f× for %.0f× the stories.%n", large, small,
                    wallByStories.get(large) / wallByStories.get(small), (double) large / small);
        }
        out.println();
    }

    private void printHugo(List<OursRow> rows) {
        List<OursRow> measured = rows.stream().filter(r -> r.hugo() != null).toList();
        if (measured.isEmpty()) {
            return;
        }
        out.println("## Side by side with Hugo, the same stories (cold, interleaved, median of " + options.runs() + ")\n");
        out.println("| stories | dan-van-kheo s (CPU s, RSS MiB) | Hugo s (CPU s, RSS MiB) | ours ÷ Hugo "
                + "| card cache kept s (CPU s) | card cache kept ÷ Hugo | HTML pages ours / Hugo "
                + "| output MB ours / Hugo | every run's wall s, ours / card cache kept / Hugo | speed probe ms, ours / Hugo |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        for (OursRow row : measured) {
            Built ours = row.cold();
            Built hugo = row.hugo();
            Built kept = row.cached();
            out.printf(Locale.ROOT, "| %,d | %.2f (%.2f, %.0f) | %.2f (%.2f, %.0f) | %.2f | %.2f (%.2f) | %.2f | %,d / %,d | %.1f / %.1f | %s / %s / %s | %.0f / %.0f |%n",
                    row.stories(), ours.median().wall(), ours.median().cpu(), ours.median().peakRssMib(), hugo.median().wall(),
                    hugo.median().cpu(), hugo.median().peakRssMib(), ours.median().wall() / hugo.median().wall(),
                    kept.median().wall(), kept.median().cpu(), kept.median().wall() / hugo.median().wall(), ours.htmlPages(),
                    hugo.htmlPages(), ours.bytes() / 1e6, hugo.bytes() / 1e6, ours.wallList(), kept.wallList(), hugo.wallList(),
                    ours.probe(), hugo.probe());
        }
        out.println();
    }

    /** Issue 18's performance goal: each target, met or not, or why it was not measured. */
    private void printTargets(List<OursRow> rows) {
        out.println("## Targets\n");
        Map<Integer, OursRow> bySize = new LinkedHashMap<>();
        rows.stream().filter(r -> r.stories() > 0).forEach(r -> bySize.put(r.stories(), r));
        for (int[] target : new int[][] {{10_000, 80}, {1_000, 100}}) {
            OursRow row = bySize.get(target[0]);
            double limit = target[1] / 100.0;
            String what = String.format(Locale.ROOT, "- %,d stories, cold build ≤ %.1f × Hugo: ", target[0], limit);
            if (row == null) {
                out.println(what + "not measured (add " + target[0] + " to --stories)");
            } else if (row.hugo() == null) {
                out.println(what + "not measured (hugo is not on the PATH: apt-get install hugo)");
            } else {
                double ratio = row.cold().median().wall() / row.hugo().median().wall();
                out.printf(Locale.ROOT, "%s%.2f × (%.2f s ÷ %.2f s), first publish with no cache: %s%n", what, ratio, row.cold().median().wall(),
                        row.hugo().median().wall(), ratio <= limit ? "met" : "NOT met");
                double kept = row.cached().median().wall() / row.hugo().median().wall();
                out.printf(Locale.ROOT, "%s%.2f × (%.2f s ÷ %.2f s), a new folder with the card cache kept: %s%n", what, kept,
                        row.cached().median().wall(), row.hugo().median().wall(), kept <= limit ? "met" : "NOT met");
            }
        }
        OursRow thousand = bySize.get(1_000);
        String what = "- 1,000 stories, warm one-story edit ≤ 150 ms: ";
        if (thousand == null) {
            out.println(what + "not measured (add 1000 to --stories)");
        } else {
            long edit = thousand.warm().oneEdit();
            out.printf(Locale.ROOT, "%s%d ms (median of edits %d–%d): %s%n", what, edit, WARM_EDITS / 2 + 1, WARM_EDITS,
                    edit <= 150 ? "met" : "NOT met");
        }
        out.println();
    }

    private void printJBake(List<JBakeRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        out.println("## The same stories as a plain JBake project (median of " + options.runs() + ")\n");
        out.println("| stories | pages written | stock JBake 2.7.0 wall s (CPU s, RSS MiB; speed probe) | FastOven wall s (CPU s, RSS MiB; speed probe) "
                + "| stock ÷ FastOven | stock ÷ dan-van-kheo build |");
        out.println("|---:|---:|---:|---:|---:|---:|");
        for (JBakeRow row : rows) {
            String stock = row.stock() == null ? "not run (quadratic; see --jbake)" : cell(row.stock());
            String fast = row.fast() == null ? "not run (see --fast-oven)" : cell(row.fast());
            String ratioFast = row.stock() == null || row.fast() == null ? "–"
                    : String.format(Locale.ROOT, "%.1f×", row.stock().median().wall() / row.fast().median().wall());
            String ratioOurs = row.stock() == null ? "–" : String.format(Locale.ROOT, "%.1f×", row.stock().median().wall() / row.ours().median().wall());
            Built any = row.stock() != null ? row.stock() : row.fast();
            out.printf(Locale.ROOT, "| %,d | %,d | %s | %s | %s | %s |%n", row.stories(), any.htmlPages(), stock, fast, ratioFast, ratioOurs);
        }
        out.println();
    }

    private static String cell(Built built) {
        return String.format(Locale.ROOT, "%.2f (%.2f, %.0f; probe %.0f ms)", built.median().wall(), built.median().cpu(),
                built.median().peakRssMib(), built.probe());
    }

    private static long time(Runnable build) {
        long start = System.nanoTime();
        build.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String milliseconds(long value) {
        return value < 0 ? "–" : String.format(Locale.ROOT, "%,d", value);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Moves {@code folder}, if it exists, into the trash, deleted when the benchmark is done ({@link #trash}). */
    private void discard(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.createDirectories(trash);
            // named by this process: a trash left by an interrupted run is emptied at the end too
            Files.move(folder, trash.resolve(ProcessHandle.current().pid() + "-" + ++trashed), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path folder) {
        try {
            FileTree.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command line, parsed. */
    record Options(List<Integer> stories, List<Integer> jbake, List<Integer> fastOven, int runs, Path project, Path work, boolean keep, Path jfr,
                   long seed, List<String> jvmOptions, int photos, int reloads) {

        static Options parse(String[] args) {
            List<Integer> stories = List.of(1000);
            List<Integer> jbake = List.of();
            List<Integer> fastOven = null;
            int runs = 3;
            Path project = Path.of(".");
            Path work = null;
            boolean keep = false;
            Path jfr = null;
            long seed = 2023;
            List<String> jvmOptions = List.of();
            int photos = 0;
            int reloads = 0;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--keep")) {
                    keep = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + arg);
                }
                String value = args[++i];
                switch (arg) {
                    case "--stories" -> stories = numbers(value);
                    case "--jbake" -> jbake = numbers(value);
                    case "--fast-oven" -> fastOven = numbers(value);
                    case "--runs" -> runs = Integer.parseInt(value);
                    case "--project" -> project = Path.of(value);
                    case "--work" -> work = Path.of(value);
                    case "--jfr" -> jfr = Path.of(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--jvm" -> jvmOptions = Arrays.stream(value.trim().split("\\s+")).filter(o -> !o.isEmpty()).toList();
                    case "--photos" -> photos = Integer.parseInt(value);
                    case "--reload" -> reloads = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            if (runs < 1) {
                throw new IllegalArgumentException("--runs must be at least 1");
            }
            return new Options(stories, jbake, fastOven, runs, project, work, keep, jfr, seed, jvmOptions, photos, reloads);
        }

        private static List<Integer> numbers(String list) {
            return Arrays.stream(list.split(",")).map(String::trim).map(Integer::parseInt).toList();
        }
    }
}
