package vn.quangngai.dvk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.serve.Preview;
import vn.quangngai.dvk.testing.Chromium;
import vn.quangngai.dvk.testing.TestSite;

/**
 * The open preview page follows each save in a real browser: its body is replaced in place (the
 * reader's scroll and the page's state kept, no stylesheet fetched again), a failed build shows
 * its problems over the last good page, and a page that runs scripts of its own is reloaded.
 */
@ExtendWith(Chromium.Required.class)
class LiveReloadInBrowserTest {

    private static final String HEADER_COLOUR = "return getComputedStyle(document.body.querySelector('header')).backgroundColor";

    @TempDir
    Path root;

    private static void save(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not in 30 s: " + what);
            }
            Thread.sleep(50);
        }
    }

    private static boolean says(Chromium chromium, String text) {
        try {
            return Boolean.TRUE.equals(chromium.js("return !!document.body && document.body.innerText.includes(arguments[0])", text));
        } catch (RuntimeException reloading) {
            return false;
        }
    }

    @Test
    void aSaveReplacesTheBodyInPlaceAFailureIsShownAndAScriptedPageReloads() throws Exception {
        String story = TestSite.story("Một cửa tại nhà", "so-y-te") + "\n" + "Đoạn văn dài để cuộn trang. ".repeat(400) + "\n";
        Path source = TestSite.write(root.resolve("src"), "-- content/mo-hinh/mot-cua.md --\n" + story);
        Path file = source.resolve("content/mo-hinh/mot-cua.md");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try (Preview preview = Preview.start(source, root.resolve("site"), 0, UnaryOperator.identity(), quiet, quiet);
             Chromium chromium = Chromium.start()) {
            chromium.open(preview.url() + "mo-hinh/mot-cua/", 360);
            await("the page", () -> says(chromium, "Một cửa tại nhà"));
            Thread.sleep(500); // the reload script connects once the page has loaded
            chromium.js("window.scrollTo(0, 1500); window.dvkMark = 'trang cũ';");
            Object headerColour = chromium.js(HEADER_COLOUR);
            assertThat(headerColour).as("the site's header colour").isNotEqualTo("rgba(0, 0, 0, 0)");

            save(file, story.replace("title: \"Một cửa tại nhà\"", "title: \"Một cửa tại nhà, sửa lần một\"")
                    + "\nCâu mới của lần lưu thứ nhất.\n");
            await("the first save", () -> says(chromium, "Câu mới của lần lưu thứ nhất."));
            assertThat(chromium.js("return window.dvkMark")).as("no reload: the page's state is kept").isEqualTo("trang cũ");
            assertThat(((Number) chromium.js("return window.scrollY")).intValue()).as("the reader's place").isGreaterThan(1000);
            assertThat(chromium.title()).startsWith("Một cửa tại nhà, sửa lần một");
            assertThat(chromium.js("return document.querySelectorAll('h1').length")).isEqualTo(1L);
            assertThat(chromium.js(HEADER_COLOUR)).as("the stylesheet still applies").isEqualTo(headerColour);
            if (System.getProperty("dvk.screenshots") != null) {
                Files.write(Path.of(System.getProperty("dvk.screenshots"), "xem-truoc-sau-khi-luu-360.png"), chromium.screenshot(360));
            }

            save(file, story.replace("agency: so-y-te", "agency: so-khong-co"));
            await("the problems", () -> says(chromium, "so-khong-co"));
            assertThat(chromium.js("return document.querySelector('[role=alert]').innerText")).asString()
                    .contains("Chưa xuất bản được").contains("content/mo-hinh/mot-cua.md");
            assertThat(says(chromium, "Câu mới của lần lưu thứ nhất.")).as("the last good page stays").isTrue();

            save(file, story + "\nCâu mới của lần lưu thứ ba.\n");
            await("the fixed page", () -> says(chromium, "Câu mới của lần lưu thứ ba."));
            assertThat(chromium.js("return document.querySelectorAll('[role=alert]').length")).as("the problems gone").isEqualTo(0L);
            assertThat(chromium.js("return window.dvkMark")).isEqualTo("trang cũ");

            // the search page runs its own script: it is reloaded, so that the script runs on the new page
            chromium.open(preview.url() + "tim-kiem/", 360);
            await("the search page", () -> Boolean.TRUE.equals(chromium.js("return !!document.querySelector('input[type=search]')")));
            Thread.sleep(500);
            chromium.js("window.dvkMark = 'trang cũ';");
            save(file, story + "\nCâu mới của lần lưu thứ tư.\n");
            await("the reload", () -> {
                try {
                    return chromium.js("return window.dvkMark") == null;
                } catch (RuntimeException reloading) {
                    return false;
                }
            });
        }
    }
}
