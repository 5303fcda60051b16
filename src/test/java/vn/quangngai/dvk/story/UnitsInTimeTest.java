package vn.quangngai.dvk.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.data.RegistryReader;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.testing.TestSite;

/** A story names agencies, districts and communes that existed at the time it tells of, or is warned, with what they became. */
class UnitsInTimeTest {

    private static Registry registry;
    private Problems problems;

    @BeforeAll
    static void readProjectRegistry() {
        Problems problems = new Problems();
        registry = new RegistryReader(TestSite.PROJECT, problems).read();
        assertThat(problems.list()).isEmpty();
    }

    private Story read(String date, String agency, String... lines) {
        problems = new Problems();
        String text = "---\ntitle: A\ndate: " + date + "\nagency: " + agency + "\nfields: [y-te]\nsummary: S.\n"
                + String.join("\n", lines) + (lines.length == 0 ? "" : "\n") + "---\n## Mục\n\nNội dung.\n";
        return new EntryReader(registry, problems).readStory(text, "content/mo-hinh/a.md", "a");
    }

    @Test
    void aStoryOf2026NamingADissolvedDistrictIsWarnedWithTheCommunesItBecame() {
        Story story = read("2026-03-02", "so-y-te", "districts: [ba-to, minh-long]");
        assertThat(story).isNotNull();
        assertThat(problems.list()).hasSize(2).allSatisfy(p -> assertThat(p.isError()).isFalse());
        Problem minhLong = problems.list().get(1);
        assertThat(minhLong.toString()).startsWith("content/mo-hinh/a.md:7: cảnh báo: [districts[1]] Huyện Minh Long (minh-long) "
                + "chỉ tồn tại đến 30/6/2025, trước ngày của bài (02/3/2026).");
        assertThat(minhLong.hint()).startsWith("Nay là: Xã Minh Long (xa-minh-long), Xã Sơn Mai (xa-son-mai); "
                + "với bài mới, ghi communes: [xa-minh-long, xa-son-mai]");
    }

    @Test
    void aDissolvedCommuneAgencyIsWarnedWithItsSuccessorAndADistrictAgencyWithNoneRecorded() {
        read("2026-11-25", "ubnd-xa-hanh-dung");
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("agency");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).startsWith("Ủy ban nhân dân xã Hành Dũng, huyện Nghĩa Hành (ubnd-xa-hanh-dung) chỉ tồn tại đến 30/6/2025");
            assertThat(p.hint()).startsWith("Nay là: Xã Phước Giang (xa-phuoc-giang)");
        });
        read("2026-11-25", "phong-nong-nghiep-son-ha");
        assertThat(problems.list()).singleElement().satisfies(p -> assertThat(p.hint()).startsWith("Chưa ghi nhận tên hiện nay"));
    }

    @Test
    void aMergedDepartmentIsWarnedAfterTheMonthItEndedNotWithinIt() {
        read("2025-02-27", "so-lao-dong-thuong-binh-xa-hoi");
        assertThat(problems.list()).as("the sources give only the month").isEmpty();
        read("2025-03-01", "so-lao-dong-thuong-binh-xa-hoi");
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("chỉ tồn tại đến tháng 02/2025");
            assertThat(p.hint()).startsWith("Nay là: Sở Nội vụ tỉnh Quảng Ngãi (so-noi-vu), Sở Y tế tỉnh Quảng Ngãi (so-y-te); "
                    + "với bài mới, ghi agency: so-noi-vu.");
        });
    }

    @Test
    void aStoryThatTellsOfTheReportKeepsTheOldNamesWithoutAWarning() {
        Story story = read("2026-11-25", "ubnd-huyen-mo-duc", "as_of: 2023-08");
        assertThat(problems.list()).isEmpty();
        assertThat(story.asOf()).hasToString("2023-08");
        assertThat(story.districts()).containsExactly("mo-duc");
        read("2026-11-25", "ubnd-huyen-mo-duc", "as_of: tháng 8");
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.field()).isEqualTo("as_of");
            assertThat(p.hint()).contains("as_of: 2023-08");
        });
    }

    @Test
    void aNewStoryNamesCommunesAndIsNotProvinceWide() {
        Story story = read("2026-11-25", "so-nong-nghiep-moi-truong", "communes: [xa-phuoc-giang, dac-khu-ly-son]");
        assertThat(problems.list()).isEmpty();
        assertThat(story.communes()).containsExactly("xa-phuoc-giang", "dac-khu-ly-son");
        assertThat(story.districts()).isEmpty();
        assertThat(story.provinceWide()).isFalse();
    }

    @Test
    void anUnknownCommuneIsAnErrorWithASuggestionAndACommuneBeforeItExistedAWarning() {
        read("2026-11-25", "so-y-te", "communes: [Phước Giang]");
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.field()).isEqualTo("communes[0]");
            assertThat(p.hint()).startsWith("Có phải ý bạn là \"xa-phuoc-giang\" (Xã Phước Giang)?");
        });
        read("2023-06-30", "so-y-te", "communes: [xa-phuoc-giang]");
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("Xã Phước Giang (xa-phuoc-giang) chỉ có từ 01/7/2025, sau ngày của bài (30/6/2023)");
            assertThat(p.hint()).startsWith("Trước đó là: ").contains("Huyện Nghĩa Hành (nghia-hanh)").contains("(ubnd-xa-hanh-dung)");
        });
    }
}
