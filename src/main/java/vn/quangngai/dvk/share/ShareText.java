package vn.quangngai.dvk.share;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Titles as a shared link shows them: Facebook and Zalo cut a long one wherever they like. */
public final class ShareText {

    /** The longest {@code og:title} we write, in characters: about what share previews show. */
    public static final int MAX_TITLE = 90;
    /** A cut at a clause boundary is preferred when it keeps at least this much of the title. */
    private static final int MIN_CLAUSE = 45;

    private ShareText() {
    }

    /**
     * The title itself when it has at most {@link #MAX_TITLE} characters; otherwise its beginning
     * up to the last clause boundary (";", ":", ",", " - ", "–") that keeps it readable, or else
     * up to the last whole word, without a dangling preposition or conjunction, followed by "…"
     * (and a closing quote when one is left open). Never cuts inside a word.
     */
    public static String ogTitle(String title) {
        String text = title.strip().replaceAll("\\s+", " ");
        if (text.codePointCount(0, text.length()) <= MAX_TITLE) {
            return text;
        }
        int limit = text.offsetByCodePoints(0, MAX_TITLE - 2); // room for "…" and a closing quote
        String head = text.substring(0, limit);
        int clause = -1;
        for (String mark : new String[] {"; ", ": ", ", ", " - ", " – ", " — "}) {
            clause = Math.max(clause, head.lastIndexOf(mark));
        }
        int cut;
        if (clause >= MIN_CLAUSE) {
            cut = clause;
        } else if (Character.isWhitespace(text.charAt(limit))) {
            cut = limit;
        } else {
            cut = head.lastIndexOf(' ');
            if (cut <= 0) {
                cut = limit;
            }
        }
        String head2 = trimEnd(dropDangling(text.substring(0, cut)));
        return head2 + "…" + (count(head2, '“') > count(head2, '”') ? "”" : "");
    }

    /**
     * Words that cannot end a shortened title: prepositions, conjunctions, determiners. One of
     * them before the last word also means that word may be half of a compound ("của tổ" from
     * "của tổ chức"), so both go.
     */
    private static final Set<String> DANGLING = Set.of("của", "và", "với", "bằng", "cho", "đến", "tới", "trong", "trên", "tại",
            "để", "nhằm", "theo", "về", "các", "những", "một", "là", "có", "từ", "ở", "hoặc", "sang", "vào", "đối", "gắn", "do",
            "qua", "khi", "thì", "mà", "nhưng", "hay", "được", "bị");

    private static String dropDangling(String text) {
        List<String> words = new ArrayList<>(List.of(trimEnd(text).split(" ")));
        boolean changed = true;
        while (changed && words.size() > 2) {
            changed = false;
            String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
            String before = words.get(words.size() - 2).toLowerCase(Locale.ROOT);
            if (DANGLING.contains(trimEnd(last))) {
                words.remove(words.size() - 1);
                changed = true;
            } else if (DANGLING.contains(before) && words.size() > 3) {
                words.remove(words.size() - 1);
                words.remove(words.size() - 1);
                changed = true;
            }
        }
        return String.join(" ", words);
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    /** The text without the spaces and the punctuation that would dangle before "…". */
    static String trimEnd(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || ",;:-–—(“\"".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end);
    }
}
