package vn.quangngai.dvk.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds links in a Markdown body whose target would run code or smuggle content: javascript:,
 * vbscript:, data: and file: URLs, in inline links, images, autolinks and reference definitions.
 * Only http, https, mailto, tel and relative addresses are allowed.
 */
public final class LinkCheck {

    // a definition's indent is [ \t], not \s: \s also took the line break before it, and the line came out one early
    private static final Pattern TARGET = Pattern.compile(
            "\\]\\(\\s*<?([^)\\s>]*)|^[ \\t]{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s|$)|<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\\s]*)>",
            Pattern.MULTILINE);
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final List<String> ALLOWED = List.of("http", "https", "mailto", "tel");

    private LinkCheck() {
    }

    /** A link target that is not allowed, with its 1-based line in {@code markdown}. */
    public record UnsafeLink(int line, String target) {
    }

    public static List<UnsafeLink> unsafe(String markdown) {
        if (markdown.indexOf(']') < 0 && markdown.indexOf('<') < 0) {
            return List.of(); // every form of link above has one of the two: most bodies have neither
        }
        List<UnsafeLink> found = new ArrayList<>();
        Matcher matcher = TARGET.matcher(markdown);
        while (matcher.find()) {
            String target = matcher.group(1) != null ? matcher.group(1) : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            if (!isAllowed(target)) {
                found.add(new UnsafeLink(lineOf(markdown, matcher.start()), target));
            }
        }
        return found;
    }

    /** http(s), mailto, tel, or no scheme at all (a relative address or an anchor). */
    public static boolean isAllowed(String target) {
        // browsers ignore control characters and spaces inside a scheme: "java\tscript:" still runs
        String compact = target.replaceAll("[\\u0000-\\u0020]", "");
        Matcher scheme = SCHEME.matcher(compact);
        return !scheme.find() || ALLOWED.contains(scheme.group(1).toLowerCase(Locale.ROOT));
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
