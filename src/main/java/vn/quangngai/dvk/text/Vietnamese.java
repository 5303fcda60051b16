package vn.quangngai.dvk.text;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text rules used everywhere a string is read, compared, slugged or searched. */
public final class Vietnamese {

    public static final Locale LOCALE = Locale.forLanguageTag("vi-VN");

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private Vietnamese() {
    }

    /** Input from macOS, some keyboards and PDF copy-paste arrives in NFD; everything we keep is NFC. */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Removes tone and vowel marks and folds đ to d, keeping case: {@code Đức Phổ} → {@code Duc Pho}. */
    public static String stripMarks(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    }

    /** An ASCII URL slug: {@code Đức Phổ} → {@code duc-pho}. Empty when nothing alphanumeric remains. */
    public static String slug(String text) {
        String ascii = stripMarks(text).toLowerCase(Locale.ROOT);
        return EDGE_DASHES.matcher(NOT_ALNUM.matcher(ascii).replaceAll("-")).replaceAll("");
    }

    /**
     * The form search compares: no marks, đ as d, lower case, runs of anything else as one space.
     * One pass over the decomposed text, no regular expression: the search index folds every
     * word of every story.
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            int lower = c == 'đ' || c == 'Đ' ? 'd' : Character.toLowerCase(c);
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append((char) lower);
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /**
     * Vietnamese alphabetical order (Ă, Â, Đ … are letters; tones are secondary differences),
     * ending on plain code-point order so that two distinct strings never compare equal.
     */
    public static Comparator<String> order() {
        Collator collator = collator();
        return (a, b) -> {
            int byCollator = collator.compare(a, b);
            return byCollator != 0 ? byCollator : a.compareTo(b);
        };
    }

    /**
     * The JDK's Vietnamese collator. Without the jdk.localedata module the JDK silently returns
     * the root collator, which sorts Đ after Z; we refuse to build in that case.
     */
    public static Collator collator() {
        Collator collator = Collator.getInstance(LOCALE);
        if (collator.compare("Đà", "Dz") <= 0) {
            throw new IllegalStateException(
                    "This Java runtime has no Vietnamese collation (module jdk.localedata is missing); "
                            + "use a full JDK 17 so that lists sort in Vietnamese order.");
        }
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }
}
