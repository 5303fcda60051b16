package vn.quangngai.dvk.share;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Cards and icons as PNG files, written by the JDK's own PNG writer with no metadata, so that the
 * bytes depend on the pixels only. The compression setting trades a little size for time: a card
 * is mostly flat colour, which deflates well at a fast level.
 */
public final class Png {

    /** ImageIO's scale: 1 stores, 0 compresses hardest; 0.9 is a fast deflate level. */
    private static final float FAST = 0.9f;

    private Png() {
    }

    /** The image (opaque: cards and icons are drawn on TYPE_INT_RGB) as a PNG file's bytes. */
    public static byte[] rgb(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(96 * 1024);
        // in memory: ImageIO's default stream would cache through a temporary file
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(FAST);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG into memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
