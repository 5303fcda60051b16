package vn.quangngai.dvk.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.edit.StoryText.Picture;

/** The story's list of photos in the form: every photo shown and written back, in the order the form gives. */
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
        assertThat(form.photos()).containsExactly(new Picture("anh/bep.jpg", "Bếp ăn của bệnh viện", "Bữa trưa cho người bệnh", "Nguyễn Văn A"),
                new Picture("anh/com.jpg", "Suất cơm", null, null));
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
    void photosAddedReorderedAndRemovedInTheFormAreWrittenInTheFormsOrder() {
        StoryForm opened = StoryForm.of("bep-an", TWO_PHOTOS);
        // the first photo removed, the second described again and moved first, a new one added after it
        List<Picture> photos = List.of(new Picture("anh/com.jpg", " Suất cơm  nóng ", " ", ""),
                new Picture("anh/bep-an-1a2b3c4d.jpg", "", "Bếp mới\u00a0xây", "Trần Thị B"));
        StoryForm changed = new StoryForm(opened.slug(), opened.title(), opened.date(), opened.asOf(), opened.agency(), opened.districts(),
                opened.communes(), opened.fields(), opened.summary(), opened.figures(), photos, opened.body(), false);
        assertThat(changed.photos()).containsExactly(new Picture("anh/com.jpg", "Suất cơm nóng", null, null),
                new Picture("anh/bep-an-1a2b3c4d.jpg", "", "Bếp mới xây", "Trần Thị B"));
        assertThat(changed.toText()).contains("""
                images:
                  - src: anh/com.jpg
                    alt: "Suất cơm nóng"
                  - src: anh/bep-an-1a2b3c4d.jpg
                    alt: ""
                    caption: "Bếp mới xây"
                    credit: "Trần Thị B"
                ---
                """).doesNotContain("anh/bep.jpg", "Nguyễn Văn A");
    }

    @Test
    void aPhotoWithoutAFileNameIsDroppedAndNoPhotosWriteNoList() {
        StoryForm form = new StoryForm("moi", "Mới", "", "", "so-y-te", List.of(), List.of(), List.of(), "", List.of(),
                java.util.Arrays.asList(new Picture(" ", "Ảnh", null, null), null), "", true);
        assertThat(form.photos()).isEmpty();
        assertThat(form.toText()).doesNotContain("images");
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
        assertThat(form.photos()).containsExactly(new Picture("anh/cu.jpg", "Ảnh cũ", null, null));
        assertThat(form.toText()).contains("images:\n  - src: anh/cu.jpg\n    alt: \"Ảnh cũ\"\n").doesNotContain("image_alt");
    }
}
