package vn.quangngai.dvk.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import vn.quangngai.dvk.testing.Chromium;
import vn.quangngai.dvk.testing.TestSite;

/**
 * How long a writer waits, in a real browser, from saving a story to seeing the change on its
 * open preview page: the preview ({@link Preview}: watcher, warm build, pushed reload) on a copy of
 * the shipped site, Debian's Chromium on the story's page, each save written as the editor saves
 * (a temporary file renamed over the story). Lab code for the benchmark: no timing is asserted.
 */
public final class ReloadLatency {

    static final String STORY = "content/mo-hinh/4-xin-4-luon.md";
    static final String PAGE = "mo-hinh/4-xin-4-luon/";
    private static final long GIVE_UP_NANOS = 30_000_000_000L;
    private static final java.util.regex.Pattern TOOK = java.util.regex.Pattern.compile("trong ([0-9,]+) giây");

    /**
     * Milliseconds from each save to the new text on the page, in order, what the preview's build
     * said it took, and when (milliseconds after the save) it said so.
     */
    public record Result(List<Long> millis, List<String> built, List<Long> builtAt, List<String> page) {

        public long first() {
            return millis.get(0);
        }

        /** The median of every save after the first (the first also warms the JVM and the browser). */
        public long medianAfterFirst() {
            List<Long> rest = new ArrayList<>(millis.subList(millis.size() > 1 ? 1 : 0, millis.size()));
            rest.sort(null);
            return rest.get(rest.size() / 2);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "first %d ms, median of saves 2-%d %d ms, every save %s; the builds' own times %s, "
                    + "each ended (ms after the save) %s; the page's reload started and its DOM was ready (ms after the save; \"in place\": its body replaced, no reload) %s",
                    first(), millis.size(), medianAfterFirst(), millis, built, builtAt, page);
        }
    }

    private ReloadLatency() {
    }

    /** Copies the project's site into {@code work}, previews it, and saves the story {@code saves} times. */
    public static Result measure(Path project, Path work, int saves) throws IOException, InterruptedException {
        Path source = work.resolve("src");
        for (String folder : new String[] {"content", "data", "templates", "assets"}) {
            TestSite.copyTree(project.resolve(folder), source.resolve(folder));
        }
        Files.copy(project.resolve("jbake.properties"), source.resolve("jbake.properties"), StandardCopyOption.REPLACE_EXISTING);
        Path story = source.resolve(STORY);
        String original = Files.readString(story, StandardCharsets.UTF_8);
        // the preview's log, each build's line timed as it is written
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> lineTimes = java.util.Collections.synchronizedList(new ArrayList<>());
        PrintStream quiet = new PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8) {
            @Override
            public void println(String line) {
                lineTimes.add(System.nanoTime());
                lines.add(line);
            }
        };
        List<Long> millis = new ArrayList<>();
        List<String> built = new ArrayList<>();
        List<Long> builtAt = new ArrayList<>();
        List<String> page = new ArrayList<>();
        try (Preview preview = Preview.start(source, work.resolve("site"), 0, UnaryOperator.identity(), quiet, quiet);
             Chromium chromium = Chromium.start()) {
            chromium.open(preview.url() + PAGE, 1280);
            for (int i = 1; i <= saves; i++) {
                // the reload script connects when the page has loaded: give it a moment, as a writer would
                Thread.sleep(500);
                String marker = "Lần lưu thử số " + i + " để đo độ trễ.";
                Path temp = story.resolveSibling(".luu-" + i + ".tmp");
                Files.writeString(temp, original + "\n" + marker + "\n", StandardCharsets.UTF_8);
                long start = System.nanoTime();
                long startEpoch = System.currentTimeMillis();
                Files.move(temp, story, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                while (!shows(chromium, marker)) {
                    if (System.nanoTime() - start > GIVE_UP_NANOS) {
                        throw new IllegalStateException("save " + i + " did not reach the page in 30 s");
                    }
                    // a short pause between looks: asking the browser without one takes a core from the build
                    Thread.sleep(10);
                }
                millis.add((System.nanoTime() - start) / 1_000_000);
                String last = "?";
                long at = -1;
                synchronized (lines) {
                    for (int l = 0; l < lines.size(); l++) {
                        java.util.regex.Matcher took = TOOK.matcher(lines.get(l));
                        if (took.find() && lineTimes.get(l) > start) {
                            last = took.group(1) + " s";
                            at = (lineTimes.get(l) - start) / 1_000_000;
                        }
                    }
                }
                built.add(last);
                builtAt.add(at);
                Object timing = chromium.js("var n = performance.getEntriesByType('navigation')[0];"
                        + "return [performance.timeOrigin, n ? n.domContentLoadedEventEnd : -1];");
                if (timing instanceof List<?> t && t.size() == 2) {
                    double origin = ((Number) t.get(0)).doubleValue() - startEpoch;
                    // a page whose body the preview replaced in place has not navigated since before the save
                    page.add(origin < 0 ? "in place" : String.format(Locale.ROOT, "%.0f/%.0f", origin, origin + ((Number) t.get(1)).doubleValue()));
                }
            }
        }
        return new Result(millis, built, builtAt, page);
    }

    private static boolean shows(Chromium chromium, String marker) {
        try {
            return Boolean.TRUE.equals(chromium.js("return !!document.body && document.body.innerText.includes(arguments[0])", marker));
        } catch (RuntimeException reloading) {
            return false; // the page is between two loads
        }
    }

    /** {@code ReloadLatency [SAVES] [WORK]}: prints the result for the project in the current folder. */
    public static void main(String[] args) throws Exception {
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("dvk-reload-");
        System.out.println("save to preview, shipped site, Chromium: " + measure(Path.of("."), work, saves));
    }
}
