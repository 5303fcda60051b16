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
}
