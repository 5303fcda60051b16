package vn.quangngai.dvk.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.data.RegistryReader;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.story.EntryReader;
import vn.quangngai.dvk.testing.TestSite;

/** Each fixture is clipboard HTML as the program writes it (see src/test/resources/paste/README.md). */
class PasteCleanerTest {

    private static Registry registry;

    @BeforeAll
    static void registry() {
        registry = new RegistryReader(TestSite.PROJECT, new Problems()).read();
    }

    private static String fixture(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/paste", name), StandardCharsets.UTF_8);
    }

    /** The Markdown, as the body of a story, passes check with no warning: no run-on bullets, no code blocks, no boxes. */
    private static String clean(String markdown) {
        Problems problems = new Problems();
        String story = TestSite.story("A", "so-y-te").replaceFirst("(?s)\n---\n.*", "\n---\n") + markdown;
        assertThat(new EntryReader(registry, problems).readStory(story, "content/mo-hinh/a.md", "a")).isNotNull();
        assertThat(problems.list()).as(markdown).isEmpty();
        return markdown;
    }

    @Test
    void wordOnWindowsGivesRealListsWithoutItsStylesCommentsOrTrackedChanges() throws IOException {
        assertThat(clean(PasteCleaner.toMarkdown(fixture("word-windows.html")))).isEqualTo("""
                ## Mô hình “Bốn xin, bốn luôn”

                UBND huyện Mộ Đức triển khai mô hình từ năm 2021. Cán bộ tiếp dân **luôn** niềm nở, *luôn* lắng nghe.

                - Xin chào;
                - Xin lỗi;
                - Xin phép.

                Kết quả sau hai năm:

                1. Hơn 3.000 hồ sơ được giải quyết đúng hẹn;
                2. Không có đơn thư vượt cấp.
                """);
    }

    @Test
    void wordsConditionalCommentsNestedListsAndTypedSymbolBulletsBecomeOneList() throws IOException {
        assertThat(clean(PasteCleaner.toMarkdown(fixture("word-saved-conditional.html")))).isEqualTo("""
                **Các bước thực hiện**

                - Tiếp nhận hồ sơ qua điện thoại;
                    - gọi số đường dây nóng;
                - Trả kết quả tại nhà.
                - Dấu đầu dòng gõ tay bằng phông Symbol.
                - Dấu đầu dòng gõ tay.
                """);
    }

    @Test
    void googleDocsIsNotAllBoldAndItsStyledRunsKeepTheirEmphasis() throws IOException {
        assertThat(clean(PasteCleaner.toMarkdown(fixture("google-docs.html")))).isEqualTo("""
                ## Kết quả

                Người dân **hài lòng** với cách làm *“một cửa tại nhà”*.

                - Mục một
                - Mục hai

                1. Bước một
                2. Bước hai

                Xem thêm [trang của Sở](https://example.gov.vn/tin-tuc/mot-cua).
                """);
    }

    @Test
    void libreOfficeKeepsHeadingsListsAndATableWithItsFirstRowAsHeader() throws IOException {
        assertThat(clean(PasteCleaner.toMarkdown(fixture("libreoffice.html")))).isEqualTo("""
                ## Cách làm

                Tổ tư vấn **đến tận nhà** người có công, *không* để người dân đi lại nhiều lần.

                - Hướng dẫn hồ sơ;
                - Nhận kết quả tại nhà.

                1. Bước một
                2. Bước hai

                | Năm  | Hồ sơ |
                |------|-------|
                | 2022 | 1.200 |

                Số liệu theo báo cáo.
                """);
    }

    @Test
    void aWebPageKeepsItsLinkAndQuotationAndLeavesItsPictureAndButtonsBehind() throws IOException {
        assertThat(clean(PasteCleaner.toMarkdown(fixture("web-page.html")))).isEqualTo("""
                ## Quảng Ngãi: tư vấn việc làm cho học sinh

                **Năm 2022,** Trung tâm Dịch vụ việc làm tổ chức [phiên giao dịch việc làm](https://example.gov.vn/san-viec-lam) tại các trường.

                > Chúng em biết rõ hơn ngành mình sẽ học.
                """);
    }

    @Test
    void aWordListThatStartsLaterKeepsItsNumberAndNothingPastedIsNothing() {
        String html = "<p style='mso-list:l3 level1 lfo4'><span style='mso-list:Ignore'>3.<span>&nbsp;&nbsp; </span></span>Ba</p>"
                + "<p style='mso-list:l3 level1 lfo4'><span style='mso-list:Ignore'>4.<span>&nbsp;&nbsp; </span></span>Bốn</p>";
        assertThat(PasteCleaner.toMarkdown(html)).isEqualTo("3. Ba\n4. Bốn\n");
        assertThat(PasteCleaner.toMarkdown("<p><o:p>&nbsp;</o:p></p><!--[if gte mso 9]><xml></xml><![endif]-->")).isEmpty();
    }

    @Test
    void picturesScriptsAndTheirHandlersLeaveNothingBehind() {
        assertThat(PasteCleaner.toMarkdown("<p>Ảnh <img src=x onerror=alert(1)> và <img src='file:///C:/clip_image001.png'>"
                + "<script>alert(1)</script> hết.</p>")).isEqualTo("Ảnh và hết.\n");
    }

    @Test
    void aOneLineFieldLosesTheQuotesAroundItAndItsSpacingButKeepsQuotesInside() {
        assertThat(PasteCleaner.singleLine("  “Bốn xin,\u00A0\u00A0bốn luôn”\r\n")).isEqualTo("Bốn xin, bốn luôn");
        assertThat(PasteCleaner.singleLine("\"Vườn cây\"")).isEqualTo("Vườn cây");
        assertThat(PasteCleaner.singleLine("Sổ tay “Tài liệu tuyên truyền”")).isEqualTo("Sổ tay “Tài liệu tuyên truyền”");
        assertThat(PasteCleaner.singleLine("“Vườn cây” ở thôn, “Chuyển đổi”")).isEqualTo("“Vườn cây” ở thôn, “Chuyển đổi”");
        assertThat(PasteCleaner.singleLine("\uF0B7\tMô hình")).isEqualTo("Mô hình");
    }
}
