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
}
