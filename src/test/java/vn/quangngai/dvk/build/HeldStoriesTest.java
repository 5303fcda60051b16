package vn.quangngai.dvk.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.testing.Pages;
import vn.quangngai.dvk.testing.TestSite;

/** Drafts and stories dated after the build day are read and checked, and never published. */
class HeldStoriesTest {

    @TempDir
    Path root;
    Path source;
    Path out;

    /** 23:30 on 9 December in UTC is already 10 December in the province (UTC+7). */
    private static final Clock TENTH_IN_THE_PROVINCE = Clock.fixed(Instant.parse("2026-12-09T17:30:00Z"), ZoneOffset.UTC);
    private static final Clock NINTH_IN_THE_PROVINCE = Clock.fixed(Instant.parse("2026-12-09T16:30:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void site() {
        source = TestSite.write(root.resolve("src"), """
                -- content/mo-hinh/da-dang.md --
                %s
                -- content/mo-hinh/ban-nhap.md --
                %s
                -- content/mo-hinh/len-lich.md --
                %s
                """.formatted(TestSite.story("Đã đăng", "so-y-te"),
                TestSite.story("Nhápmotbai", "so-y-te", "draft: true"),
                TestSite.story("Lịchhaibai", "ubnd-huyen-ly-son").replace("date: 2026-11-25", "date: 2026-12-10")));
        out = root.resolve("site");
    }

    @Test
    void aBuildLeavesDraftsAndScheduledStoriesOutOfEveryFileAndSaysWhich() throws IOException {
        BuildResult result = new SiteBuild(NINTH_IN_THE_PROVINCE).run(source, out);

        assertThat(result.stories()).isEqualTo(1);
        assertThat(result.notes()).containsExactly(
                "Bỏ qua 1 bản nháp (draft: true, không xuất bản): content/mo-hinh/ban-nhap.md.",
                "Lên lịch: content/mo-hinh/len-lich.md (\"Lịchhaibai\") sẽ xuất bản ngày 10/12/2026, "
                        + "khi trang được xuất bản lại vào ngày đó hoặc sau đó.");
        assertThat(out.resolve("mo-hinh/da-dang/index.html")).exists();
        assertThat(out.resolve("mo-hinh/ban-nhap")).doesNotExist();
        assertThat(out.resolve("mo-hinh/len-lich")).doesNotExist();
        for (String file : Pages.files(out)) {
            if (!file.endsWith(".gz")) {
                String text = new String(Files.readAllBytes(out.resolve(file)), StandardCharsets.UTF_8);
                assertThat(text).as(file).doesNotContain("ban-nhap", "len-lich", "Nhápmotbai", "Lịchhaibai", "nhapmotbai", "lichhaibai");
            }
        }
    }

    @Test
    void thePreviewShowsEachHeldStoryOnItsOwnPageWithABannerAndLinksToItFromNowhere() throws IOException {
        BuildResult result = SiteBuild.preview(NINTH_IN_THE_PROVINCE).run(source, out);

        assertThat(result.stories()).isEqualTo(1);
        org.jsoup.nodes.Document draft = org.jsoup.Jsoup.parse(out.resolve("mo-hinh/ban-nhap/index.html").toFile());
        assertThat(draft.select("article [role=note]").text()).startsWith("Bản nháp:").contains("draft: true");
        assertThat(draft.select("h1").text()).isEqualTo("Nhápmotbai");
        org.jsoup.nodes.Document scheduled = org.jsoup.Jsoup.parse(out.resolve("mo-hinh/len-lich/index.html").toFile());
        assertThat(scheduled.select("article [role=note]").text()).startsWith("Lên lịch:").contains("10/12/2026");
        org.jsoup.nodes.Document published = org.jsoup.Jsoup.parse(out.resolve("mo-hinh/da-dang/index.html").toFile());
        assertThat(published.select("[role=note]")).isEmpty();
        for (String file : Pages.files(out)) {
            if (!file.endsWith(".gz") && !file.startsWith("mo-hinh/ban-nhap/") && !file.startsWith("mo-hinh/len-lich/")) {
                String text = new String(Files.readAllBytes(out.resolve(file)), StandardCharsets.UTF_8);
                assertThat(text).as(file).doesNotContain("ban-nhap", "len-lich", "Nhápmotbai", "Lịchhaibai", "nhapmotbai", "lichhaibai");
            }
        }
    }

    @Test
    void aRebuildOnTheDayInTheProvincePublishesTheScheduledStory() {
        new SiteBuild(NINTH_IN_THE_PROVINCE).run(source, out);
        BuildResult result = new SiteBuild(TENTH_IN_THE_PROVINCE).run(source, out);

        assertThat(result.stories()).isEqualTo(2);
        assertThat(result.notes()).containsExactly("Bỏ qua 1 bản nháp (draft: true, không xuất bản): content/mo-hinh/ban-nhap.md.");
        assertThat(out.resolve("mo-hinh/len-lich/index.html")).exists();
        assertThat(out.resolve("mo-hinh/ban-nhap")).doesNotExist();
    }
}
