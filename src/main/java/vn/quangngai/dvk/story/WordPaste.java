package vn.quangngai.dvk.story;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What text pasted from Word leaves in an entry that Markdown publishes as something else:
 * private-use characters (Word's Symbol-font bullet U+F0B7 and its kind show as boxes), bullet
 * characters that Markdown does not read as a list (the lines run into one paragraph; a dash and
 * a Tab is a list item to Flexmark, so it is left alone), and indented or fenced blocks that
 * Markdown shows as program code in a monospace box.
 */
public final class WordPaste {

    /** One finding: 1-based line and column in the text given, and the Markdown to write instead (or null). */
    public record Finding(int line, int column, Kind kind, String text, String instead) {
    }

    public enum Kind { PRIVATE_USE, BULLET, CODE_BLOCK }

    private static final Pattern BULLET = Pattern.compile("^ {0,3}[•◦▪▫●○■□►▸‣⁃·–—\\uF0B7]\\s*(\\S.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^ {0,3}(?:[-*+]|\\d{1,9}[.)])[ \\t]");

    private WordPaste() {
    }

    /** Private-use code points (U+E000–U+F8FF, planes 15 and 16) anywhere in {@code text}. */
    public static List<Finding> privateUse(String text) {
        List<Finding> found = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (isPrivateUse(c)) {
                found.add(new Finding(line, i - lineStart + 1, Kind.PRIVATE_USE, String.format("U+%04X", c), null));
            }
            i += Character.charCount(c);
        }
        return found;
    }

    static boolean isPrivateUse(int c) {
        return Character.getType(c) == Character.PRIVATE_USE;
    }

    /** Bullet-like lines that are not a Markdown list, and code blocks, in a Markdown {@code body}. */
    public static List<Finding> body(String body) {
        List<Finding> found = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        boolean fenced = false;
        boolean afterBlank = true;
        boolean inList = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.stripLeading();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                if (!fenced) {
                    found.add(new Finding(i + 1, 1, Kind.CODE_BLOCK, line,
                            "bỏ dòng " + stripped.substring(0, 3) + " mở và dòng đóng; viết nội dung như đoạn văn thường"));
                }
                fenced = !fenced;
                afterBlank = false;
                continue;
            }
            if (fenced) {
                continue;
            }
            if (line.isBlank()) {
                afterBlank = true;
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                found.add(new Finding(i + 1, 1, Kind.BULLET, line, "- " + bullet.group(1).strip()));
                inList = true;
            } else if (LIST_ITEM.matcher(line).lookingAt()) {
                inList = true;
            } else if (afterBlank && !inList && (line.startsWith("\t") || line.startsWith("    "))) {
                found.add(new Finding(i + 1, 1, Kind.CODE_BLOCK, line, line.strip()));
            } else if (afterBlank && !line.startsWith(" ") && !line.startsWith("\t")) {
                inList = false;
            }
            afterBlank = false;
        }
        return found;
    }
}
