package vn.quangngai.dvk.share;

import com.pngencoder.PngEncoder;
import java.awt.image.BufferedImage;

/**
 * Cards and icons as PNG files with no metadata, so that the bytes depend on the pixels only.
 * PngEncoder rather than the JDK's ImageIO writer, whose search for a filter on every row and
 * copying of every pixel made most of a share card's cost under the launcher's quick compiler. A
 * card is mostly flat colour, which deflates well at the fastest level; the build already keeps
 * every core busy, so one thread per image.
 */
public final class Png {

    private static final int FAST = 1;

    private Png() {
    }

    /** The image (opaque: cards and icons are drawn on TYPE_INT_RGB) as a PNG file's bytes. */
    public static byte[] rgb(BufferedImage image) {
        return new PngEncoder()
                .withBufferedImage(image)
                .withCompressionLevel(FAST)
                .withMultiThreadedCompressionEnabled(false)
                .toBytes();
    }
}
