package vn.quangngai.dvk.check;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Validates the {@code *.html} files of a built site with the W3C Nu Html Checker (vnu), as HTML5
 * served as text/html, and reports one line per message: {@code relative/path.html:line:column: message}.
 *
 * <p>The checker is not on the test class path: its own dependencies (icu4j 75, commons-text 1.12,
 * Saxon, jetty, log4j...) would fight JBake's in Maven's dependency mediation. The build copies it,
 * with exactly the dependencies it declares, to {@code target/vnu} (maven-antrun-plugin execution
 * {@code vnu-jars} in pom.xml, phase generate-test-resources, so any {@code mvn test} makes it), and
 * this class runs its command-line front end in <em>one</em> forked JVM for all the files of a call:
 * the schema is set up once, then each page takes a few milliseconds. Nothing is fetched from the
 * network: the HTML schema and language profiles are inside the validator jar.
 *
 * <p>Use {@link #errors(Path)} in a test ({@code assertThat(HtmlChecker.errors(site)).isEmpty()}), or
 * {@link #check(Path)} to see warnings too.
 */
public final class HtmlChecker {

    /** Where the build puts the checker's jars, relative to the project folder (see pom.xml). */
    static final String VNU_DIR = "target/vnu";

    /** A test may point elsewhere with {@code -Dvnu.dir=...} (e.g. from jshell or an IDE run). */
    static final String VNU_DIR_PROPERTY = "vnu.dir";

    private static final String MAIN_CLASS = "nu.validator.client.SimpleCommandLineValidator";

    private static final Duration TIMEOUT = Duration.ofMinutes(15);

    /**
     * One GNU-format line of the checker: {@code "file:/abs/path.html":12.5-12.9: error: text}. The
     * location is {@code first-last}, each {@code line.column}; the start or the columns may be
     * missing, or all of it. Types are {@code error}, {@code error fatal}, {@code info},
     * {@code info warning}, {@code non-document-error ...}; the checker never splits a message over
     * lines (it shows a newline in a quoted value as ↩).
     */
    private static final Pattern GNU_LINE = Pattern.compile("^\"([^\"]*)\":((?:[-0-9.]+:)*) ([a-z][a-z -]*): (.*)$");

    private static final Pattern LOCATION = Pattern.compile("^(\\d+)(?:\\.(\\d+))?(?:-\\d+(?:\\.\\d+)?)?$");

    private HtmlChecker() {
    }

    /** One message of the checker, for a file relative to the checked folder ({@code /}-separated). */
    public record Message(String file, int line, int column, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + message;
        }
    }

    /**
     * What a check found: {@code errors} (errors, fatal errors, and anything the checker printed that
     * is not a message, so nothing goes unseen), {@code warnings} (warnings and info messages, which
     * are not errors), and how many files were checked.
     */
    public record Report(int files, List<Message> errors, List<Message> warnings) {
        public List<String> errorLines() {
            return errors.stream().map(Message::toString).toList();
        }

        public List<String> warningLines() {
            return warnings.stream().map(Message::toString).toList();
        }
    }

    /** The errors in the {@code *.html} files below {@code siteFolder}, as {@code path:line:column: message}. */
    public static List<String> errors(Path siteFolder) {
        return check(siteFolder).errorLines();
    }

    /** Checks every {@code *.html} file below {@code siteFolder} (recursively), in one run of the checker. */
    public static Report check(Path siteFolder) {
        Path root = siteFolder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("Not a folder: " + root);
        }
        List<Path> pages = htmlFiles(root);
        if (pages.isEmpty()) {
            return new Report(0, List.of(), List.of());
        }
        // The checker names a file by File.toURI().toURL() (with " as %22): map that back.
        Map<String, String> relativeByUrl = new HashMap<>();
        for (Path page : pages) {
            relativeByUrl.put(fileUrl(page), relative(root, page));
        }
        String output = run(pages);

        List<Message> errors = new ArrayList<>();
        List<Message> warnings = new ArrayList<>();
        for (String line : output.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher gnu = GNU_LINE.matcher(line);
            if (!gnu.matches()) {
                errors.add(new Message("(vnu)", 0, 0, line.strip()));
                continue;
            }
            String file = relativeByUrl.getOrDefault(gnu.group(1), fromUrl(root, gnu.group(1)));
            int lineNumber = 0;
            int column = 0;
            String location = gnu.group(2).endsWith(":") ? gnu.group(2).substring(0, gnu.group(2).length() - 1) : gnu.group(2);
            Matcher at = LOCATION.matcher(location);
            if (at.matches()) {
                lineNumber = Integer.parseInt(at.group(1));
                column = at.group(2) == null ? 0 : Integer.parseInt(at.group(2));
            }
            Message message = new Message(file, lineNumber, column, gnu.group(4));
            // "info" and "info warning" are advice; everything else (error, error fatal,
            // non-document-error, and the "warning" the CLI prints when it had to give up on a
            // file) means the page is not valid or was not checked.
            if (gnu.group(3).startsWith("info")) {
                warnings.add(message);
            } else {
                errors.add(message);
            }
        }
        return new Report(pages.size(), List.copyOf(errors), List.copyOf(warnings));
    }

    /** Every regular {@code *.html} file below {@code root}, in a stable order. */
    static List<Path> htmlFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".html") && Files.isRegularFile(f))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the checker once over {@code pages} and returns what it printed (messages go to stderr).
     * The arguments go through a java @argfile: no command-line length limit, even for thousands of
     * pages.
     */
    private static String run(List<Path> pages) {
        Path work = null;
        try {
            work = Files.createTempDirectory("vnu");
            Path argFile = work.resolve("args");
            Path out = work.resolve("out");
            Path err = work.resolve("err");
            List<String> args = new ArrayList<>(List.of(
                    // Schema set-up recurses deeply (C1-compiled code needs more than 1 MB); C1 only and
                    // the serial collector: the run is short, and CI has 2 cores (80 pages: ~2 s, not ~4 s).
                    "-Xss16m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                    "-cp", vnuClassPath(),
                    MAIN_CLASS,
                    "--format", "gnu",
                    // exit 0 whatever it finds: then a non-zero exit means the checker itself failed
                    "--exit-zero-always",
                    // parse every file as text/html, whatever its name
                    "--html",
                    // language detection only ever gives warnings, and costs ~2 s of start-up
                    "--no-langdetect"));
            pages.forEach(page -> args.add(page.toString()));
            Files.write(argFile, args.stream().map(HtmlChecker::quoted).toList(), argFileCharset());

            Process process = new ProcessBuilder(javaCommand(), "@" + argFile)
                    .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("The Nu Html Checker did not finish within " + TIMEOUT);
            }
            String printed = read(out);
            String messages = read(err);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("The Nu Html Checker failed (exit " + process.exitValue() + "):\n"
                        + printed + messages);
            }
            return printed + messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (work != null) {
                try (Stream<Path> files = Files.list(work)) {
                    for (Path file : files.toList()) {
                        Files.deleteIfExists(file);
                    }
                    Files.deleteIfExists(work);
                } catch (IOException ignored) {
                    // a temp folder left behind is harmless
                }
            }
        }
    }

    /** The jars in target/vnu (or -Dvnu.dir), as an explicit class path. */
    static String vnuClassPath() {
        Path dir = vnuDir();
        try (Stream<Path> jars = Files.list(dir)) {
            List<String> list = jars.filter(j -> j.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .map(Path::toString)
                    .toList();
            if (list.stream().noneMatch(j -> Path.of(j).getFileName().toString().startsWith("validator-"))) {
                throw new IllegalStateException("No validator-*.jar in " + dir + missingHint());
            }
            return String.join(File.pathSeparator, list);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + dir + missingHint(), e);
        }
    }

    private static Path vnuDir() {
        String configured = System.getProperty(VNU_DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        // target/test-classes/../vnu, wherever the tests run from; else ./target/vnu
        try {
            Path classes = Path.of(HtmlChecker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path beside = classes.resolveSibling("vnu");
            if (Files.isDirectory(classes) && Files.isDirectory(beside)) {
                return beside;
            }
        } catch (URISyntaxException | RuntimeException ignored) {
            // fall back to the working folder
        }
        return Path.of(VNU_DIR).toAbsolutePath();
    }

    private static String missingHint() {
        return ": the build makes it (maven-antrun-plugin execution vnu-jars, phase generate-test-resources);"
                + " run `./mvnw test-compile` (or any phase up to test) first, or set -D" + VNU_DIR_PROPERTY + "=...";
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String nullDevice() {
        return File.separatorChar == '\\' ? "NUL" : "/dev/null";
    }

    /** The java launcher reads @argfiles in the platform encoding of file names. */
    private static Charset argFileCharset() {
        String jnu = System.getProperty("sun.jnu.encoding");
        try {
            return jnu == null ? Charset.defaultCharset() : Charset.forName(jnu);
        } catch (RuntimeException e) {
            return Charset.defaultCharset();
        }
    }

    /** One @argfile argument: quoted, with \ and " escaped. */
    private static String quoted(String arg) {
        return '"' + arg.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static String fileUrl(Path page) {
        try {
            return page.toFile().toURI().toURL().toString().replace("\"", "%22");
        } catch (MalformedURLException e) {
            return page.toUri().toString();
        }
    }

    private static String fromUrl(Path root, String url) {
        try {
            return relative(root, Path.of(new URI(url)));
        } catch (URISyntaxException | RuntimeException e) {
            return url;
        }
    }

    private static String relative(Path root, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
        return name.replace(File.separatorChar, '/');
    }
}
