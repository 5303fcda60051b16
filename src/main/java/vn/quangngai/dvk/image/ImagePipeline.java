package vn.quangngai.dvk.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import vn.quangngai.dvk.parallel.Cores;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.text.Vietnamese;

/**
 * Photos as the site publishes them: read from JPEG, PNG or WebP (refused otherwise, by their
 * bytes), turned upright from their EXIF orientation, converted to sRGB, re-encoded from pixels
 * only (so no EXIF, GPS, XMP, IPTC, comment or thumbnail survives), in every width of
 * {@link ImageSettings#widths()} up to the source's, plus a share card.
 *
 * <p>Results are cached under the folder given, keyed by the source bytes and the settings: an
 * unchanged photo is never decoded or encoded again, and the same bytes always give the same
 * files. Thread-safe; {@link #processAll} uses every core, as many photos at once as the heap
 * holds ({@link HeapBudget}).
 */
public final class ImagePipeline {

    /** Where the published files go in the site. */
    public static final String FOLDER = "anh/";

    private static final String MANIFEST = "anh.properties";

    /** The cache's folder name, beside the output folder: it outlives every build of that output. */
    private static final String CACHE = ".dan-van-kheo-anh";

    private final Path cacheDir;
    private final ImageSettings settings;
    private final HeapBudget budget;
    private final AtomicInteger encodes = new AtomicInteger();

    public ImagePipeline(Path cacheDir, ImageSettings settings) {
        this(cacheDir, settings, HeapBudget.PROCESS);
    }

    /** @param budget how many photos may be decoded at once, by the heap they need */
    ImagePipeline(Path cacheDir, ImageSettings settings, HeapBudget budget) {
        this.cacheDir = cacheDir;
        this.settings = settings;
        this.budget = budget;
    }

    /** The cache beside {@code output}, kept by every build into that folder's parent. */
    public static Path cacheBeside(Path output) {
        return output.toAbsolutePath().normalize().resolveSibling(CACHE);
    }

    /** A pipeline that only {@linkplain #inspect inspects} photos: it has no cache, and cannot process them. */
    public static ImagePipeline inspector(ImageSettings settings) {
        return new ImagePipeline(null, settings);
    }

    /** A photo named by a story: the file, the story (as problems name it) and the line naming the photo. */
    public record Request(Path source, String story, int storyLine) {
    }

    /**
     * Processes every request on every core; the results in the requests' order.
     *
     * @throws InvalidSourceException with the problems of every photo that failed
     */
    public List<ProcessedImage> processAll(List<Request> requests) {
        return all(requests, r -> process(r.source(), r.story(), r.storyLine()), ProcessedImage::warnings);
    }

    /**
     * What {@link #processAll} would say of every request, read from the files' first bytes and
     * headers only: nothing is decoded, encoded or written (for {@code check}). The warnings, in
     * the requests' order.
     *
     * @throws InvalidSourceException with the problems of every photo that would fail
     */
    public List<Problem> inspectAll(List<Request> requests) {
        List<Problem> warnings = new ArrayList<>();
        all(requests, r -> inspect(r.source(), r.story(), r.storyLine()), w -> w).forEach(warnings::addAll);
        return warnings;
    }

    /** {@code work} on every request, on every core; when any fails, all problems, the others' warnings included. */
    private static <T> List<T> all(List<Request> requests, java.util.function.Function<Request, T> work,
                                   java.util.function.Function<T, List<Problem>> warnings) {
        List<Object> results = Cores.map(requests, r -> {
            try {
                return work.apply(r);
            } catch (InvalidSourceException e) {
                return e;
            }
        });
        List<Problem> problems = new ArrayList<>();
        List<T> done = new ArrayList<>();
        for (Object result : results) {
            if (result instanceof InvalidSourceException e) {
                problems.addAll(e.problems());
            } else {
                @SuppressWarnings("unchecked")
                T value = (T) result;
                done.add(value);
            }
        }
        if (!problems.isEmpty()) {
            done.forEach(d -> problems.addAll(warnings.apply(d)));
            problems.sort(Problem.ORDER);
            throw new InvalidSourceException(problems);
        }
        return done;
    }

    /**
     * The warnings {@link #process} would give {@code source}, from its name on disk, size,
     * format and header alone.
     *
     * @throws InvalidSourceException when the photo cannot be published, saying why and what to do
     */
    public List<Problem> inspect(Path source, String story, int storyLine) {
        String name = source.getFileName().toString();
        byte[] bytes = read(source, story, storyLine, name);
        SourceFormat format = SourceFormat.of(bytes);
        if (!format.accepted) {
            throw problem(story, storyLine, "ảnh " + name + " có định dạng " + format.label
                    + ", trang web chỉ nhận JPEG, PNG hoặc WebP", hint(format));
        }
        Size size = size(bytes, format, story, storyLine, name);
        boolean turned = format == SourceFormat.JPEG && Orientation.ofJpeg(bytes) >= 5;
        int width = (int) (turned ? size.height() : size.width());
        return width < settings.warnBelow() ? List.of(narrow(story, storyLine, name, width)) : List.of();
    }

    /**
     * The published variants of {@code source}, from the cache when its bytes and the settings
     * were seen before.
     *
     * @param story     the story naming the photo, as problems should name it
     * @param storyLine the line of the story naming it (1-based; 0 if unknown)
     * @throws InvalidSourceException when the photo cannot be published, saying why and what to do
     */
    public ProcessedImage process(Path source, String story, int storyLine) {
        String name = source.getFileName().toString();
        byte[] bytes = read(source, story, storyLine, name);
        String hash = hash(bytes);
        String stem = stem(name) + "-" + hash.substring(0, 8);
        Path entry = cacheDir.resolve(hash.substring(0, 2)).resolve(hash);
        ProcessedImage cached = load(entry, stem);
        if (cached == null) {
            cached = make(bytes, entry, stem, story, storyLine, name);
        }
        if (cached.width() < settings.warnBelow()) {
            return new ProcessedImage(cached.width(), cached.height(), cached.variants(), cached.shareCard(),
                    List.of(narrow(story, storyLine, name, cached.width())));
        }
        return cached;
    }

    private Problem narrow(String story, int line, String name, int width) {
        return Problem.warning(story, line, "images", "ảnh " + name + " chỉ rộng " + width + " px, sẽ mờ trên màn hình lớn",
                "nên dùng ảnh rộng từ " + settings.warnBelow() + " px trở lên (ảnh gốc từ điện thoại, không phải ảnh đã thu nhỏ)");
    }

    private void refuseTooManyPixels(long width, long height, String story, int line, String name) {
        if (width * height > settings.maxPixels()) {
            throw problem(story, line, "ảnh " + name + " có " + width + "×" + height + " điểm ảnh ("
                    + millions(width * height) + " triệu), quá giới hạn " + millions(settings.maxPixels()) + " triệu",
                    "thu nhỏ ảnh (ví dụ rộng 4000 px) rồi xuất lại dạng JPEG");
        }
    }

    private static InvalidSourceException unreadable(String story, int line, String name, SourceFormat format, Exception e) {
        return problem(story, line, "ảnh " + name + " (" + format.label + ") hỏng hoặc không đọc được: "
                + e.getMessage(), "mở ảnh bằng chương trình xem ảnh, lưu lại dạng JPEG rồi chọn lại");
    }

    /** Where made photos are kept, by source bytes and settings. */
    public Path cacheDir() {
        return cacheDir;
    }

    /** How many files this pipeline has encoded: a warm run encodes none. */
    public int encodes() {
        return encodes.get();
    }

    private byte[] read(Path source, String story, int line, String name) {
        String onDisk = nameOnDisk(source, name);
        if (onDisk != null && !onDisk.equals(name)) {
            throw problem(story, line, "tên ảnh " + name + " khác tên tệp trên đĩa " + onDisk
                    + " ở chữ hoa/chữ thường", "sửa tên ảnh trong bài cho đúng từng chữ (" + onDisk
                    + "): Windows bỏ qua khác biệt này nhưng máy chủ Linux thì không");
        }
        try {
            long size = Files.size(source);
            if (size > settings.maxBytes()) {
                throw problem(story, line, "ảnh " + name + " nặng " + megabytes(size) + " MB, quá giới hạn "
                        + megabytes(settings.maxBytes()) + " MB",
                        "xuất lại ảnh dạng JPEG (ảnh chụp điện thoại thường dưới 10 MB)");
            }
            return Files.readAllBytes(source);
        } catch (NoSuchFileException e) {
            throw problem(story, line, "không tìm thấy ảnh " + source,
                    "chép ảnh vào thư mục assets/anh/ hoặc sửa tên ảnh cho đúng (kể cả chữ hoa, chữ thường)");
        } catch (IOException e) {
            throw problem(story, line, "không đọc được ảnh " + source + ": " + e.getMessage(),
                    "kiểm tra ảnh có mở được không, hoặc đang bị chương trình khác khoá");
        }
    }

    /**
     * The name the file has on disk: {@code name} itself, else one that differs only by letter
     * case, else null. Asked of the folder listing, so the answer is the same on Windows and
     * macOS (which would open the file under either name) as on the Linux server (which would not).
     */
    private static String nameOnDisk(Path source, String name) {
        Path folder = source.toAbsolutePath().getParent();
        if (folder == null) {
            return null;
        }
        String caseless = null;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String candidate = file.getFileName().toString();
                if (candidate.equals(name)) {
                    return name;
                }
                if (caseless == null && candidate.equalsIgnoreCase(name)) {
                    caseless = candidate;
                }
            }
        } catch (IOException unreadable) {
            // Reading the file itself then says what is wrong.
            return null;
        }
        return caseless;
    }

    private ProcessedImage make(byte[] bytes, Path entry, String stem, String story, int line, String name) {
        SourceFormat format = SourceFormat.of(bytes);
        if (!format.accepted) {
            throw problem(story, line, "ảnh " + name + " có định dạng " + format.label
                    + ", trang web chỉ nhận JPEG, PNG hoặc WebP", hint(format));
        }
        Size size = size(bytes, format, story, line, name);
        try (HeapBudget.Held held = budget.hold(size.width(), size.height())) {
            return make(bytes, format, entry, stem, story, line, name);
        }
    }

    private ProcessedImage make(byte[] bytes, SourceFormat format, Path entry, String stem, String story, int line, String name) {
        BufferedImage image = decode(bytes, format, story, line, name);
        if (format == SourceFormat.JPEG) {
            image = Orientation.apply(image, Orientation.ofJpeg(bytes));
        }
        Path temp;
        try {
            Files.createDirectories(entry.getParent());
            temp = Files.createTempDirectory(entry.getParent(), "tmp-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the image cache " + entry.getParent(), e);
        }
        try {
            List<Variant> variants = new ArrayList<>();
            StringBuilder widths = new StringBuilder();
            for (int width : targetWidths(image.getWidth())) {
                int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
                BufferedImage scaled = Pixels.scale(image, width, height);
                String file = width + ".jpg";
                writeJpeg(scaled, temp.resolve(file));
                variants.add(new Variant(FOLDER + stem + "-" + file, entry.resolve(file), width, height));
                widths.append(widths.length() == 0 ? "" : ",").append(width).append('x').append(height);
            }
            writeJpeg(Pixels.shareCard(image, settings.shareWidth(), settings.shareHeight()), temp.resolve("share.jpg"));
            Variant share = shareVariant(entry, stem);
            // The manifest is written last: an entry without one is unfinished and is made again.
            Files.writeString(temp.resolve(MANIFEST),
                    image.getWidth() + "x" + image.getHeight() + " " + widths + "\n", StandardCharsets.US_ASCII);
            publish(temp, entry);
            return new ProcessedImage(image.getWidth(), image.getHeight(), variants, share, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the image cache " + entry, e);
        } finally {
            deleteTree(temp);
        }
    }

    /** Moves the finished temporary folder into place; another thread or build may have been first. */
    private static void publish(Path temp, Path entry) throws IOException {
        if (Files.isRegularFile(entry.resolve(MANIFEST))) {
            return;
        }
        deleteTree(entry);
        try {
            Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | AccessDeniedException raced) {
            if (!Files.isRegularFile(entry.resolve(MANIFEST))) {
                throw raced;
            }
        }
    }

    /** The cached result, or null when there is none; an incomplete or damaged entry is removed, never trusted. */
    private ProcessedImage load(Path entry, String stem) {
        ProcessedImage loaded = loadEntry(entry, stem);
        if (loaded == null) {
            deleteTree(entry);
        } else {
            CacheAge.used(entry.resolve(MANIFEST));
        }
        return loaded;
    }

    /**
     * Removes the photo entries of the cache {@code cache} that no build has used since
     * {@code before} ({@link CacheAge}), and unfinished ones as old: only folders named as this
     * pipeline names them, two hex digits then a SHA-256, or its temporary folders.
     */
    public static void prune(Path cache, Instant before) {
        try (DirectoryStream<Path> prefixes = Files.newDirectoryStream(cache, p -> HEX2.matcher(p.getFileName().toString()).matches())) {
            for (Path prefix : prefixes) {
                String start = prefix.getFileName().toString();
                CacheAge.removeUnused(prefix, entry -> {
                    String name = entry.getFileName().toString();
                    return ((name.startsWith(start) && HEX64.matcher(name).matches()) || name.startsWith("tmp-"))
                            && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS);
                }, entry -> Files.isRegularFile(entry.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS) ? entry.resolve(MANIFEST) : entry, before);
            }
        } catch (IOException | RuntimeException e) {
            // no cache, or one that cannot be listed: nothing to tidy
        }
    }

    private static final java.util.regex.Pattern HEX2 = java.util.regex.Pattern.compile("[0-9a-f]{2}");
    private static final java.util.regex.Pattern HEX64 = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    private ProcessedImage loadEntry(Path entry, String stem) {
        Path manifestFile = entry.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            return null;
        }
        try {
            // "<width>x<height> <w1>x<h1>,<w2>x<h2>,…": the upright size, then each variant's
            String[] parts = Files.readString(manifestFile, StandardCharsets.US_ASCII).strip().split(" ");
            int[] size = dimensions(parts[0]);
            List<Variant> variants = new ArrayList<>();
            for (String wh : parts[1].split(",")) {
                int[] variant = dimensions(wh);
                String file = variant[0] + ".jpg";
                if (!Files.isRegularFile(entry.resolve(file))) {
                    return null;
                }
                variants.add(new Variant(FOLDER + stem + "-" + file, entry.resolve(file), variant[0], variant[1]));
            }
            Variant share = shareVariant(entry, stem);
            if (!Files.isRegularFile(share.file())) {
                return null;
            }
            return new ProcessedImage(size[0], size[1], variants, share, List.of());
        } catch (IOException | RuntimeException damaged) {
            return null;
        }
    }

    private static int[] dimensions(String wh) {
        int x = wh.indexOf('x');
        return new int[] {Integer.parseInt(wh.substring(0, x)), Integer.parseInt(wh.substring(x + 1))};
    }

    private Variant shareVariant(Path entry, String stem) {
        return new Variant(FOLDER + stem + "-" + settings.shareWidth() + "x" + settings.shareHeight() + ".jpg",
                entry.resolve("share.jpg"), settings.shareWidth(), settings.shareHeight());
    }

    private List<Integer> targetWidths(int sourceWidth) {
        List<Integer> widths = new ArrayList<>();
        for (int w : settings.widths()) {
            if (w <= sourceWidth) {
                widths.add(w);
            }
        }
        if (widths.isEmpty() || (widths.get(widths.size() - 1) < sourceWidth
                && sourceWidth < settings.widths().get(settings.widths().size() - 1))) {
            // A source between two widths (or below the first) is also published at its own width,
            // so the sharpest version it allows is never thrown away.
            widths.add(sourceWidth);
        }
        return widths;
    }

    /** A photo's size in pixels as stored (before turning), from its header. */
    private record Size(long width, long height) {
    }

    /** The size its header gives; a photo of more pixels than the settings allow is refused. */
    private Size size(byte[] bytes, SourceFormat format, String story, int line, String name) {
        return withReader(bytes, format, story, line, name, reader -> new Size(reader.getWidth(0), reader.getHeight(0)));
    }

    private BufferedImage decode(byte[] bytes, SourceFormat format, String story, int line, String name) {
        return withReader(bytes, format, story, line, name, reader -> Pixels.toSrgb(reader.read(0)));
    }

    private interface Reading<T> {
        T from(ImageReader reader) throws IOException;
    }

    /** {@code reading} from a reader of the photo, once its header is read and its size allowed; a photo that cannot be read is a problem. */
    private <T> T withReader(byte[] bytes, SourceFormat format, String story, int line, String name, Reading<T> reading) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(format, in);
            try {
                reader.setInput(in, true, true);
                refuseTooManyPixels(reader.getWidth(0), reader.getHeight(0), story, line, name);
                return reading.from(reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidSourceException invalid) {
                throw invalid;
            }
            throw unreadable(story, line, name, format, e);
        }
    }

    /** TwelveMonkeys' reader where there is one (CMYK, YCCK, broken ICC profiles), else the JDK's. */
    private static ImageReader reader(SourceFormat format, ImageInputStream in) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase(Locale.ROOT));
        ImageReader chosen = null;
        while (readers.hasNext()) {
            ImageReader r = readers.next();
            if (chosen == null || r.getClass().getName().startsWith("com.twelvemonkeys.")) {
                if (chosen != null) {
                    chosen.dispose();
                }
                chosen = r;
            } else {
                r.dispose();
            }
        }
        if (chosen == null) {
            throw new IOException("no ImageIO reader for " + format.label);
        }
        return chosen;
    }

    private void writeJpeg(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = jdkJpegWriter();
        try {
            JPEGImageWriteParam param = new JPEGImageWriteParam(Locale.ROOT);
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(settings.jpegQuality());
            param.setOptimizeHuffmanTables(true);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (ImageOutputStream out = new MemoryCacheImageOutputStream(buffer)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            Files.write(file, buffer.toByteArray());
            encodes.incrementAndGet();
        } finally {
            writer.dispose();
        }
    }

    /**
     * The JDK's own JPEG writer, named rather than left to the registry's order (TwelveMonkeys
     * registers a writer that delegates to it), so the bytes written depend on nothing else.
     */
    private static ImageWriter jdkJpegWriter() throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter chosen = null;
        while (writers.hasNext()) {
            ImageWriter w = writers.next();
            if (chosen == null && w.getClass().getName().startsWith("com.sun.imageio.")) {
                chosen = w;
            } else {
                w.dispose();
            }
        }
        if (chosen == null) {
            throw new IOException("the JDK's JPEG writer (com.sun.imageio.plugins.jpeg) is missing");
        }
        return chosen;
    }

    private String hash(byte[] bytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(settings.key().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(bytes);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** {@code Cầu Mới.JPG} → {@code cau-moi}: ASCII, lower case, the same on every file system. */
    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String slug = Vietnamese.slug(dot > 0 ? fileName.substring(0, dot) : fileName);
        return slug.isEmpty() ? "anh" : slug;
    }

    private static String hint(SourceFormat format) {
        return switch (format) {
            case HEIF -> "ảnh HEIC thường từ iPhone: trên iPhone vào Cài đặt › Camera › Định dạng › chọn "
                    + "\"Tương thích nhất\" rồi chụp lại, hoặc mở ảnh trên máy tính và lưu/xuất thành JPEG; "
                    + "ảnh nhận qua Zalo: gửi dạng ảnh (không gửi dạng tệp), lưu về máy rồi chọn lại";
            case GIF -> "ảnh GIF (thường là ảnh động hoặc ít màu) không dùng cho bài viết: chọn ảnh chụp gốc, hoặc lưu thành JPEG hay PNG";
            default -> "mở ảnh bằng chương trình xem ảnh (Photos, Paint…) và lưu/xuất thành JPEG, rồi chọn lại; "
                    + "ảnh nhận qua Zalo: gửi dạng ảnh, lưu về máy rồi chọn lại";
        };
    }

    private static String millions(long pixels) {
        return String.format(Locale.ROOT, "%.1f", pixels / 1_000_000.0).replace('.', ',');
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)).replace('.', ',');
    }

    private static InvalidSourceException problem(String story, int line, String message, String hint) {
        return InvalidSourceException.of(Problem.error(story, line, "images", message, hint));
    }

    private static void deleteTree(Path dir) {
        // A leftover temporary folder costs disk space only; the manifest decides what is used.
        CacheAge.remove(dir);
    }
}
