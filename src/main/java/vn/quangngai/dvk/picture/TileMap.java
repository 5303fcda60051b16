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

    public static String svg(List<Tile> tiles, String label) {
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
            String count = tile.count() == 0 ? "chưa có" : tile.count() + " mô hình";
            svg.append(String.format(Locale.ROOT, "<a href=\"%s\" aria-label=\"%s: %s\">", Svg.text(tile.href()),
                    Svg.text(tile.name()), Svg.text(count)));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\" fill=\"%s\" stroke=\"#4a4a4a\"/>",
                    x, y, SIZE, SIZE, shade[0]));
            List<String> lines = wrap(shortName(tile.name()));
            int textY = y + SIZE / 2 - (lines.size() - 1) * 9 - 4;
            for (String line : lines) {
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"700\" fill=\"%s\">%s</text>",
                        x + SIZE / 2, textY, shade[1], Svg.text(line)));
                textY += 18;
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"14\" fill=\"%s\">%s</text>",
                    x + SIZE / 2, textY + 6, shade[1], Svg.text(count)));
            svg.append("</a>");
        }
        return svg.append("</svg>").toString();
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

    /** Two lines at most, split at the space nearest the middle, so long names fit a tile. */
    static List<String> wrap(String name) {
        if (name.length() <= 11 || !name.contains(" ")) {
            return List.of(name);
        }
        int middle = name.length() / 2;
        int best = -1;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        return List.of(name.substring(0, best), name.substring(best + 1));
    }
}
