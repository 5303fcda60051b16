package vn.quangngai.dvk.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.edit.StoryText.Picture;

/** The form's one photo field and the story's list of photos: nothing the form does not show is lost. */
class StoryFormTest {

    private static final String TWO_PHOTOS = """
            ---
            title: "Bếp ăn tình thương"
            date: 2026-11-25
            agency: so-y-te
            summary: "Tóm tắt."
            images:
              - src: anh/bep.jpg
                alt: "Bếp ăn của bệnh viện"
                caption: "Bữa trưa cho người bệnh"
                credit: "Nguyễn Văn A"
              - src: anh/com.jpg
                alt: "Suất cơm"
            ---
            Nội dung.
            """;

    @Test
    void aStoryWithPhotosAddedInATextEditorKeepsEveryOneWhenSavedFromTheForm() {
        StoryForm form = StoryForm.of("bep-an", TWO_PHOTOS);
        assertThat(form.image()).isEqualTo("anh/bep.jpg");
        assertThat(form.imageAlt()).isEqualTo("Bếp ăn của bệnh viện");
        assertThat(form.toText()).contains("""
                images:
                  - src: anh/bep.jpg
                    alt: "Bếp ăn của bệnh viện"
                    caption: "Bữa trưa cho người bệnh"
                    credit: "Nguyễn Văn A"
                  - src: anh/com.jpg
                    alt: "Suất cơm"
                ---
                """).doesNotContain("image:", "image_alt:");
        // saved again, the same text
        assertThat(StoryForm.of("bep-an", form.toText()).toText()).isEqualTo(form.toText());
    }

    @Test
    void aNewPhotoChosenInTheFormTakesTheFirstPlaceWithoutTheCaptionOfTheOneItReplaces() {
        StoryForm opened = StoryForm.of("bep-an", TWO_PHOTOS);
        StoryForm changed = new StoryForm(opened.slug(), opened.title(), opened.date(), opened.asOf(), opened.agency(), opened.districts(),
                opened.communes(), opened.fields(), opened.summary(), opened.figures(), "anh/bep-an-1a2b3c4d.jpg", "Bếp mới",
                opened.photos(), opened.body(), false);
        assertThat(changed.images()).containsExactly(new Picture("anh/bep-an-1a2b3c4d.jpg", "Bếp mới", null, null),
                new Picture("anh/com.jpg", "Suất cơm", null, null));
    }

    @Test
    void aStoryFromBeforePhotosWereAListIsWrittenWithTheList() {
        StoryForm form = StoryForm.of("cu", """
                ---
                title: "Mô hình cũ"
                image: anh/cu.jpg
                image_alt: "Ảnh cũ"
                ---
                """);
        assertThat(form.images()).containsExactly(new Picture("anh/cu.jpg", "Ảnh cũ", null, null));
        assertThat(form.toText()).contains("images:\n  - src: anh/cu.jpg\n    alt: \"Ảnh cũ\"\n").doesNotContain("image_alt");
    }

    @Test
    void aFormPostedWithoutTheListStillWritesItsPhoto() {
        StoryForm form = new StoryForm("moi", "Mới", "", "", "so-y-te", List.of(), List.of(), List.of(), "", List.of(), "anh/moi.jpg", "Ảnh",
                null, "", true);
        assertThat(form.toText()).contains("images:\n  - src: anh/moi.jpg\n    alt: \"Ảnh\"\n");
    }
}
