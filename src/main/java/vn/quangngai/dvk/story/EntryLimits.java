package vn.quangngai.dvk.story;

import java.util.ArrayList;
import java.util.List;
import vn.quangngai.dvk.problem.Problem;

/**
 * Limits on an entry, checked before its front matter or body is parsed. Flexmark parses nested
 * block quotes and lists, and long runs of {@code * _ -} (its thematic-break pattern), with one
 * call per level or per character, and the search index once did the same per letter of a word: a
 * crafted line then ends the build with a stack overflow that names no file. No real story comes
 * near these limits; a writer who does is told where and what to change.
 */
public final class EntryLimits {

    public static final String FIELD = "nội dung";
    /** Block quotes and list levels inside one another. */
    public static final int MAX_DEPTH = 20;
    /** Characters {@code * _ -} on one line with only spaces between them. */
    public static final int MAX_RUN = 200;
    /** Letters and digits without a space or punctuation between them. */
    public static final int MAX_WORD = 1_000;
    /**
     * Brackets {@code [} or backticks in one paragraph: Flexmark looks for the end of every
     * unclosed link or code span again from each one, so its time grows with their square.
     */
    public static final int MAX_OPENERS = 1_000;
    /** Characters between the two {@code ---} lines: a title, a summary, a few figures. */
    public static final int MAX_FRONT_MATTER = 64 * 1024;

    private EntryLimits() {
    }

    /** The problem with a front matter of {@code length} characters, or null when it is within the limit. */
    public static Problem frontMatter(int length, String file) {
        if (length <= MAX_FRONT_MATTER) {
            return null;
        }
        return Problem.error(file, 1, null, "phần thông tin giữa hai dòng --- dài " + length + " ký tự, quá giới hạn "
                        + MAX_FRONT_MATTER + " ký tự.",
                "Phần này chỉ ghi tên, ngày, cơ quan, tóm tắt ngắn và số liệu; nội dung dài viết sau dòng --- thứ hai.");
    }

    /**
     * Every line of {@code body} over a limit, at most one problem per line.
     *
     * @param firstLine the file line of the body's first line
     */
    public static List<Problem> body(String body, String file, int firstLine) {
        List<Problem> problems = new ArrayList<>();
        boolean fenced = false;
        int brackets = 0;
        int backticks = 0;
        boolean reported = false;
        int number = firstLine;
        for (int start = 0; start <= body.length(); number++) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            // lines are looked at in place: every story is checked on every build
            int first = start;
            while (first < end && (body.charAt(first) == ' ' || body.charAt(first) == '\t')) {
                first++;
            }
            if (body.startsWith("```", first) || body.startsWith("~~~", first)) {
                fenced = !fenced;
            }
            Problem problem = fenced ? word(body, start, end, file, number) : check(body, start, end, file, number);
            if (first == end || fenced) {
                brackets = 0;
                backticks = 0;
                reported = false;
            } else {
                for (int i = start; i < end; i++) {
                    brackets += body.charAt(i) == '[' ? 1 : 0;
                    backticks += body.charAt(i) == '`' ? 1 : 0;
                }
                if (problem == null && !reported && (brackets > MAX_OPENERS || backticks > MAX_OPENERS)) {
                    reported = true;
                    problem = Problem.error(file, number, FIELD, "đến dòng này, đoạn văn đã có hơn " + MAX_OPENERS + " dấu "
                                    + (brackets > MAX_OPENERS ? "[" : "`") + ", quá giới hạn cho một đoạn.",
                            "Chia đoạn văn bằng dòng trống, hoặc bỏ bớt các dấu này (dấu [ mở liên kết, dấu ` mở mã).");
                }
            }
            if (problem != null) {
                problems.add(problem);
            }
            start = end + 1;
        }
        return problems;
    }

    private static Problem check(String body, int start, int end, String file, int number) {
        int depth = depth(body, start, end);
        if (depth > MAX_DEPTH) {
            return Problem.error(file, number, FIELD, "trích dẫn (>) hoặc danh sách lồng nhau quá sâu: khoảng " + depth
                            + " cấp, tối đa " + MAX_DEPTH + " cấp.",
                    "Bớt các cấp lồng nhau (dấu > hay -, * ở đầu dòng, hoặc thụt lề); một bài viết thường chỉ cần hai, ba cấp.");
        }
        int run = longestRun(body, start, end);
        if (run > MAX_RUN) {
            return Problem.error(file, number, FIELD, "dòng có " + run + " ký tự *, _ hoặc - liền nhau, quá giới hạn "
                            + MAX_RUN + ".",
                    "Để kẻ đường ngang chỉ cần một dòng ---; bỏ bớt các ký tự này.");
        }
        return word(body, start, end, file, number);
    }

    private static Problem word(String body, int start, int end, String file, int number) {
        int longest = 0;
        int current = 0;
        for (int i = start; i < end; i++) {
            current = Character.isLetterOrDigit(body.charAt(i)) ? current + 1 : 0;
            longest = Math.max(longest, current);
        }
        if (longest <= MAX_WORD) {
            return null;
        }
        return Problem.error(file, number, FIELD, "dòng có một chuỗi " + longest + " chữ và số liền nhau, quá giới hạn "
                        + MAX_WORD + " cho một từ.",
                "Kiểm tra có bị dán nhầm dữ liệu vào bài không; thêm dấu cách giữa các từ.");
    }

    /**
     * About how many containers the line is in: each {@code >} or list marker at its start, and
     * one per two columns of indentation (a nested list is indented at least two).
     */
    static int depth(String line) {
        return depth(line, 0, line.length());
    }

    private static int depth(String line, int start, int end) {
        int columns = 0;
        int i = start;
        while (i < end && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            columns += line.charAt(i) == '\t' ? 4 - columns % 4 : 1;
            i++;
        }
        int markers = 0;
        while (i < end) {
            char c = line.charAt(i);
            int after = i + 1;
            if (c != '>') {
                if (c == '-' || c == '*' || c == '+') {
                    after = i + 1;
                } else if (Character.isDigit(c)) {
                    after = i;
                    while (after < end && after - i < 9 && Character.isDigit(line.charAt(after))) {
                        after++;
                    }
                    if (after >= end || (line.charAt(after) != '.' && line.charAt(after) != ')')) {
                        break;
                    }
                    after++;
                } else {
                    break;
                }
                if (after < end && line.charAt(after) != ' ' && line.charAt(after) != '\t') {
                    break; // not a list marker: "-1", "*em*", "3.5"
                }
            }
            markers++;
            i = after;
            while (i < end && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
        }
        return markers + columns / 2;
    }

    /** The most characters {@code * _ -} in one stretch of the line that holds only them, spaces and tabs. */
    private static int longestRun(String text, int start, int end) {
        int longest = 0;
        int current = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '_' || c == '-') {
                current++;
                longest = Math.max(longest, current);
            } else if (c != ' ' && c != '\t') {
                current = 0;
            }
        }
        return longest;
    }
}
