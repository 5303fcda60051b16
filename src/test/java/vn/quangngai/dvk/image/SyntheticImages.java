package vn.quangngai.dvk.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Photos made by the tests themselves: plain colour blocks, as JPEG (with a real EXIF block
 * carrying GPS, camera and author, plus XMP, IPTC and a comment), progressive JPEG, CMYK JPEG,
 * 16-bit PNG, GIF, and a HEIC header.
 */
public final class SyntheticImages {

    public static final String MAKE = "PhoneMaker";
    public static final String MODEL = "Camera X12";
    public static final String ARTIST = "Nguyen Van Chup";
    public static final String XMP_MARK = "xmp-private-note";
    public static final String COMMENT = "comment-private-note";

    private SyntheticImages() {
    }

    /** {@code width} × {@code height}, blue, with the top-left quadrant red. */
    public static BufferedImage quadrant(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height / 2);
        g.dispose();
        return image;
    }

    /**
     * Something like a phone photo to a JPEG encoder: sky and ground in gradients, a few shapes,
     * and grain (the same for the same seed), so that it compresses as a photo does, not as flat colour.
     */
    public static BufferedImage photoLike(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            double v = (double) y / height;
            for (int x = 0; x < width; x++) {
                double u = (double) x / width;
                double wave = Math.sin(u * 9 + v * 4) * 18 + Math.sin(u * 31 - v * 23) * 9;
                int r;
                int g;
                int b;
                if (v < 0.45 + 0.05 * Math.sin(u * 7)) {
                    r = (int) (90 + 80 * v + wave);
                    g = (int) (140 + 60 * v + wave);
                    b = (int) (220 - 30 * v + wave);
                } else {
                    r = (int) (70 + 60 * u + wave * 1.5);
                    g = (int) (110 + 40 * v + wave);
                    b = (int) (50 + 30 * u + wave);
                }
                int grain = random.nextInt(-7, 8);
                row[x] = clamp(r + grain) << 16 | clamp(g + grain) << 8 | clamp(b + grain);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        Graphics2D g = image.createGraphics();
        for (int i = 0; i < 12; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            g.fillOval(random.nextInt(width), height / 3 + random.nextInt(height * 2 / 3), width / 12, height / 8);
        }
        g.dispose();
        return image;
    }

    private static int clamp(int c) {
        return Math.max(0, Math.min(255, c));
    }

    /** Rows above {@code top} red, the rest blue. */
    static BufferedImage topBand(int width, int height, int top) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width, top);
        g.dispose();
        return image;
    }

    /** Green bands {@code edge} px wide at left and right, blue between. */
    static BufferedImage sideBands(int width, int height, int edge) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.GREEN);
        g.fillRect(0, 0, edge, height);
        g.fillRect(width - edge, 0, edge, height);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(BufferedImage image, boolean progressive) throws IOException {
        ImageWriter writer = jdkJpegWriter();
        JPEGImageWriteParam param = new JPEGImageWriteParam(Locale.ROOT);
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.95f);
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * A phone photo: {@code image} as JPEG with, right after SOI, an EXIF APP1 (Make, Model,
     * Orientation, Artist, GPS position), an XMP APP1, a Photoshop/IPTC APP13 and a comment.
     */
    public static byte[] phoneJpeg(BufferedImage image, int orientation) throws IOException {
        byte[] plain = jpeg(image, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), exif(orientation)));
        segment(out, 0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><dc:creator>" + XMP_MARK
                + "</dc:creator></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
        segment(out, 0xED, concat("Photoshop 3.0\0".getBytes(StandardCharsets.ISO_8859_1),
                "8BIM\u0004\u0004\0\0\0\0\0\u0008\u001c\u0002\u0050\0\u0003ABC".getBytes(StandardCharsets.ISO_8859_1)));
        segment(out, 0xFE, COMMENT.getBytes(StandardCharsets.ISO_8859_1));
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A TIFF block, big-endian, as EXIF carries it: IFD0 and a GPS IFD. */
    static byte[] exif(int orientation) {
        Ifd gps = new Ifd()
                .ascii(0x0001, "N")
                .rationals(0x0002, 15, 1, 7, 1, 3021, 100)
                .ascii(0x0003, "E")
                .rationals(0x0004, 108, 1, 47, 1, 1234, 100);
        Ifd ifd0 = new Ifd()
                .ascii(0x010F, MAKE)
                .ascii(0x0110, MODEL)
                .shortValue(0x0112, orientation)
                .ascii(0x013B, ARTIST)
                .pointer(0x8825, gps);
        return ifd0.tiff();
    }

    /** Cyan-ish CMYK (C=200, M=0, Y=0, K=0, in Adobe's convention) written by TwelveMonkeys' JPEG writer. */
    static byte[] cmykJpeg(int width, int height) throws IOException {
        ColorSpace cmyk = com.twelvemonkeys.imageio.color.ColorSpaces.getColorSpace(
                com.twelvemonkeys.imageio.color.ColorSpaces.CS_GENERIC_CMYK);
        ComponentColorModel model = new ComponentColorModel(cmyk, false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster raster = model.createCompatibleWritableRaster(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, new int[] {200, 0, 0, 0});
            }
        }
        BufferedImage image = new BufferedImage(model, raster, false, null);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = null;
        while (writers.hasNext()) {
            ImageWriter w = writers.next();
            if (w.getClass().getName().startsWith("com.twelvemonkeys.")) {
                writer = w;
            }
        }
        if (writer == null) {
            throw new IllegalStateException("TwelveMonkeys' JPEG writer is not on the class path");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** A 16-bit-per-channel RGB PNG of one colour. */
    static byte[] png16(int width, int height, int r, int g, int b) throws IOException {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_USHORT, width, height, 3, new Point());
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, new int[] {r * 257, g * 257, b * 257});
            }
        }
        return encode(new BufferedImage(model, raster, false, null), "png");
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, bytes)) {
            throw new IllegalStateException("no writer for " + format);
        }
        return bytes.toByteArray();
    }

    /**
     * A lossless WebP (VP8L) of {@code width} × {@code height} fully transparent pixels. Every
     * Huffman code in it has a single symbol, so pixels take no bits and the header alone sets
     * the size: nothing here can write WebP (TwelveMonkeys' plugin only reads it).
     */
    static byte[] transparentWebp(int width, int height) {
        int header = (width - 1) | (height - 1) << 14 | 1 << 28;
        ByteBuffer out = ByteBuffer.allocate(34).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(26)
                .put("WEBPVP8L".getBytes(StandardCharsets.ISO_8859_1)).putInt(13)
                .put((byte) 0x2F).putInt(header)
                .put(new byte[] {0x07, 0x10, 0x11, 0x11, (byte) 0x88, (byte) 0x88, (byte) 0xFE, 0x07, 0x00});
        return out.array();
    }

    /**
     * {@code image} as JPEG tagged with the JDK's linear-RGB ICC profile (an APP2 ICC_PROFILE
     * segment), as a camera tags Adobe RGB or Display P3: the same numbers mean other colours.
     */
    static byte[] jpegWithProfile(BufferedImage image) throws IOException {
        byte[] plain = jpeg(image, false);
        byte[] profile = java.awt.color.ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        segment(out, 0xE2, concat(concat("ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1), new byte[] {1, 1}), profile));
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** The start of an iPhone HEIC file: an ISO-BMFF {@code ftyp} box of brand {@code heic}. */
    public static byte[] heic() {
        byte[] box = concat(new byte[] {0, 0, 0, 0x18}, "ftypheic\0\0\0\0mif1heic".getBytes(StandardCharsets.ISO_8859_1));
        return concat(box, new byte[200]);
    }

    /** {@code jpeg} with its frame header claiming {@code width} × {@code height}. */
    static byte[] claimingSize(byte[] jpeg, int width, int height) {
        byte[] out = jpeg.clone();
        for (int i = 2; i + 9 < out.length; ) {
            int marker = out[i + 1] & 0xFF;
            int length = ((out[i + 2] & 0xFF) << 8) | (out[i + 3] & 0xFF);
            if (marker == 0xC0 || marker == 0xC2) {
                out[i + 5] = (byte) (height >> 8);
                out[i + 6] = (byte) height;
                out[i + 7] = (byte) (width >> 8);
                out[i + 8] = (byte) width;
                return out;
            }
            i += 2 + length;
        }
        throw new IllegalArgumentException("no frame header");
    }

    /** The markers of a JPEG up to its first scan, e.g. [0xD8, 0xE0, 0xDB, 0xC2, …, 0xDA]. */
    public static List<Integer> markers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        if ((jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            throw new IllegalArgumentException("not a JPEG");
        }
        markers.add(0xD8);
        int i = 2;
        while (i + 3 < jpeg.length) {
            if ((jpeg[i] & 0xFF) != 0xFF) {
                throw new IllegalArgumentException("broken marker at " + i);
            }
            int marker = jpeg[i + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        return markers;
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
        out.write(0xFF);
        out.write(marker);
        int length = data.length + 2;
        out.write(length >> 8);
        out.write(length);
        out.writeBytes(data);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** One TIFF image file directory; entries must be added in ascending tag order. */
    private static final class Ifd {
        private record Field(int tag, int type, int count, byte[] value, Ifd child) {
        }

        private final List<Field> fields = new ArrayList<>();

        Ifd ascii(int tag, String text) {
            byte[] value = (text + "\0").getBytes(StandardCharsets.ISO_8859_1);
            fields.add(new Field(tag, 2, value.length, value, null));
            return this;
        }

        Ifd shortValue(int tag, int value) {
            fields.add(new Field(tag, 3, 1, new byte[] {(byte) (value >> 8), (byte) value}, null));
            return this;
        }

        Ifd rationals(int tag, int... numeratorsAndDenominators) {
            ByteBuffer value = ByteBuffer.allocate(numeratorsAndDenominators.length * 4);
            for (int n : numeratorsAndDenominators) {
                value.putInt(n);
            }
            fields.add(new Field(tag, 5, numeratorsAndDenominators.length / 2, value.array(), null));
            return this;
        }

        Ifd pointer(int tag, Ifd child) {
            fields.add(new Field(tag, 4, 1, null, child));
            return this;
        }

        /** A whole TIFF block with this IFD first. */
        byte[] tiff() {
            ByteBuffer out = ByteBuffer.allocate(4096);
            out.put(new byte[] {'M', 'M', 0, 42});
            out.putInt(8);
            write(out);
            byte[] bytes = new byte[out.position()];
            out.flip();
            out.get(bytes);
            return bytes;
        }

        private void write(ByteBuffer out) {
            int start = out.position();
            int data = start + 2 + fields.size() * 12 + 4;
            List<Runnable> later = new ArrayList<>();
            out.putShort((short) fields.size());
            for (Field f : fields) {
                out.putShort((short) f.tag()).putShort((short) f.type()).putInt(f.count());
                if (f.child() != null) {
                    int at = out.position();
                    out.putInt(0);
                    later.add(() -> {
                        out.putInt(at, out.position());
                        f.child().write(out);
                    });
                } else if (f.value().length <= 4) {
                    byte[] inline = new byte[4];
                    System.arraycopy(f.value(), 0, inline, 0, f.value().length);
                    out.put(inline);
                } else {
                    out.putInt(data);
                    int here = out.position();
                    out.position(data);
                    out.put(f.value());
                    data = out.position() + (out.position() & 1);
                    out.position(here);
                }
            }
            out.putInt(0);
            out.position(data);
            later.forEach(Runnable::run);
        }
    }

    static ImageWriter jdkJpegWriter() {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        while (writers.hasNext()) {
            ImageWriter w = writers.next();
            if (w.getClass().getName().startsWith("com.sun.")) {
                return w;
            }
            w.dispose();
        }
        throw new IllegalStateException("no JDK JPEG writer");
    }
}
