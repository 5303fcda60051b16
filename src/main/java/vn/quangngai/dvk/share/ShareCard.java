package vn.quangngai.dvk.share;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The picture a page shows when it is shared (Facebook, Zalo …), made at build time: the
 * campaign's mark and name and the site's name on the header's red, then the page's title,
 * wrapped and shrunk to fit four lines, and for a story the agency that runs the model.
 *
 * @param agency null for a page that is not a story
 */
public record ShareCard(String campaign, String site, String title, String agency) {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    /** Where cards are published; their names are a hash of what they show. */
    public static final String FOLDER = "anh-chia-se/";
    /** Changed whenever the drawing or its encoding changes, so that a card made the old way is never reused. */
    private static final String DESIGN = "card-3";

    static final Color RED = new Color(0xa4161a);
    static final Color RED_DARK = new Color(0x7a0f12);
    static final Color GOLD = new Color(0xffcd00);
    private static final Color INK = new Color(0x1b1b1b);
    private static final Color MUTED = new Color(0x4a4a4a);

    private static final int MARGIN = 64;
    private static final int BAND = 150;
    private static final int TEXT_WIDTH = WIDTH - 2 * MARGIN;
    private static final int MAX_LINES = 4;
    private static final float[] TITLE_SIZES = {66, 58, 52, 46, 42};
    private static final FontRenderContext METRICS = new FontRenderContext(null, true, true);

    public ShareCard {
        Objects.requireNonNull(campaign);
        Objects.requireNonNull(site);
        Objects.requireNonNull(title);
    }

    /** The card's site-relative path: the same content gives the same name, so a card already drawn is reused. */
    public String path() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {DESIGN, campaign, site, title, agency == null ? "" : agency}) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return FOLDER + HexFormat.of().formatHex(sha.digest(), 0, 8) + ".png";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The card's text alternative: what it says, in reading order. */
    public String alt() {
        return site + ": " + title + (agency == null ? "" : " — " + agency);
    }

    /** The card as a PNG file's bytes: the same card always gives the same bytes. */
    public byte[] png() {
        return Png.rgb(draw());
    }

    public BufferedImage draw() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(RED);
            g.fillRect(0, 0, WIDTH, BAND);
            g.setColor(GOLD);
            g.fillRect(0, BAND, WIDTH, 8);
            g.fill(star(MARGIN + 34, 66, 34));
            g.setColor(Color.WHITE);
            g.setFont(CardFonts.BOLD.deriveFont(50f));
            g.drawString(campaign, MARGIN + 84, 84);
            g.setFont(CardFonts.REGULAR.deriveFont(26f));
            g.drawString(fit(site, CardFonts.REGULAR.deriveFont(26f), TEXT_WIDTH), MARGIN, 128);

            int bottom = HEIGHT - 44;
            if (agency != null) {
                Font font = CardFonts.REGULAR.deriveFont(30f);
                g.setColor(RED);
                g.fillRect(MARGIN, bottom - 36, 6, 48);
                g.setColor(MUTED);
                g.setFont(font);
                g.drawString(fit(agency, font, TEXT_WIDTH - 24), MARGIN + 24, bottom);
                bottom -= 36 + 32; // the agency's cap height and a gap
            }
            int top = BAND + 8 + 28;
            Title set = title(title, bottom - top);
            int lineHeight = lineHeight(set.size());
            int y = top + Math.max(0, (bottom - top - lineHeight * set.lines().size()) / 2) + Math.round(set.size() * 1.08f);
            g.setColor(INK);
            g.setFont(CardFonts.BOLD.deriveFont(set.size()));
            for (String line : set.lines()) {
                g.drawString(line, MARGIN, y);
                y += lineHeight;
            }
            g.setColor(RED_DARK);
            g.setStroke(new BasicStroke(1f));
            g.drawLine(0, HEIGHT - 1, WIDTH, HEIGHT - 1);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A title set in lines at one size. */
    record Title(float size, List<String> lines) {
    }

    /** Room for stacked tone marks above a capital (Ậ, Ưở) and a descender below (ỷ). */
    private static int lineHeight(float size) {
        return Math.round(size * 1.32f);
    }

    /**
     * The largest size at which the title fits in four lines and {@code height} pixels; at the
     * smallest size a longer title keeps the lines that fit, the last ending at a word with "…".
     */
    static Title title(String title, int height) {
        for (float size : TITLE_SIZES) {
            List<String> lines = wrap(title, CardFonts.BOLD.deriveFont(size), TEXT_WIDTH);
            if (lines.size() <= MAX_LINES && lines.size() * lineHeight(size) <= height) {
                return new Title(size, lines);
            }
        }
        float size = TITLE_SIZES[TITLE_SIZES.length - 1];
        Font font = CardFonts.BOLD.deriveFont(size);
        int fit = Math.max(1, Math.min(MAX_LINES, height / lineHeight(size)));
        List<String> lines = new ArrayList<>(wrap(title, font, TEXT_WIDTH).subList(0, fit));
        String last = lines.get(fit - 1);
        while (width(font, last + " …") > TEXT_WIDTH && last.contains(" ")) {
            last = last.substring(0, last.lastIndexOf(' '));
        }
        lines.set(fit - 1, ShareText.trimEnd(last) + " …");
        return new Title(size, lines);
    }

    /** Words into lines no wider than {@code width}; a word wider than a line is cut at a letter. */
    static List<String> wrap(String text, Font font, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, rest) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, rest.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String fit(String text, Font font, int width) {
        if (width(font, text) <= width) {
            return text;
        }
        String cut = text;
        while (cut.contains(" ") && width(font, cut + " …") > width) {
            cut = cut.substring(0, cut.lastIndexOf(' '));
        }
        return ShareText.trimEnd(cut) + " …";
    }

    static double width(Font font, String text) {
        return font.getStringBounds(text, METRICS).getWidth();
    }

    /** The campaign's mark as the site's header draws it: a five-pointed star. */
    static Path2D star(double cx, double cy, double r) {
        // the header's clip-path polygon, in a unit square
        double[] points = {50, 0, 61, 35, 98, 35, 68, 57, 79, 91, 50, 70, 21, 91, 32, 57, 2, 35, 39, 35};
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < points.length; i += 2) {
            double x = cx - r + points[i] / 100 * 2 * r;
            double y = cy - r + points[i + 1] / 100 * 2 * r;
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }
}
