package vn.quangngai.dvk.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.quangngai.dvk.problem.Problem;

/**
 * Mistakes in YAML that its parser reports somewhere else, in English, or not at all: a quote
 * opened and never closed (the parser runs on into the next fields and fails lines later), a
 * quote that ends the value too early, a key glued to its value ({@code agency:so-y-te}), a Tab,
 * an invisible space (no-break, zero-width, BOM) where YAML expects a plain space. Found line by line, before the parser runs, each at the line
 * and column where it was written.
 */
public final class YamlLines {

    /** {@code key: value} or {@code - value}, with the indentation and where the value starts. */
    private static final Pattern ENTRY = Pattern.compile("^([ \\t\\u00A0\\u2007\\u202F\\u200B\\uFEFF]*)(-[ \\t]+)?(?:([^\\s:#\"'\\[{][^:#]*?):(?=[ \\t\\u00A0\\u2007\\u202F\\u200B\\uFEFF]|$))?");
    private static final Pattern KEY_LINE = Pattern.compile("^( *)(-[ ]+)?[^\\s:#\"'\\[{-][^:#]*:([ ]|$)");
    /** {@code agency:so-y-te}: YAML reads the whole line as one text and fails a line or two later. */
    private static final Pattern NO_SPACE = Pattern.compile("^( *(?:- +)?)([A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*):(?=[^\\s:/\\u00A0\\u2007\\u202F\\u200B\\uFEFF])");
    private static final String INVISIBLE = "\u00A0\u2007\u202F\u200B\uFEFF";

    private YamlLines() {
    }

    /** Every such mistake in {@code yaml}, whose first line is file line {@code firstLine}. */
    public static List<Problem> check(String yaml, String file, int firstLine) {
        List<Problem> problems = new ArrayList<>();
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() && line.chars().noneMatch(c -> INVISIBLE.indexOf(c) >= 0)) {
                continue;
            }
            int number = firstLine + i;
            Matcher glued = NO_SPACE.matcher(line);
            if (glued.lookingAt()) {
                String key = glued.group(2);
                problems.add(Problem.error(file, number, key, "thiếu dấu cách sau dấu hai chấm của \"" + key + "\".",
                        "Viết tên trường, dấu hai chấm, một dấu cách, rồi giá trị: " + key + ": "
                                + line.substring(glued.end()).strip()).at(number, glued.end() + 1));
                continue;
            }
            Matcher entry = ENTRY.matcher(line);
            entry.lookingAt();
            int valueStart = entry.end();
            int spaces = spacesAfter(line, valueStart);
            checkSpaces(line, 0, entry.end(1), file, number, problems);
            if (entry.group(3) != null) {
                checkSpaces(line, valueStart, valueStart + spaces, file, number, problems);
            }
            if (entry.group(2) != null || entry.group(3) != null) {
                int depth = entry.group(3) != null ? entry.start(3) : entry.end(2);
                checkQuote(lines, i, depth, valueStart + spaces, entry.group(3), file, number, problems);
            }
        }
        return problems;
    }

    private static int spacesAfter(String line, int from) {
        int i = from;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || INVISIBLE.indexOf(line.charAt(i)) >= 0)) {
            i++;
        }
        return i - from;
    }

    /** Between {@code from} and {@code to} YAML wants plain spaces: a Tab or an invisible space there is an error. */
    private static void checkSpaces(String line, int from, int to, String file, int number, List<Problem> problems) {
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                problems.add(Problem.error(file, number, null,
                        "có ký tự Tab ở cột " + (i + 1) + "; phần thông tin (YAML) không chấp nhận Tab để thụt lề hay ngăn cách.",
                        "Xóa ký tự Tab và gõ dấu cách thay vào (thụt lề bằng hai dấu cách).").at(number, i + 1));
                return;
            }
            if (INVISIBLE.indexOf(c) >= 0) {
                problems.add(Problem.error(file, number, null,
                        "có " + nameOf(c) + " ở cột " + (i + 1) + " (trông như dấu cách nhưng YAML không coi là dấu cách).",
                        "Xóa khoảng trắng đó và gõ lại một dấu cách bình thường (thường gặp khi chép từ Word hay trang web).")
                        .at(number, i + 1));
                return;
            }
        }
    }

    private static String nameOf(char c) {
        return switch (c) {
            case '\u00A0' -> "một dấu cách không ngắt dòng (U+00A0, NBSP)";
            case '\u2007' -> "một dấu cách cố định chiều rộng chữ số (U+2007)";
            case '\u202F' -> "một dấu cách hẹp không ngắt dòng (U+202F)";
            case '\u200B' -> "một ký tự trống không nhìn thấy (U+200B)";
            default -> "một ký tự BOM không nhìn thấy (U+FEFF)";
        };
    }

    /**
     * A value that opens with a quote must close it on its own line, unless the next line carries
     * on the value (more indented than the key); a closing quote must end the value.
     */
    private static void checkQuote(String[] lines, int index, int depth, int start, String key, String file, int number,
                                   List<Problem> problems) {
        String line = lines[index];
        if (start >= line.length() || (line.charAt(start) != '"' && line.charAt(start) != '\'')) {
            return;
        }
        char quote = line.charAt(start);
        int close = closing(line, start, quote);
        String what = key == null ? "giá trị" : "giá trị của \"" + key.strip() + "\"";
        String mark = quote == '"' ? "ngoặc kép (\")" : "nháy đơn (')";
        if (close < 0) {
            if (continues(lines, index, depth)) {
                return;
            }
            problems.add(Problem.error(file, number, key == null ? null : key.strip(),
                    what + " mở dấu " + mark + " ở cột " + (start + 1) + " nhưng không đóng lại trên dòng này.",
                    "Thêm dấu " + quote + " ở cuối giá trị, ví dụ: " + (key == null ? "- " : key.strip() + ": ") + quote + "…" + quote)
                    .at(number, start + 1));
            return;
        }
        String rest = line.substring(close + 1).strip();
        if (!rest.isEmpty() && !rest.startsWith("#")) {
            problems.add(Problem.error(file, number, key == null ? null : key.strip(),
                    "dấu " + mark + " ở cột " + (close + 1) + " kết thúc " + what + " sớm; phần sau đó (\"" + rest + "\") bị thừa.",
                    quote == '"'
                            ? "Bên trong ngoặc kép, dùng ngoặc kép cong “…” hoặc viết \\\" cho mỗi dấu ngoặc kép thẳng."
                            : "Bên trong nháy đơn, viết hai dấu nháy '' cho mỗi dấu nháy.").at(number, close + 1));
        }
    }

    /** The index of the quote that closes the one at {@code start}, or -1. */
    private static int closing(String line, int start, char quote) {
        for (int i = start + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Whether the next non-blank line carries on the value: it is indented deeper than the key
     * (or list item) at column {@code depth}, and is not itself a key or list item there.
     */
    private static boolean continues(String[] lines, int index, int depth) {
        int indent = depth;
        for (int i = index + 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            return indentOf(lines[i]) > indent && !KEY_LINE.matcher(lines[i]).lookingAt();
        }
        return false;
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
