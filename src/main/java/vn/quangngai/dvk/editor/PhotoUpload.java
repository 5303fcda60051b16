package vn.quangngai.dvk.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import vn.quangngai.dvk.image.ImagePipeline;
import vn.quangngai.dvk.image.ImageSettings;
import vn.quangngai.dvk.image.Variant;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.story.Image;

/**
 * A photo sent from the form: kept as it came, under {@code assets/anh/} with a name the server
 * makes (never the sender's), once its first bytes say JPEG, PNG or WebP, it is within
 * {@link #MAX_BYTES}, and the photo pipeline has read it (a file it cannot publish is not kept).
 */
public final class PhotoUpload {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Why a photo was not kept, in words for the writer. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final Path assets;
    private final Path folder;
    private final ImagePipeline pipeline;

    public PhotoUpload(Path source, Path cache) {
        this.assets = source.toAbsolutePath().normalize().resolve("assets");
        this.folder = assets.resolve(ImagePipeline.FOLDER);
        this.pipeline = new ImagePipeline(cache, ImageSettings.DEFAULT);
    }

    /**
     * The smallest published variant of the story photo {@code src} (as a story names it:
     * {@code anh/ten-anh.jpg}), made as a build makes it (upright, nothing the camera wrote in it),
     * for the form to show beside the photo's fields; null when it is not a name a story may give
     * ({@link Image#validSrc}), no file under {@code assets/anh/} has exactly that name (looked up
     * name by name as listed, so no empty or dot part leads anywhere), or the pipeline cannot
     * publish it ({@code check} says why). A photo sent from the form is already in the cache; how
     * many are made at once is bounded by the heap, as in a build.
     */
    public Variant small(String src) {
        if (src == null || !Image.validSrc(src)) {
            return null;
        }
        Image.Found found = new Image(src, "", null, null, 0).find(assets);
        if (found == null || !found.exact()) {
            return null;
        }
        try {
            Path file = assets.resolve(src);
            if (!file.toRealPath().startsWith(folder.toRealPath())) {
                return null; // a link that leads out of assets/anh/
            }
            return pipeline.process(file, src, 0).variants().get(0);
        } catch (IOException | InvalidSourceException e) {
            return null;
        }
    }

    /** Keeps the photo read from {@code in}; returns its path under assets/ (e.g. {@code anh/ten-bai-1a2b3c4d.jpg}). */
    public String store(InputStream in, long declaredLength, String slug) throws Refused {
        if (declaredLength > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        String extension = extension(bytes);
        if (extension == null) {
            throw new Refused("Tệp này không phải ảnh JPEG, PNG hay WebP (xét theo nội dung tệp, không theo tên). "
                    + "Ảnh HEIC của iPhone: mở ảnh rồi chia sẻ hoặc xuất thành JPEG; ảnh chụp màn hình: lưu thành PNG.");
        }
        String stem = StoryStore.validSlug(slug) ? (slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug) : "anh";
        String name = stem + "-" + HexFormat.of().formatHex(random4()) + "." + extension;
        try {
            Files.createDirectories(folder);
            // a stock JBake bake of this site copies the assets folder as it is: this file keeps the
            // phone's originals (GPS position, camera) out of it; the pipeline publishes them cleaned
            Path ignore = folder.resolve(".jbakeignore");
            if (!Files.exists(ignore)) {
                Files.writeString(ignore, "");
            }
            Path temporary = Files.createTempFile(folder, ".tai-len-", ".tmp");
            try {
                Files.write(temporary, bytes);
                try {
                    pipeline.process(temporary, name, 0);
                } catch (InvalidSourceException e) {
                    throw new Refused("Không dùng được ảnh này: " + e.problems().stream().map(Problem::message).reduce((a, b) -> a + "; " + b)
                            .orElse("ảnh hỏng") + ". Hãy chọn ảnh gốc khác.");
                }
                Files.move(temporary, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ImagePipeline.FOLDER + name;
    }

    private static byte[] random4() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static Refused tooLarge() {
        return new Refused("Ảnh lớn hơn " + (MAX_BYTES / 1024 / 1024) + " MB. Hãy chọn ảnh nhỏ hơn (ảnh chụp điện thoại thường dưới 10 MB).");
    }

    /** The extension for what the first bytes say the file is; null for anything else. */
    static String extension(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpg";
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && new String(b, 1, 7, StandardCharsets.ISO_8859_1).equals("PNG\r\n\u001a\n")) {
            return "png";
        }
        if (b.length >= 12 && new String(b, 0, 4, StandardCharsets.ISO_8859_1).equals("RIFF")
                && new String(b, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return "webp";
        }
        return null;
    }
}
