package vn.quangngai.dvk.source;

/**
 * Quotes that would be published as part of a one-line value: a value wrapped whole in quotes
 * (Word turns "…" into “…” as it is typed, and YAML keeps those as text), and a closing quote
 * whose opening one is missing. Either is an error rather than a silent fix: the writer may have
 * meant the quotes, and only the writer can say which text is to be published.
 */
public final class Quotes {

    /** Opening and closing marks, pair by pair: Word's curly quotes, guillemets, low-high quotes, straight ones. */
    private static final String[][] PAIRS = {
            {"“", "”"}, {"‘", "’"}, {"«", "»"}, {"„", "“"}, {"„", "”"}, {"\"", "\""}, {"'", "'"}};

    private Quotes() {
    }

    /** What is wrong with the quotes of {@code value} (already trimmed), said for field {@code key}; null when nothing. */
    public static String problem(String value) {
        if (value.length() < 2) {
            return null;
        }
        for (String[] pair : PAIRS) {
            if (value.startsWith(pair[0]) && value.endsWith(pair[1]) && value.indexOf(pair[1], 1) == value.length() - 1) {
                return "nằm trọn trong dấu " + pair[0] + "…" + pair[1] + ": dấu đó sẽ hiện trên trang như một phần của chữ.";
            }
        }
        if (value.endsWith("\"") && count(value, '"') % 2 == 1) {
            return "kết thúc bằng dấu ngoặc kép (\") không có dấu mở tương ứng: dấu đó sẽ hiện ở cuối câu.";
        }
        if ((value.endsWith("”") && count(value, '”') > count(value, '“'))
                || (value.endsWith("»") && count(value, '»') > count(value, '«'))) {
            return "kết thúc bằng dấu " + value.charAt(value.length() - 1) + " không có dấu mở tương ứng: dấu đó sẽ hiện ở cuối câu.";
        }
        return null;
    }

    /** The hint for {@link #problem}: the line as it should be written. */
    public static String hint(String key, String value) {
        String inner = stripped(value);
        return "Nếu dấu ngoặc chỉ để bao giá trị, ghi: " + key + ": \"" + inner.replace("\"", "\\\"") + "\""
                + " (ngoặc kép thẳng, gõ bằng phím Shift+'); nếu muốn giữ dấu ngoặc trong chữ, chỉ đặt nó quanh một phần của câu.";
    }

    private static String stripped(String value) {
        for (String[] pair : PAIRS) {
            if (value.startsWith(pair[0]) && value.endsWith(pair[1]) && value.length() >= pair[0].length() + pair[1].length()) {
                return value.substring(pair[0].length(), value.length() - pair[1].length()).strip();
            }
        }
        return value.substring(0, value.length() - 1).strip();
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
