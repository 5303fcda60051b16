package vn.quangngai.dvk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTest {

    private static final String NFD_DAN = Normalizer.normalize("Dân", Normalizer.Form.NFD);

    @Test
    void nfdAndNfcAreDifferentStringsUntilNormalised() {
        assertThat(NFD_DAN).isNotEqualTo("Dân");
        assertThat(Vietnamese.nfc(NFD_DAN)).isEqualTo("Dân");
    }

    @Test
    void slugDropsMarksAndFoldsDStroke() {
        assertThat(Vietnamese.slug("Đức Phổ")).isEqualTo("duc-pho");
        assertThat(Vietnamese.slug("Thị xã Đức Phổ")).isEqualTo("thi-xa-duc-pho");
        assertThat(Vietnamese.slug("“4 xin, 4 luôn”")).isEqualTo("4-xin-4-luon");
        assertThat(Vietnamese.slug("Sở Lao động - Thương binh và Xã hội")).isEqualTo("so-lao-dong-thuong-binh-va-xa-hoi");
        assertThat(Vietnamese.slug("  --Lý Sơn!-- ")).isEqualTo("ly-son");
        assertThat(Vietnamese.slug("“”")).isEmpty();
    }

    @Test
    void slugOfNfdTextEqualsSlugOfNfc() {
        assertThat(Vietnamese.slug(Normalizer.normalize("Nghĩa Hành", Normalizer.Form.NFD))).isEqualTo("nghia-hanh");
    }

    @Test
    void searchFoldIgnoresMarksCaseAndPunctuation() {
        assertThat(Vietnamese.fold("Thị xã ĐỨC PHỔ, Quảng Ngãi")).isEqualTo("thi xa duc pho quang ngai");
        assertThat(Vietnamese.fold("hồ sơ tàu cá")).isEqualTo("ho so tau ca");
    }

    /** Folding pieces one after the other, split anywhere (even inside a surrogate pair), is folding them joined by spaces. */
    @Test
    void foldingPiecesIsFoldingThemJoinedBySpaces() {
        String[] chars = {"a", "Ệ", "Đ", "ư", "\u0301", "e", "Z", "9", " ", ",", "\n", "\uD83D", "\uDE00", "\uD835\uDC00", "ß", "ﬁ"};
        java.util.Random random = new java.util.Random(2026);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k >= 0; k--) {
                text.append(chars[random.nextInt(chars.length)]);
            }
            String whole = text.toString();
            int cut = random.nextInt(whole.length() + 1);
            String joined = whole.substring(0, cut) + " " + whole.substring(cut);
            assertThat(new Vietnamese.Folding(8).add(whole, 0, cut).separate().add(whole, cut, whole.length()).toString())
                    .as("%s | %s", whole.substring(0, cut), whole.substring(cut)).isEqualTo(Vietnamese.fold(joined));
        }
    }

    @Test
    void vietnameseOrderTreatsDStrokeAndBreveAsLetters() {
        List<String> names = new ArrayList<>(List.of("Đức Phổ", "Dung", "Ân", "An", "Ăn", "Bình Sơn", "Ba Tơ", "Zê"));
        names.sort(Vietnamese.order());
        assertThat(names).containsExactly("An", "Ăn", "Ân", "Ba Tơ", "Bình Sơn", "Dung", "Đức Phổ", "Zê");
    }

    @Test
    void tonesAreSecondaryDifferences() {
        List<String> names = new ArrayList<>(List.of("mà", "mạ", "ma", "mả", "mã", "má", "mb"));
        names.sort(Vietnamese.order());
        assertThat(names.get(names.size() - 1)).isEqualTo("mb");
        assertThat(names.get(0)).isEqualTo("ma");
    }

    @Test
    void orderEndsOnATieBreakerSoDistinctStringsNeverCompareEqual() {
        assertThat(Vietnamese.order().compare("Dân", "dân")).isNotZero();
    }

    @Test
    void thisRuntimeHasVietnameseCollation() {
        // Without jdk.localedata the JDK silently falls back to root order; collator() refuses that.
        assertThat(Vietnamese.collator().compare("Đà", "Dz")).isPositive();
    }

    /**
     * The quick check's claim, against the JDK: every character it passes is NFC alone and next
     * to any other it passes (composition and reordering act on pairs), so any text of them is.
     */
    @Test
    void charactersTheQuickCheckPassesAreNfcAloneAndInEveryPair() {
        StringBuilder passed = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Vietnamese.alwaysNfc(c)) {
                passed.append(c);
            }
        }
        assertThat(passed.length()).isGreaterThan(800);
        char[] pair = new char[2];
        for (int i = 0; i < passed.length(); i++) {
            pair[0] = passed.charAt(i);
            assertThat(Normalizer.isNormalized(String.valueOf(pair[0]), Normalizer.Form.NFC)).as("U+%04X", (int) pair[0]).isTrue();
            for (int k = 0; k < passed.length(); k++) {
                pair[1] = passed.charAt(k);
                if (!Normalizer.isNormalized(new String(pair), Normalizer.Form.NFC)) {
                    throw new AssertionError(String.format("U+%04X U+%04X is not NFC", (int) pair[0], (int) pair[1]));
                }
            }
        }
    }

    /** Text in NFC, in NFD, half and half, with marks of other scripts: the answer is always the JDK's. */
    @Test
    void isNfcAgreesWithTheJdk() {
        java.util.Random random = new java.util.Random(11);
        String[] pieces = {"Đức Phổ", NFD_DAN, "a\u0301", "\u0301", "ế", "e\u0302\u0301", "\u1E9B\u0323", "한", "\u1100\u1161",
            "“4 xin”", "\u212B", "x", "\n", "\u0344", "ộ", "o\u0323\u0302", "o\u0302\u0323", "\u2026"};
        int notNfc = 0;
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            boolean jdk = Normalizer.isNormalized(text, Normalizer.Form.NFC);
            assertThat(Vietnamese.isNfc(text.toString())).as("%s", text).isEqualTo(jdk);
            notNfc += jdk ? 0 : 1;
        }
        assertThat(notNfc).isBetween(500, 2_900);
    }
}
