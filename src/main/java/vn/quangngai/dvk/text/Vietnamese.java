package vn.quangngai.dvk.text;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Vietnamese text rules used everywhere a string is read, compared, slugged or searched. */
public final class Vietnamese {

    public static final Locale LOCALE = Locale.forLanguageTag("vi-VN");

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private Vietnamese() {
    }

    /** Input from macOS, some keyboards and PDF copy-paste arrives in NFD; everything we keep is NFC. */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Whether {@code text} is in NFC. Vietnamese text in NFC is made of characters that are NFC
     * whatever stands around them ({@link #alwaysNfc}): those are checked in one pass, and only
     * text with any other character goes through the JDK's normalizer, whose check costs far more
     * than that pass and would run on every text of a build.
     */
    public static boolean isNfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!alwaysNfc(text.charAt(i))) {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC);
            }
        }
        return true;
    }

    /**
     * Characters that are their own NFC and never combine with a neighbour (Unicode's NFC quick
     * check "yes", combining class 0): everything below the combining marks (U+0300), which
     * holds ASCII and the Vietnamese letters ă â đ ê ô ơ ư with their Latin-1 tones; the
     * Vietnamese letters with two marks or a dot below (U+1EA0–U+1EF9); and the dashes, quotes
     * and ellipsis of U+2010–U+2027. A text of these only is NFC (UAX #15, quick check).
     */
    static boolean alwaysNfc(char c) {
        return c < 0x300 || c >= 0x1EA0 && c <= 0x1EF9 || c >= 0x2010 && c <= 0x2027;
    }

    /** Removes tone and vowel marks and folds đ to d, keeping case: {@code Đức Phổ} → {@code Duc Pho}. */
    public static String stripMarks(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    }

    /**
     * An ASCII URL slug: {@code Đức Phổ} → {@code duc-pho}. Empty when nothing alphanumeric remains.
     * It is the {@link #fold folded} text with dashes for spaces: both decompose first, drop the
     * marks and keep only a–z and 0–9.
     */
    public static String slug(String text) {
        return fold(text).replace(' ', '-');
    }

    /**
     * The form search compares: no marks, đ as d, lower case, runs of anything else as one space.
     * The search index folds every word of every story, so this is one pass over the text with a
     * table of what each character folds to, learnt on first sight from {@link #foldOne}; the
     * result is exactly that of folding the whole decomposed text at once (canonical decomposition
     * works character by character, and the marks it reorders are dropped).
     */
    public static String fold(String text) {
        return new Folding(text.length()).add(text, 0, text.length()).toString();
    }

    /**
     * Folds text piece by piece into one result, exactly as {@link #fold} folds the pieces
     * written one after the other ({@link #separate} standing for a space between them): for the
     * words of a document without making its whole text first.
     */
    public static final class Folding {

        private char[] out; // a plain array: appending to a StringBuilder was half of folding's samples under C1
        private int length;
        private boolean space;

        public Folding(int capacity) {
            out = new char[Math.max(16, capacity)];
        }

        /** Folds {@code text[start, end)} after what came before. */
        public Folding add(String text, int start, int end) {
            for (int i = start; i < end; ) {
                char c = text.charAt(i);
                String pattern;
                char folded;
                if (Character.isSurrogate(c)) {
                    boolean paired = Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1));
                    int cp = paired ? Character.toCodePoint(c, text.charAt(i + 1)) : c; // unpaired: what codePointAt gives for it
                    i += paired ? 2 : 1;
                    pattern = supplementary(cp);
                    folded = pattern.length() == 1 ? pattern.charAt(0) : COMPLEX;
                } else {
                    i++;
                    folded = FOLDED[c];
                    if (folded == UNKNOWN) {
                        folded = learn(c);
                    }
                    pattern = folded == COMPLEX ? foldOne(c) : null;
                }
                if (folded == NOTHING) {
                    continue;
                }
                if (folded != COMPLEX) {
                    append(folded);
                } else {
                    for (int k = 0; k < pattern.length(); k++) {
                        append(pattern.charAt(k));
                    }
                }
            }
            return this;
        }

        /** A separator, as a space would be. */
        public Folding separate() {
            space = true;
            return this;
        }

        /** Appends a folded letter or digit, or notes a separator (' '). */
        private void append(char folded) {
            if (folded == ' ') {
                space = true;
                return;
            }
            if (length + 2 > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            if (space && length > 0) {
                out[length++] = ' ';
            }
            out[length++] = folded;
            space = false;
        }

        @Override
        public String toString() {
            return new String(out, 0, length);
        }
    }

    /** Table values besides a folded letter, digit or ' ': not seen yet, folds to nothing, folds to several. */
    private static final char UNKNOWN = '\uFFFF';
    private static final char NOTHING = '\u0000';
    private static final char COMPLEX = '\uFFFE';
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];
    private static final Map<Integer, String> SUPPLEMENTARY = new ConcurrentHashMap<>();

    static {
        Arrays.fill(FOLDED, UNKNOWN);
    }

    /** Racing threads compute the same value; a char is written whole. */
    private static char learn(char c) {
        String pattern = foldOne(c);
        char folded = pattern.isEmpty() ? NOTHING : pattern.length() == 1 ? pattern.charAt(0) : COMPLEX;
        FOLDED[c] = folded;
        return folded;
    }

    private static String supplementary(int cp) {
        return SUPPLEMENTARY.computeIfAbsent(cp, Vietnamese::foldOne);
    }

    /**
     * What one code point folds to, with ' ' for each separator: its canonical decomposition
     * without marks, lower case, đ as d; anything but a–z and 0–9 separates words.
     */
    static String foldOne(int codePoint) {
        String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(2);
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            int lower = c == 'đ' || c == 'Đ' ? 'd' : Character.toLowerCase(c);
            boolean kept = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9');
            out.append(kept ? (char) lower : ' ');
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
