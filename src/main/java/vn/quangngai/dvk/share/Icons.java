package vn.quangngai.dvk.share;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The site's icons, from the mark its header shows (the gold star of "Dân vận khéo" on the
 * header's red): favicon.svg for browsers that take it, favicon.ico (browsers ask for
 * /favicon.ico on their own), the 180 px touch icon iOS puts on a home screen, the 192 and 512 px
 * icons of {@code site.webmanifest}.
 */
public final class Icons {

    public static final String SVG = "favicon.svg";
    public static final String ICO = "favicon.ico";
    public static final String TOUCH = "apple-touch-icon.png";
    public static final String MANIFEST = "site.webmanifest";
    private static final int[] MANIFEST_SIZES = {192, 512};

    private Icons() {
    }

    /** Every icon file and the manifest, by site-relative path, in a stable order. */
    public static Map<String, byte[]> files(String siteTitle, String shortName) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        paths().forEach(path -> files.put(path, file(path, siteTitle, shortName)));
        return files;
    }

    /** The site-relative paths of the icon files and the manifest, in a stable order. */
    public static List<String> paths() {
        List<String> paths = new ArrayList<>(List.of(SVG, ICO, TOUCH));
        for (int size : MANIFEST_SIZES) {
            paths.add(png(size));
        }
        paths.add(MANIFEST);
        return paths;
    }

    /** One of {@link #paths()}: only the manifest depends on the site's names. */
    public static byte[] file(String path, String siteTitle, String shortName) {
        switch (path) {
            case SVG:
                return svg().getBytes(StandardCharsets.UTF_8);
            case ICO:
                return ico(Png.rgb(draw(16)), 16, Png.rgb(draw(32)), 32);
            case TOUCH:
                return Png.rgb(draw(180));
            case MANIFEST:
                return manifest(siteTitle, shortName).getBytes(StandardCharsets.UTF_8);
            default:
                for (int size : MANIFEST_SIZES) {
                    if (path.equals(png(size))) {
                        return Png.rgb(draw(size));
                    }
                }
                throw new IllegalArgumentException("no icon " + path);
        }
    }

    static String png(int size) {
        return "icon-" + size + ".png";
    }

    /** The star filling most of a red square, as the header's ::before draws it beside the name. */
    static String svg() {
        StringBuilder points = new StringBuilder();
        double[] p = STAR;
        for (int i = 0; i < p.length; i += 2) {
            points.append(i == 0 ? "" : " ").append(number(6.4 + p[i] * 0.512)).append(',').append(number(6 + p[i + 1] * 0.512));
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">"
                + "<rect width=\"64\" height=\"64\" rx=\"10\" fill=\"" + hex(ShareCard.RED) + "\"/>"
                + "<polygon fill=\"" + hex(ShareCard.GOLD) + "\" points=\"" + points + "\"/></svg>\n";
    }

    /** The header's clip-path polygon, in a square of 100. */
    private static final double[] STAR = {50, 0, 61, 35, 98, 35, 68, 57, 79, 91, 50, 70, 21, 91, 32, 57, 2, 35, 39, 35};

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(ShareCard.RED);
            g.fillRect(0, 0, size, size);
            g.setColor(ShareCard.GOLD);
            // the same proportions as the SVG: the star's box is 80 % of the square
            g.fill(ShareCard.star(size / 2.0, size * (6 + 25.6) / 64.0, size * 0.4));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** An .ico holding PNG images, which every browser and Windows since Vista read. */
    static byte[] ico(byte[] small, int smallSize, byte[] large, int largeSize) {
        byte[][] images = {small, large};
        int[] sizes = {smallSize, largeSize};
        ByteBuffer head = ByteBuffer.allocate(6 + 16 * images.length).order(ByteOrder.LITTLE_ENDIAN);
        head.putShort((short) 0).putShort((short) 1).putShort((short) images.length);
        int offset = 6 + 16 * images.length;
        for (int i = 0; i < images.length; i++) {
            head.put((byte) sizes[i]).put((byte) sizes[i]).put((byte) 0).put((byte) 0);
            head.putShort((short) 1).putShort((short) 32).putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(offset);
        out.writeBytes(head.array());
        for (byte[] image : images) {
            out.writeBytes(image);
        }
        return out.toByteArray();
    }

    static String manifest(String siteTitle, String shortName) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode manifest = json.createObjectNode();
        manifest.put("name", siteTitle);
        manifest.put("short_name", shortName);
        manifest.put("lang", "vi");
        manifest.put("start_url", "./");
        manifest.put("scope", "./");
        manifest.put("display", "browser");
        manifest.put("theme_color", hex(ShareCard.RED));
        manifest.put("background_color", "#ffffff");
        ArrayNode icons = manifest.putArray("icons");
        for (int size : MANIFEST_SIZES) {
            ObjectNode icon = icons.addObject();
            icon.put("src", png(size));
            icon.put("sizes", size + "x" + size);
            icon.put("type", "image/png");
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings always serialises", e);
        }
    }

    private static String hex(Color color) {
        return String.format(Locale.ROOT, "#%06x", color.getRGB() & 0xffffff);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
