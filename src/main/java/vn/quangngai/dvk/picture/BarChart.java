package vn.quangngai.dvk.picture;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A horizontal bar chart as an image with a text alternative: the title, and a description that
 * lists every label with its value, so screen readers get the same numbers as the picture.
 */
public final class BarChart {

    public record Bar(String label, int value) {
    }

    /** Narrow enough to be read at its own size on a 360 px phone: the label sits above its bar. */
    static final int WIDTH = 340;
    static final int ROW = 46;
    static final int VALUE_ROOM = 36;

    private BarChart() {
    }

    public static String svg(String id, String title, List<Bar> bars) {
        int max = bars.stream().mapToInt(Bar::value).max().orElse(0);
        int height = bars.size() * ROW;
        String description = bars.stream().map(b -> b.label() + ": " + b.value()).collect(Collectors.joining("; ")) + ".";
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"bar-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" "
                        + "aria-labelledby=\"%s-t %s-d\"><title id=\"%s-t\">%s</title><desc id=\"%s-d\">%s</desc>",
                WIDTH, height, id, id, id, Svg.text(title), id, Svg.text(description)));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW;
            int room = WIDTH - VALUE_ROOM;
            int length = max == 0 || bar.value() == 0 ? 0 : Math.max(2, Math.round((float) bar.value() * room / max));
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"14\" fill=\"#1b1b1b\">%s</text>",
                    y + 16, Svg.text(bar.label())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"#a4161a\"/>",
                    y + 23, length));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"14\" font-weight=\"700\" fill=\"#1b1b1b\">%d</text>",
                    length + 6, y + 37, bar.value()));
        }
        return svg.append("</svg>").toString();
    }
}
