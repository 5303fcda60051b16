package vn.quangngai.dvk.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.data.RegistryReader;
import vn.quangngai.dvk.edit.StoryText.Picture;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.testing.TestSite;

/** Each problem of a photo is shown at that photo in the form, not at the first one. */
class FormCheckTest {

    @Test
    void theSecondPhotosMissingDescriptionIsShownAtTheSecondPhoto() {
        Problems read = new Problems();
        Registry registry = new RegistryReader(TestSite.PROJECT, read).read();
        assertThat(read.list()).isEmpty();
        StoryForm form = new StoryForm("bep-an", "Bếp ăn tình thương", "2023-06-01", "", "so-y-te", List.of(), List.of(),
                List.of("van-hoa-cong-so"), "Tóm tắt.", List.of(),
                List.of(new Picture("anh/bep.jpg", "Bếp ăn", null, null), new Picture("anh/com.jpg", "", "Suất cơm", null)),
                "Nội dung.\n", true);
        List<FormCheck.FieldProblem> problems = FormCheck.check(form, registry);
        assertThat(problems).filteredOn(FormCheck.FieldProblem::error).extracting(FormCheck.FieldProblem::control)
                .containsExactly("image-1-alt");
    }

    @Test
    void photoFieldsGoToTheirPhotosControls() {
        assertThat(FormCheck.control("images[0].alt", 9, 20)).isEqualTo("image-0-alt");
        assertThat(FormCheck.control("images[12].caption", 9, 20)).isEqualTo("image-12-caption");
        assertThat(FormCheck.control("images[3].credit", 9, 20)).isEqualTo("image-3-credit");
        assertThat(FormCheck.control("images[2].src", 9, 20)).isEqualTo("image-2");
        assertThat(FormCheck.control("images[2]", 9, 20)).isEqualTo("image-2");
        assertThat(FormCheck.control("images", 9, 20)).isEqualTo("image");
        assertThat(FormCheck.control("images[1].width", 9, 20)).as("a key the form has no control for").isEqualTo("image");
        assertThat(FormCheck.control("image_alt", 9, 20)).isEqualTo("image");
        assertThat(FormCheck.control("as_of", 3, 20)).isEqualTo("date");
    }

    @Test
    void problemsAreSaidInTheFormsWordsNotTheFilesKeysOrIds() {
        Problems read = new Problems();
        Registry registry = new RegistryReader(TestSite.PROJECT, read).read();
        StoryForm blank = new StoryForm("", "", "", "", "", List.of(), List.of(), List.of(), "", List.of(new StoryForm.FigureRow("120", "")),
                List.of(new Picture("anh/x.jpg", "", null, null)), "", true);
        List<FormCheck.FieldProblem> problems = FormCheck.check(blank, registry);
        assertThat(problems).extracting(p -> p.control() + ": " + p.message() + " — " + p.hint()).contains(
                "title: ô “Tên mô hình” đang để trống. — Ghi tên mô hình đúng như trong báo cáo.",
                "summary: ô “Tóm tắt” đang để trống. — Viết một đoạn ngắn (một, hai câu) giới thiệu mô hình.",
                "figures: ô “Điều được đếm” đang để trống. — Con số đó đếm gì, ví dụ: \"hồ sơ được tiếp nhận\".",
                "agency: chưa điền ô “Cơ quan thực hiện”. — Gõ vài chữ của tên, có dấu hay không dấu, rồi chọn một dòng trong danh sách gợi ý.",
                "date: chưa điền ô “Ngày đăng”. — Chọn ngày trong ô Ngày đăng.",
                "fields: cần ít nhất một lĩnh vực. — Gõ vài chữ của tên, có dấu hay không dấu, rồi chọn một dòng trong danh sách gợi ý.",
                "body: bài chưa có nội dung. — Viết nội dung bài vào ô Nội dung.");
        assertThat(problems).filteredOn(p -> p.control().equals("image-0-alt")).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("ô “Mô tả ảnh” đang để trống.");
            assertThat(p.hint()).endsWith("ví dụ: \"Cán bộ xã trò chuyện với bà con\"");
        });
        // nothing the form never shows: no key of the file, no data file, no list of ids
        assertThat(problems).allSatisfy(p -> assertThat(p.message() + " " + p.hint())
                .doesNotContain("trường \"", "data/", "so-y-te", "alt:", "date:", "(fields)", "---"));

        StoryForm unknown = new StoryForm("x", "Tên", "2026-11-25", "", "Sở Y", List.of(), List.of(), List.of("van-hoa"), "Tóm tắt.", List.of(),
                List.of(), "Nội dung.\n", true);
        assertThat(FormCheck.check(unknown, registry)).extracting(p -> p.control() + ": " + p.message()).contains(
                "agency: không có cơ quan \"Sở Y\".", "fields: không có lĩnh vực \"van-hoa\".");
    }

    @Test
    void aMessageWithAKeyTheFormDoesNotShowIsLeftAsCheckSaysIt() {
        assertThat(FormCheck.inFormWords("status", "thiếu trường bắt buộc \"featured\".")).isEqualTo("thiếu trường bắt buộc \"featured\".");
        assertThat(FormCheck.formHint("status", "ví dụ: featured: 1")).isEqualTo("ví dụ: featured: 1");
    }
}
