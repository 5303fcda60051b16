package vn.quangngai.dvk.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.jsoup.nodes.Element;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.quangngai.dvk.build.BuildResult;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.image.SyntheticImages;
import vn.quangngai.dvk.testing.Pages;
import vn.quangngai.dvk.testing.Chromium;
import vn.quangngai.dvk.testing.TestSite;

/**
 * The editor of {@code serve} as a staff member uses it, in Debian's Chromium against the real
 * preview: the list and its filter, a story made from nothing through the form (registry pickers,
 * a figure row, a pasted Word list), saved as a draft, then ready, then published by {@code build};
 * a save refused when the file changed on disk; every screen without an axe violation.
 */
@ExtendWith(Chromium.Required.class)
class EditorInBrowserTest {

    private static final long WAIT_NANOS = 20_000_000_000L;
    private static final String SHIPPED = "content/mo-hinh/4-xin-4-luon.md";

    @TempDir
    static Path root;
    static Path source;
    static Preview preview;
    static Chromium chromium;
    static ChromeDriver driver;

    @BeforeAll
    static void serveAndOpenABrowser() throws IOException {
        source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/cho-phien-duc-pho.md --\n"
                + TestSite.story("Chợ phiên Đức Phổ", "ubnd-thi-xa-duc-pho")
                + "-- content/mo-hinh/bep-an.md --\n" + TestSite.story("Bếp ăn tình thương", "so-y-te"));
        Files.copy(TestSite.PROJECT.resolve(SHIPPED), source.resolve(SHIPPED));
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        preview = Preview.start(source, root.resolve("preview"), 0, UnaryOperator.identity(), quiet, quiet);
        chromium = Chromium.start();
        driver = chromium.driver();
    }

    @AfterAll
    static void close() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (preview != null) {
            preview.close();
        }
    }

    private static void await(String what, BooleanSupplier done) {
        long start = System.nanoTime();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime() - start).as("waited 20 s for: " + what).isLessThan(WAIT_NANOS);
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Object js(String script, Object... args) {
        return chromium.js(script, args);
    }

    private static List<String> visibleRows() {
        List<String> rows = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("#bang tbody tr"))) {
            if (row.isDisplayed()) {
                rows.add(row.getText());
            }
        }
        return rows;
    }

    private static void openList(int width) {
        chromium.open(preview.editorUrl(), width);
        await("the list of stories", () -> driver.findElements(By.cssSelector("#bang tbody tr")).size() >= 2);
    }

    private static void openNewForm(int width) {
        chromium.open(preview.editorUrl() + "moi/", width);
        await("the registry in the pickers", () -> ((Number) js("return document.querySelectorAll('#ds-agency option').length")).intValue() > 0);
    }

    private static List<String> axe() {
        List<String> violations = new ArrayList<>();
        for (JsonNode violation : chromium.axeViolations()) {
            for (JsonNode node : violation.path("nodes")) {
                violations.add(violation.path("id").asText() + ": " + violation.path("help").asText() + " at " + node.path("target"));
            }
        }
        return violations;
    }

    /** Clicks as a person does: the control scrolled into the middle of the screen first. */
    private static void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static void click(By by) {
        click(driver.findElement(by));
    }

    private static String status() {
        return driver.findElement(By.id("thong-bao")).getText();
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void theListShowsEveryStoryFiltersAsSearchFoldsAndHasNoAxeViolation(int width) {
        openList(width);
        // another test may have added a story by now
        assertThat(visibleRows()).hasSizeGreaterThanOrEqualTo(2)
                .anySatisfy(row -> assertThat(row).contains("Chợ phiên Đức Phổ").contains("25/11/2026").contains("Đã xuất bản"))
                .anySatisfy(row -> assertThat(row).contains("Bếp ăn tình thương"));
        WebElement filter = driver.findElement(By.id("loc"));
        filter.sendKeys("duc pho");
        await("the filter", () -> visibleRows().size() == 1);
        assertThat(visibleRows().get(0)).contains("Chợ phiên Đức Phổ");
        assertThat(driver.findElement(By.id("dem")).getText()).matches("Có 1 trong \\d+ mô hình khớp\\.");
        filter.clear();
        assertThat(axe()).as("axe on the list at %d px", width).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void theFormHasNoAxeViolation(int width) {
        openNewForm(width);
        assertThat(axe()).as("axe on the form at %d px", width).isEmpty();
        assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(width);
    }

    @Test
    void aStoryMadeThroughTheFormIsADraftUntilMarkedReadyAndThenBuildPublishesIt() throws IOException {
        openNewForm(1280);
        driver.findElement(By.id("title")).sendKeys("Tiếp dân qua điện thoại");
        await("the slug proposed from the title", () -> "tiep-dan-qua-dien-thoai".equals(driver.findElement(By.id("slug")).getAttribute("value")));
        driver.findElement(By.id("agency")).sendKeys("Sở Y tế tỉnh Quảng Ngãi");
        WebElement fields = driver.findElement(By.id("fields"));
        fields.sendKeys("y te"); // without accents, as staff often type
        click(fields.findElement(By.xpath("following-sibling::button")));
        await("the field chosen", () -> !driver.findElements(By.cssSelector("fieldset[data-key=fields] .chosen li")).isEmpty());
        driver.findElement(By.id("summary")).sendKeys("Người dân gọi điện để được hướng dẫn thủ tục.");
        click(By.id("them-so-lieu"));
        List<WebElement> figure = driver.findElements(By.cssSelector("#figures-rows li input"));
        figure.get(0).sendKeys("Hơn 300");
        figure.get(1).sendKeys("cuộc gọi được trả lời");

        // a Word list pasted into "Nội dung": the server turns it into Markdown
        String word = Files.readString(TestSite.PROJECT.resolve("src/test/resources/paste/word-windows.html"), StandardCharsets.UTF_8);
        WebElement body = driver.findElement(By.id("body"));
        body.sendKeys("## Mô hình là gì\n\n");
        js("const area = arguments[0]; const data = new DataTransfer();"
                + " data.setData('text/html', arguments[1]); data.setData('text/plain', 'chữ thường');"
                + " area.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));", body, word);
        await("the pasted Markdown", () -> status().startsWith("Đã dán"));
        String markdown = body.getAttribute("value");
        assertThat(markdown).startsWith("## Mô hình là gì").containsPattern("(?m)^- \\S").doesNotContain("mso-", "<", "\u00a0", "\uF0B7");

        // the side-by-side preview, rendered by the site's own templates before anything is saved
        await("the unsaved preview", () -> Boolean.TRUE.equals(js("const f = document.getElementById('xem-truoc');"
                + " const d = f.contentDocument; return !!d && !!d.querySelector('h1')"
                + " && d.querySelector('h1').textContent.includes('Tiếp dân qua điện thoại') && d.body.textContent.includes('Xin chào')")));
        assertThat(source.resolve("content/mo-hinh/tiep-dan-qua-dien-thoai.md")).doesNotExist();

        click(By.id("luu"));
        Path file = source.resolve("content/mo-hinh/tiep-dan-qua-dien-thoai.md");
        await("the draft saved", () -> Files.exists(file) && !status().isEmpty());
        String draft = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(draft).startsWith("---\ntitle: \"Tiếp dân qua điện thoại\"\n").contains("\nagency: so-y-te\n")
                .contains("\n  - value: \"Hơn 300\"\n    label: \"cuộc gọi được trả lời\"\n").contains("\ndraft: true\n")
                .doesNotContain("\r").endsWith("---\n" + markdown);
        BuildResult held = new SiteBuild().run(source, root.resolve("site-1"));
        assertThat(root.resolve("site-1/mo-hinh/tiep-dan-qua-dien-thoai/index.html")).doesNotExist();
        assertThat(String.join("\n", held.notes())).contains("tiep-dan-qua-dien-thoai");

        // the list says it is a draft; the story opens from there with what was saved
        openList(1280);
        assertThat(visibleRows()).anySatisfy(row -> assertThat(row).contains("Tiếp dân qua điện thoại").contains("Bản nháp"));
        click(By.linkText("Tiếp dân qua điện thoại"));
        await("the saved story in the form", () -> "Tiếp dân qua điện thoại".equals(driver.findElement(By.id("title")).getAttribute("value")));
        assertThat(driver.findElement(By.id("body")).getAttribute("value")).isEqualTo(markdown);
        click(By.id("status-ready"));
        click(By.id("luu"));
        await("the second save", () -> !TestSite.read(file).contains("draft: true"));
        new SiteBuild().run(source, root.resolve("site-2"));
        assertThat(Files.readString(root.resolve("site-2/mo-hinh/tiep-dan-qua-dien-thoai/index.html"), StandardCharsets.UTF_8))
                .contains("Tiếp dân qua điện thoại").contains("Hơn 300");
        assertThat(status()).startsWith("Đã lưu");
    }

    /**
     * What staff do with phone photos: choose two at once in the form on a phone-sized screen,
     * describe them, make the second the main photo, save; the published story shows them in that
     * order, the phone's turned photo upright, in every width up to the widest, and nothing the
     * phone wrote in them (GPS position, author, camera) is published.
     */
    @Test
    void phonePhotosChosenInTheFormArePublishedInTheFormsOrderUprightWithoutWhatThePhoneWroteInThem() throws IOException {
        Path turned = root.resolve("IMG_2034.JPG");
        Files.write(turned, SyntheticImages.phoneJpeg(SyntheticImages.photoLike(4032, 3024, 2034), 6));
        Path wide = root.resolve("IMG_2035.JPG");
        Files.write(wide, SyntheticImages.phoneJpeg(SyntheticImages.photoLike(2000, 1500, 2035), 1));
        openList(360);
        click(By.linkText("Bếp ăn tình thương"));
        await("the story in the form", () -> "Bếp ăn tình thương".equals(driver.findElement(By.id("title")).getAttribute("value")));
        assertThat(driver.findElement(By.id("anh-hien-tai")).getText()).isEqualTo("Chưa có ảnh.");
        driver.findElement(By.id("photo")).sendKeys(turned + "\n" + wide);
        await("both photos taken", () -> driver.findElement(By.id("anh-hien-tai")).getText().equals("Bài có 2 ảnh."));
        assertThat(driver.findElement(By.id("image-0")).getText()).matches("Ảnh chính: assets/anh/bep-an-[0-9a-f]{8}\\.jpg");
        String second = driver.findElement(By.id("image-1")).getText().replace("Ảnh 2: assets/", "");
        assertThat(status()).contains("Hãy ghi Mô tả ảnh");
        driver.findElement(By.id("image-0-alt")).sendKeys("Bữa cơm cho người bệnh");
        driver.findElement(By.id("image-1-caption")).sendKeys("Bếp mới của bệnh viện");
        // the second photo has no description yet: the check says so at that photo
        await("the missing description at the second photo",
                () -> driver.findElement(By.id("loi-image-1-alt")).getText().contains("ô “Mô tả ảnh” đang để trống"));
        assertThat(driver.findElement(By.id("image-1-alt")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(axe()).as("axe on the form with two photos at 360 px").isEmpty();
        driver.findElement(By.id("image-1-alt")).sendKeys("Bếp ăn nhìn từ cửa");
        click(By.xpath("//button[.='Làm ảnh chính']"));
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("focus follows the moved photo").isEqualTo("image-0");
        assertThat(driver.findElement(By.id("image-0")).getText()).isEqualTo("Ảnh chính: assets/" + second);
        assertThat(driver.findElement(By.id("image-0-alt")).getAttribute("value")).isEqualTo("Bếp ăn nhìn từ cửa");
        click(By.id("luu"));
        Path file = source.resolve("content/mo-hinh/bep-an.md");
        await("the photos saved with the story", () -> TestSite.read(file).contains("alt: \"Bữa cơm cho người bệnh\""));
        assertThat(TestSite.read(file)).containsPattern("\nimages:\n  - src: " + second.replace(".", "\\.")
                + "\n    alt: \"Bếp ăn nhìn từ cửa\"\n    caption: \"Bếp mới của bệnh viện\"\n"
                + "  - src: anh/bep-an-[0-9a-f]{8}\\.jpg\n    alt: \"Bữa cơm cho người bệnh\"\n");

        Path site = root.resolve("site-photo");
        new SiteBuild().run(source, site);
        List<Element> figures = Pages.page(site, "mo-hinh/bep-an/").select("article figure.photo");
        assertThat(figures).hasSize(2);
        Element main = figures.get(0).selectFirst("img");
        assertThat(main.attr("alt")).isEqualTo("Bếp ăn nhìn từ cửa");
        assertThat(figures.get(0).text()).contains("Bếp mới của bệnh viện");
        Element later = figures.get(1).selectFirst("img");
        assertThat(later.attr("alt")).isEqualTo("Bữa cơm cho người bệnh");
        // the widest variant, upright: 3024 × 4032 as the phone meant it, scaled to 1600 wide
        assertThat(later.attr("width")).isEqualTo("1600");
        assertThat(later.attr("height")).as("upright: portrait").isEqualTo("2133");
        for (Element img : List.of(main, later)) {
            for (String entry : img.attr("srcset").split(", ")) {
                Path published = site.resolve(entry.split(" ")[0].replace("../", ""));
                String bytes = new String(Files.readAllBytes(published), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(published.toString()).doesNotContain(SyntheticImages.ARTIST, SyntheticImages.MODEL, "Exif");
            }
        }

        // opened again, the form shows both, and removing one leaves the other as the main photo
        driver.navigate().refresh();
        await("the saved photos in the form", () -> driver.findElement(By.id("anh-hien-tai")).getText().equals("Bài có 2 ảnh."));
        // each shown as it will be published: the smallest width, the phone's turned photo upright
        await("both small copies shown", () -> "480x360 480x640".equals(js("return [...document.querySelectorAll('#ds-anh img')]"
                + ".map(i => i.naturalWidth + 'x' + i.naturalHeight).join(' ')")));
        click(By.xpath("//button[.='Bỏ ảnh chính']"));
        assertThat(driver.findElement(By.id("anh-hien-tai")).getText()).isEqualTo("Bài có 1 ảnh.");
        assertThat(driver.findElement(By.id("image-0-alt")).getAttribute("value")).isEqualTo("Bữa cơm cho người bệnh");
        assertThat(status()).contains("vẫn còn trên máy");
        click(By.id("luu"));
        await("the removal saved", () -> !TestSite.read(file).contains(second));
        assertThat(TestSite.read(file)).containsPattern("\nimages:\n  - src: anh/bep-an-[0-9a-f]{8}\\.jpg\n    alt: \"Bữa cơm cho người bệnh\"\n---");
        assertThat(source.resolve("assets").resolve(second)).as("the photo's file stays").exists();
    }

    /** A copy this browser autosaved before the form showed every photo (one image and its imageAlt) comes back as the list's first photo. */
    @Test
    void aCopyAutosavedInTheOldShapeIsRestoredWithItsPhotoInTheList() {
        chromium.open(preview.editorUrl() + "sua/bep-an/", 1280);
        await("the story in the form", () -> "Bếp ăn tình thương".equals(driver.findElement(By.id("title")).getAttribute("value")));
        String old = "{\"slug\":\"bep-an\",\"title\":\"Bếp ăn tình thương\",\"date\":\"2026-11-25\",\"agency\":\"so-y-te\","
                + "\"image\":\"anh/cu.jpg\",\"imageAlt\":\"Ảnh cũ\",\"photos\":[],\"body\":\"Nội dung.\",\"draft\":true}";
        js("localStorage.setItem('dvk-bien-tap:bep-an', JSON.stringify({at: new Date().toISOString(), form: arguments[0]}))", old);
        try {
            driver.navigate().refresh();
            await("the offer to restore", () -> driver.findElement(By.id("khoi-phuc")).isDisplayed());
            click(By.id("khoi-phuc-co"));
            assertThat(driver.findElement(By.id("anh-hien-tai")).getText()).isEqualTo("Bài có 1 ảnh.");
            assertThat(driver.findElement(By.id("image-0")).getText()).isEqualTo("Ảnh chính: assets/anh/cu.jpg");
            assertThat(driver.findElement(By.id("image-0-alt")).getAttribute("value")).isEqualTo("Ảnh cũ");
        } finally {
            js("localStorage.clear()");
        }
    }

    @Test
    void savingAStoryThatChangedOnDiskIsRefusedAndShowsBothVersions() throws IOException {
        chromium.open(preview.editorUrl() + "sua/bep-an/", 1280);
        await("the story in the form", () -> "Bếp ăn tình thương".equals(driver.findElement(By.id("title")).getAttribute("value")));
        Path file = source.resolve("content/mo-hinh/bep-an.md");
        String colleague = TestSite.story("Bếp ăn tình thương", "so-y-te").replace("Nội dung của", "Đồng nghiệp đã sửa nội dung của");
        Files.writeString(file, colleague, StandardCharsets.UTF_8);
        driver.findElement(By.id("summary")).sendKeys(" Thêm một câu.");
        click(By.id("luu"));
        await("the refusal", () -> driver.findElement(By.id("xung-dot")).isDisplayed());
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(colleague);
        assertThat(driver.findElement(By.id("ban-tren-dia")).getAttribute("value")).contains("Đồng nghiệp đã sửa");
        assertThat(driver.findElement(By.id("ban-cua-ban")).getAttribute("value")).contains("Thêm một câu.");
    }

    @Test
    void aShippedStoryOpenedAndSavedWithoutAChangeKeepsEveryByte() throws IOException {
        Path file = source.resolve(SHIPPED);
        byte[] before = Files.readAllBytes(file);
        String body = TestSite.read(file).split("\n---\n", 2)[1];
        chromium.open(preview.editorUrl() + "sua/4-xin-4-luon/", 1280);
        await("the story in the form", () -> !driver.findElement(By.id("title")).getAttribute("value").isEmpty());
        assertThat(driver.findElement(By.id("body")).getAttribute("value")).as("the body is in the form").isEqualTo(body);
        // a unit gone by the story's date is shown by its name, not its id
        assertThat(driver.findElement(By.id("agency")).getAttribute("value")).isEqualTo("Ủy ban nhân dân huyện Mộ Đức");
        assertThat(driver.findElement(By.cssSelector("fieldset[data-key=districts] .chosen li")).getText()).startsWith("Huyện Mộ Đức");
        js("window.dvkErrors = []; window.addEventListener('error', e => window.dvkErrors.push(e.message + ' ' + (e.error && e.error.stack)));"
                + " window.addEventListener('unhandledrejection', e => window.dvkErrors.push(String(e.reason && e.reason.stack)));");
        click(By.id("luu"));
        try {
            await("the save", () -> !status().isEmpty());
        } catch (AssertionError e) {
            throw new AssertionError("errors " + js("return window.dvkErrors") + "; problems: "
                    + js("return [...document.querySelectorAll('.problems')].map(p => p.id + '=' + p.textContent).filter(t => !t.endsWith('=')).join(' | ')"), e);
        }
        assertThat(status()).doesNotContain("lỗi");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
