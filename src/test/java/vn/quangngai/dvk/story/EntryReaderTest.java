package vn.quangngai.dvk.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.data.RegistryReader;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.testing.TestSite;

class EntryReaderTest {

    private static Registry registry;

    @BeforeAll
    static void readProjectRegistry() {
        Problems problems = new Problems();
        registry = new RegistryReader(TestSite.PROJECT, problems).read();
        assertThat(problems.list()).isEmpty();
    }

    private Problems problems;

    private Story read(String text) {
        problems = new Problems();
        return new EntryReader(registry, problems).readStory(text, "content/mo-hinh/a.md", "a");
    }

    private Problem only() {
        assertThat(problems.list()).hasSize(1);
        return problems.list().get(0);
    }

    @Test
    void readsAFullStoryIntoARecord() {
        Story story = read("""
                ---
                title: "4 xin, 4 luôn"
                date: 2026-11-25
                as_of: 2023-08
                agency: ubnd-huyen-mo-duc
                fields: [van-hoa-cong-so]
                summary: Tóm tắt.
                figures:
                  - value: "Hơn 3.000"
                    label: hồ sơ
                ---
                Thân bài.
                """);
        assertThat(problems.list()).isEmpty();
        assertThat(story.title()).isEqualTo("4 xin, 4 luôn");
        assertThat(story.date()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(story.districts()).as("a local agency implies its district").containsExactly("mo-duc");
        assertThat(story.figures()).containsExactly(new Figure("Hơn 3.000", "hồ sơ"));
        assertThat(story.body()).isEqualTo("Thân bài.\n");
        assertThat(story.bodyLine()).isEqualTo(12);
    }

    @Test
    void inferredDistrictsAndAFeaturedPlaceAreRead() {
        Story story = read(TestSite.story("A", "so-y-te", "as_of: 2023-08", "districts: [ba-to, son-ha]", "districts_inferred: true", "featured: 2"));
        assertThat(problems.list()).isEmpty();
        assertThat(story.districts()).containsExactly("ba-to", "son-ha");
        assertThat(story.districtsInferred()).isTrue();
        assertThat(story.namedDistricts()).as("not districts the report names").isEmpty();
        assertThat(story.featured()).isEqualTo(2);
        Story plain = read(TestSite.story("B", "so-y-te", "as_of: 2023-08", "districts: [ba-to]"));
        assertThat(plain.namedDistricts()).containsExactly("ba-to");
        assertThat(plain.featured()).isZero();
    }

    @Test
    void aFeaturedPlaceThatIsNotANumberIsAnErrorThatSaysWhatItIsFor() {
        assertThat(read(TestSite.story("A", "so-y-te", "featured: đầu tiên"))).isNull();
        Problem p = only();
        assertThat(p.field()).isEqualTo("featured");
        assertThat(p.line()).isEqualTo(7);
        assertThat(p.message()).contains("đầu tiên").contains("1 đến 99");
        assertThat(p.hint()).contains("Mô hình tiêu biểu").contains("featured: 1");
    }

    @Test
    void districtsInferredMustBeTrueOrFalse() {
        assertThat(read(TestSite.story("A", "so-y-te", "as_of: 2023-08", "districts: [ba-to]", "districts_inferred: có"))).isNull();
        Problem p = only();
        assertThat(p.field()).isEqualTo("districts_inferred");
        assertThat(p.hint()).contains("districts_inferred: true");
    }

    @Test
    void aProvincialAgencyWithoutDistrictsIsProvinceWide() {
        Story story = read(TestSite.story("A", "so-y-te"));
        assertThat(story.provinceWide()).isTrue();
    }

    @Test
    void missingRequiredFieldNamesFieldAndLine() {
        read("---\ntitle: A\ndate: 2026-11-25\nfields: [y-te]\nsummary: s\n---\nNội dung.\n");
        Problem p = only();
        assertThat(p.field()).isEqualTo("agency");
        assertThat(p.line()).as("where the missing field goes: the closing ---").isEqualTo(6);
        assertThat(p.message()).contains("thiếu trường bắt buộc \"agency\"");
        assertThat(p.hint()).contains("data/co-quan.yaml");
    }

    @Test
    void emptyRequiredFieldIsReported() {
        Story story = read("---\ntitle: \"\"\ndate: 2026-11-25\nagency: so-y-te\nfields: [y-te]\nsummary: s\n---\nNội dung.\n");
        assertThat(story).isNull();
        assertThat(only().message()).contains("đang để trống");
        assertThat(only().line()).isEqualTo(2);
    }

    @Test
    void unknownAgencySuggestsTheNearestId() {
        read(TestSite.story("A", "so-yte"));
        Problem p = only();
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).contains("so-yte");
        assertThat(p.hint()).startsWith("Có phải ý bạn là \"so-y-te\"?");
    }

    @Test
    void unknownDistrictAndFieldAreReportedAtTheirListItem() {
        read(TestSite.story("A", "so-y-te", "districts:\n  - mo-duc\n  - duc-phoo").replace("fields: [van-hoa-cong-so]", "fields: [yte]"));
        assertThat(problems.list()).extracting(Problem::field).containsExactly("fields[0]", "districts[1]");
        assertThat(problems.list().get(1).hint()).contains("duc-pho");
    }

    @Test
    void aDateThatIsNotADate() {
        read(TestSite.story("A", "so-y-te").replace("2026-11-25", "2026-13-45"));
        assertThat(only().field()).isEqualTo("date");
        assertThat(only().hint()).contains("2026-11-25");
    }

    @Test
    void aNameOrCapitalsInsteadOfAnIdGetsTheId() {
        read(TestSite.story("A", "Sở Y tế"));
        assertThat(only().hint()).startsWith("Có phải ý bạn là \"so-y-te\"");
        read(TestSite.story("A", "so-y-te", "districts: [Mộ Đức]"));
        assertThat(only().hint()).startsWith("Có phải ý bạn là \"mo-duc\"");
    }

    @Test
    void aLevelOneHeadingInTheBodyAndAnEmptyBodyAreWarnings() {
        Story story = read(TestSite.story("A", "so-y-te").replace("## Mô hình là gì", "# Mô hình là gì"));
        assertThat(story).isNotNull();
        assertThat(only().isError()).isFalse();
        assertThat(only().line()).isEqualTo(8);
        read("---\ntitle: A\ndate: 2026-11-25\nagency: so-y-te\nfields: [y-te]\nsummary: s\n---\n");
        assertThat(only().message()).contains("chưa có nội dung");
    }

    @Test
    void aSingleDigitMonthOrDayIsAccepted() {
        assertThat(read(TestSite.story("A", "so-y-te").replace("2026-11-25", "2026-11-5")).date()).isEqualTo(LocalDate.of(2026, 11, 5));
    }

    @Test
    void aDayMonthYearDateIsUnambiguousAndAccepted() {
        Story story = read(TestSite.story("A", "so-y-te").replace("2026-11-25", "04/6/2020"));
        assertThat(story.date()).isEqualTo(LocalDate.of(2020, 6, 4));
    }

    @Test
    void aSingleStringWhereAListIsExpectedIsAListOfOne() {
        Story story = read(TestSite.story("A", "so-y-te", "districts: mo-duc"));
        assertThat(story.districts()).containsExactly("mo-duc");
    }

    @Test
    void aListWhereASingleValueIsExpectedIsAnError() {
        read(TestSite.story("A", "so-y-te").replace("agency: so-y-te", "agency: [so-y-te, so-tu-phap]"));
        assertThat(only().message()).contains("phải là một giá trị");
    }

    @Test
    void unknownKeyWarnsWithSuggestionButDoesNotFail() {
        Story story = read(TestSite.story("A", "so-y-te", "agnecy: so-y-te"));
        assertThat(story).isNotNull();
        assertThat(only().isError()).isFalse();
        assertThat(only().hint()).startsWith("Có phải ý bạn là \"agency\"?");
    }

    @Test
    void aDraftIsReadAndCheckedLikeAnyStoryAndMarkedAsADraft() {
        problems = new Problems();
        EntryReader reader = new EntryReader(registry, problems);
        EntryReader.StoryRead draft = reader.readStoryEntry(TestSite.story("A", "so-y-te", "draft: true"), "content/mo-hinh/a.md", "a");
        assertThat(problems.list()).isEmpty();
        assertThat(draft.draft()).isTrue();
        assertThat(draft.story().title()).isEqualTo("A");
        assertThat(reader.readStoryEntry(TestSite.story("A", "so-y-te", "draft: false"), "content/mo-hinh/a.md", "a").draft()).isFalse();

        assertThat(read(TestSite.story("A", "so-yte", "draft: true"))).as("a draft with a wrong agency is still an error").isNull();
        assertThat(only().field()).isEqualTo("agency");
    }

    @Test
    void aDraftValueOtherThanTrueOrFalseAndAStatusKeyAreErrorsNamingDraft() {
        assertThat(read(TestSite.story("A", "so-y-te", "draft: có"))).isNull();
        assertThat(only().field()).isEqualTo("draft");
        assertThat(only().message()).contains("draft chỉ nhận true").contains("\"có\"");

        assertThat(read(TestSite.story("A", "so-y-te", "status: draft"))).isNull();
        assertThat(only().field()).isEqualTo("status");
        assertThat(only().hint()).contains("draft: true");
    }

    @Test
    void aPageCannotBeADraft() {
        problems = new Problems();
        assertThat(new EntryReader(registry, problems).readPage("---\ntitle: \"T\"\ndate: 2026-11-25\nsummary: \"S.\"\ndraft: true\n---\nNội dung.\n",
                "content/gioi-thieu.md", "gioi-thieu")).isNull();
        assertThat(only().field()).isEqualTo("draft");
    }

    @Test
    void anUnknownTypeIsAnErrorNotASkippedFile() {
        assertThat(read(TestSite.story("A", "so-y-te", "type: post"))).isNull();
        assertThat(only().field()).isEqualTo("type");
        assertThat(read(TestSite.story("A", "so-y-te", "type: story"))).isNotNull();
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void anImageNeedsItsAltText() {
        read(TestSite.story("A", "so-y-te", "images:", "  - src: anh/a.jpg"));
        assertThat(only().field()).isEqualTo("images[0].alt");
        assertThat(only().line()).isEqualTo(8);
        assertThat(only().hint()).contains("alt: ");
    }

    @Test
    void photosAreListedInStaffOrderWithCaptionAndCredit() {
        Story story = read(TestSite.story("A", "so-y-te", "images:",
                "  - src: anh/b.jpg", "    alt: \"Bà con họp\"", "    caption: \"Buổi họp thôn\"", "    credit: \"Nguyễn Văn A\"",
                "  - src: anh/a.jpg", "    alt: \"Cán bộ\""));
        assertThat(problems.list()).isEmpty();
        assertThat(story.images()).containsExactly(
                new Image("anh/b.jpg", "Bà con họp", "Buổi họp thôn", "Nguyễn Văn A", 8),
                new Image("anh/a.jpg", "Cán bộ", null, null, 12));
        assertThat(read(TestSite.story("B", "so-y-te")).images()).as("a story without photos is fine").isEmpty();
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void theOldImageKeysAreAnErrorShowingTheLineToWrite() {
        assertThat(read(TestSite.story("A", "so-y-te", "image: anh/cau.jpg", "image_alt: \"Cây cầu mới\""))).isNull();
        assertThat(only().field()).isEqualTo("image");
        assertThat(only().line()).isEqualTo(7);
        assertThat(only().message()).contains("\"images\"");
        assertThat(only().hint()).endsWith("images: [{src: anh/cau.jpg, alt: \"Cây cầu mới\"}]");
    }

    @Test
    void aPhotoOutsideAssetsAnhIsAnError() {
        assertThat(read(TestSite.story("A", "so-y-te", "images: [{src: ../bi-mat.jpg, alt: x}]"))).isNull();
        assertThat(only().field()).isEqualTo("images[0].src");
        assertThat(only().hint()).contains("src: anh/ten-anh.jpg");
    }

    @Test
    void frontMatterNeverClosed() {
        read("---\ntitle: A\n\nThân bài không có dòng đóng.\n");
        assertThat(only().line()).isEqualTo(1);
        assertThat(only().message()).contains("không có dòng \"---\" đóng lại");
    }

    @Test
    void anEmptyFile() {
        read("");
        assertThat(only().message()).isEqualTo("tệp trống.");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        read("---\ntitle: A\ndate: mai\nagency: so-yte\nfields: [y-tee]\n---\nNội dung.\n");
        assertThat(problems.list()).extracting(Problem::field).containsExactlyInAnyOrder("date", "agency", "fields[0]", "summary");
    }

    @Test
    void pagesNeedTitleDateAndSummaryOnly() {
        problems = new Problems();
        Page page = new EntryReader(registry, problems).readPage("---\ntitle: Giới thiệu\ndate: 2026-11-25\nsummary: s\n---\nNội dung\n",
                "content/gioi-thieu.md", "gioi-thieu");
        assertThat(problems.list()).isEmpty();
        assertThat(page.slug()).isEqualTo("gioi-thieu");
        assertThat(List.of(page.title(), page.summary())).containsExactly("Giới thiệu", "s");
    }

    @Test
    void aBodyOverALimitIsAnErrorAtItsLineAndTheStoryIsNotPublished() {
        Story story = read(TestSite.story("A", "so-y-te").replace("Nội dung của A.", "_".repeat(2_500) + "a"));
        assertThat(story).isNull();
        assertThat(only().toString()).startsWith("content/mo-hinh/a.md:10: lỗi: [nội dung] dòng có 2500 ký tự");
    }

    @Test
    void aFrontMatterOverItsLimitIsRefusedBeforeItIsParsed() {
        Story story = read(TestSite.story("A", "so-y-te", "figures: [" + "\"x\", ".repeat(20_000) + "]"));
        assertThat(story).isNull();
        assertThat(only().toString()).startsWith("content/mo-hinh/a.md:1: lỗi: phần thông tin giữa hai dòng --- dài");
    }

    @Test
    void anUnsafeReferenceDefinitionAfterABlankLineIsReportedAtItsOwnLine() {
        read(TestSite.story("A", "so-y-te").replace("Nội dung của A.", "Xem [đây][x].\n\n[x]: javascript:alert(1)"));
        assertThat(only().line()).isEqualTo(12);
        assertThat(only().message()).contains("javascript:alert(1)");
    }
}
