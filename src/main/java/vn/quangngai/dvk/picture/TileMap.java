package vn.quangngai.dvk.picture;

import java.util.List;
import java.util.Locale;

/**
 * A tile map: one square per district, placed roughly where the district lies, shaded by its
 * number of models, each square a link to the district's page. Text inside every tile states name
 * and count, so the picture does not rely on colour alone.
 */
public final class TileMap {

    /** One district: where its tile goes (column, row), its name, count and page. */
    /**
     * How counts are written: none, a number of models ({@code {0}}), and the last shade's "that
     * many or more" ({@code {0}}), from the site's messages.
     */
    public record Counts(String none, String some, String more) {

        String of(int count, boolean orMore) {
            return count == 0 ? none : (orMore ? more : some).replace("{0}", Integer.toString(count));
        }
    }

    public record Tile(int column, int row, String name, int count, String href) {
    }

    static final int SIZE = 112;
    static final int GAP = 6;
    /** Fills from no model to many, each with a text colour of at least 4.5:1 contrast. */
    static final String[][] SHADES = {
            {"#f1f1f1", "#1b1b1b"}, {"#f7d4cf", "#1b1b1b"}, {"#e98b80", "#1b1b1b"}, {"#b3261e", "#ffffff"}, {"#7a0f12", "#ffffff"}};

    private TileMap() {
    }

    static int shade(int count) {
        return Math.min(count, SHADES.length - 1);
    }

    /** Sizes in the map's own units; the map is 5 tiles wide, so on a 360 px phone 22 becomes about 12.4 px. */
    static final int NAME_SIZE = 22;
    static final int COUNT_SIZE = 21;
    static final int LINE = 24;

    public static String svg(List<Tile> tiles, String label, Counts counts) {
        int columns = tiles.stream().mapToInt(Tile::column).max().orElse(0) + 1;
        int rows = tiles.stream().mapToInt(Tile::row).max().orElse(0) + 1;
        int width = columns * (SIZE + GAP) - GAP;
        int height = rows * (SIZE + GAP) - GAP;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg class=\"tile-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"group\" aria-label=\"%s\">",
                width, height, Svg.text(label)));
        for (Tile tile : tiles) {
            String[] shade = SHADES[shade(tile.count())];
            int x = tile.column() * (SIZE + GAP);
            int y = tile.row() * (SIZE + GAP);
            String count = counts.of(tile.count(), false);
            // no aria-label: the link's name is its visible text, one text element whose lines are
            // separated by spaces, so what is read out is what is seen (WCAG 2.5.3)
            svg.append(String.format(Locale.ROOT, "<a href=\"%s\">", Svg.text(tile.href())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\" fill=\"%s\" stroke=\"#4a4a4a\"/>",
                    x, y, SIZE, SIZE, shade[0]));
            List<String> lines = wrap(shortName(tile.name()));
            int total = lines.size() + 1;
            int lineY = y + (SIZE - total * LINE) / 2 + LINE - 6;
            svg.append(String.format(Locale.ROOT, "<text text-anchor=\"middle\" fill=\"%s\">", shade[1]));
            for (String line : lines) {
                svg.append(String.format(Locale.ROOT, "<tspan x=\"%d\" y=\"%d\" font-size=\"%d\" font-weight=\"700\">%s</tspan> ",
                        x + SIZE / 2, lineY, NAME_SIZE, Svg.text(line)));
                lineY += LINE;
            }
            svg.append(String.format(Locale.ROOT, "<tspan x=\"%d\" y=\"%d\" font-size=\"%d\">%s</tspan></text>",
                    x + SIZE / 2, lineY + 2, COUNT_SIZE, Svg.text(count)));
            svg.append("</a>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The key to the shading, as HTML: one swatch per shade with the counts it stands for, so the
     * colours are explained and come from the same table as the map's.
     */
    public static String legend(Counts counts) {
        StringBuilder html = new StringBuilder("<ul class=\"legend\">");
        for (int i = 0; i < SHADES.length; i++) {
            String label = counts.of(i, i == SHADES.length - 1);
            html.append(String.format(Locale.ROOT,
                    "<li><svg width=\"20\" height=\"20\" aria-hidden=\"true\"><rect x=\"0.5\" y=\"0.5\" width=\"19\" height=\"19\" rx=\"3\" fill=\"%s\" stroke=\"#4a4a4a\"/></svg> %s</li>",
                    SHADES[i][0], label));
        }
        return html.append("</ul>").toString();
    }

    /** "Huyện Sơn Hà" → "Sơn Hà", "Thị xã Đức Phổ" → "Đức Phổ", "Thành phố Quảng Ngãi" → "TP Quảng Ngãi". */
    static String shortName(String name) {
        if (name.startsWith("Thành phố ")) {
            return "TP " + name.substring("Thành phố ".length());
        }
        for (String prefix : new String[] {"Huyện ", "Thị xã "}) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    /** Lines of at most six letters where the words allow, so that large text still fits a tile. */
    static List<String> wrap(String name) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : name.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > 6) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return List.copyOf(lines);
    }
}
