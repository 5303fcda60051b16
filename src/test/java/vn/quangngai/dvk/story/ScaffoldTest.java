package vn.quangngai.dvk.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.data.RegistryReader;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.testing.TestSite;

/** A new story offers only the districts and communes that existed on its date. */
class ScaffoldTest {

    private static Registry registry;

    @BeforeAll
    static void readProjectRegistry() {
        registry = new RegistryReader(TestSite.PROJECT, new Problems()).read();
    }

    @Test
    void aStoryOf2026IsOfferedTheCommunesNotThe2023Districts() {
        String text = Scaffold.story("A", registry.agency("so-y-te").orElseThrow(), LocalDate.of(2026, 12, 3), registry);
        assertThat(text).contains("#   xa-phuoc-giang — Xã Phước Giang", "#   dac-khu-ly-son — Đặc khu Lý Sơn", "as_of")
                .doesNotContain("#   mo-duc — Huyện Mộ Đức").doesNotContain("Lưu ý");
    }

    @Test
    void aStoryOf2023IsOfferedTheDistrictsNotTheCommunes() {
        String text = Scaffold.story("A", registry.agency("ubnd-xa-hanh-dung").orElseThrow(), LocalDate.of(2023, 8, 1), registry);
        assertThat(text).contains("#   mo-duc — Huyện Mộ Đức").doesNotContain("xa-phuoc-giang").doesNotContain("Lưu ý");
    }

    @Test
    void aDissolvedAgencyIsFlaggedWithWhatItBecame() {
        String text = Scaffold.story("A", registry.agency("ubnd-xa-hanh-dung").orElseThrow(), LocalDate.of(2026, 12, 3), registry);
        assertThat(text).contains("# Lưu ý: cơ quan này không còn vào ngày trên; nay là: Xã Phước Giang (xa-phuoc-giang).");
    }
}
