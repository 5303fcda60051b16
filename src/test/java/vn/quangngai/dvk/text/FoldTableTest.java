package vn.quangngai.dvk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Vietnamese#fold} works from a table of what each character folds to; its definition is
 * folding the whole decomposed text at once. Both must agree on every code point and on mixed text.
 */
class FoldTableTest {

    /** The definition: decompose the whole text, drop marks, lower case, đ as d, other runs as one space. */
    private static String wholeText(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
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

    @Test
    void everyCodePointBetweenLettersFoldsAsTheWholeTextDoes() {
        List<String> differences = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String text = "a" + Character.toString(cp) + "b";
            if (!Vietnamese.fold(text).equals(wholeText(text))) {
                differences.add(String.format("U+%04X", cp));
            }
        }
        assertThat(differences).isEmpty();
    }

    /** The definition of a slug before it was built on fold: strip marks, lower case, dashes for the rest. */
    private static String regexSlug(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
        return stripped.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    @Test
    void aSlugIsTheFoldedTextWithDashesForEveryCodePoint() {
        List<String> differences = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            for (String text : new String[] {"a" + Character.toString(cp) + "b", Character.toString(cp) + "Đức Phổ" + Character.toString(cp)}) {
                if (!Vietnamese.slug(text).equals(regexSlug(text))) {
                    differences.add(String.format("U+%04X", cp));
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(Vietnamese.slug("  Mô hình “4 xin, 4 luôn” — Sở Y tế! ")).isEqualTo("mo-hinh-4-xin-4-luon-so-y-te");
    }

    @Test
    void mixedTextWithMarksSurrogatesAndLoneHalvesFoldsAsTheWholeTextDoes() {
        String[] pieces = {"Đức Phổ", "ĐỨC", "hồ sơ", " ", ", ", "\u0301", "e\u0302\u0301", "ǅ", "ﬁ", "½", "😀", "\uD800", "\uDC00",
            "ⅷ", "İ", "ß", "Ω", "—", "\t\n", "123", "Quảng Ngãi", "ᄀ", "가", "\u00A0"};
        Random random = new Random(2023);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int k = 0; k < length; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(Vietnamese.fold(text.toString())).as(text.toString()).isEqualTo(wholeText(text.toString()));
        }
        assertThat(Vietnamese.fold("  Thị xã ĐỨC PHỔ, Quảng Ngãi!  ")).isEqualTo("thi xa duc pho quang ngai");
    }
}
