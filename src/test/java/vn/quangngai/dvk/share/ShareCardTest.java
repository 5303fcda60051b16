package vn.quangngai.dvk.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.testing.ShippedStories;

class ShareCardTest {

    private static final String SITE = "Dân vận khéo — Mô hình tiêu biểu tỉnh Quảng Ngãi";
    private static final String CAMPAIGN = "Dân vận khéo";
    private static final String STACKED = "Ưở Ậ ỷ";

    @Test
    void theShippedFontsDrawEveryLetterOfEveryShippedTitleAndAgencyAndStackedToneMarks() throws IOException {
        StringBuilder text = new StringBuilder(STACKED + SITE + CAMPAIGN + "…“”–—");
        for (ShippedStories.Entry story : ShippedStories.read()) {
            text.append(story.front().get("title").asText());
        }
        text.append(new String(java.nio.file.Files.readAllBytes(vn.quangngai.dvk.testing.TestSite.PROJECT.resolve("data/co-quan.yaml")),
                java.nio.charset.StandardCharsets.UTF_8).replaceAll("[\\p{Cntrl}]", " "));
        for (Font font : new Font[] {CardFonts.BOLD, CardFonts.REGULAR}) {
            assertThat(font.getFamily()).isEqualTo("Noto Sans");
            assertThat(font.canDisplayUpTo(text.toString())).as(font.getFontName()).isEqualTo(-1);
        }
    }

    @Test
    void theTitleIsDrawnWithItsToneMarksAboveTheCapitals() {
        BufferedImage plain = new ShareCard(CAMPAIGN, SITE, "AU A y", null).draw();
        BufferedImage marked = new ShareCard(CAMPAIGN, SITE, "ẬU Ậ ỷ", null).draw();
        BufferedImage empty = new ShareCard(CAMPAIGN, SITE, " ", null).draw();
        // the title area is white without a title and has dark ink with one
        int titleInk = inkPixels(plain, 160, 600);
        assertThat(inkPixels(empty, 160, 600)).isZero();
        assertThat(titleInk).isGreaterThan(2_000);
        // the marks add ink where the plain letters have none: above the capitals and on ỷ
        assertThat(inkPixels(marked, 160, 600)).isGreaterThan(titleInk + 500);
        int differing = 0;
        for (int y = 160; y < 600; y++) {
            for (int x = 0; x < ShareCard.WIDTH; x++) {
                differing += plain.getRGB(x, y) != marked.getRGB(x, y) ? 1 : 0;
            }
        }
        assertThat(differing).isGreaterThan(400);
    }

    @Test
    void theCardIsA1200By630PngWithTheSameBytesEveryTime() throws IOException {
        ShareCard card = new ShareCard(CAMPAIGN, SITE, "Ưởng Ậ ỷ — 4 xin, 4 luôn", "Ủy ban nhân dân huyện Mộ Đức");
        byte[] png = card.png();
        assertThat(card.png()).isEqualTo(png);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(read.getWidth()).isEqualTo(1200);
        assertThat(read.getHeight()).isEqualTo(630);
        BufferedImage drawn = card.draw();
        // every pixel, read back by the JDK's own PNG reader: the encoder loses nothing
        assertThat(read.getRGB(0, 0, 1200, 630, null, 0, 1200)).isEqualTo(drawn.getRGB(0, 0, 1200, 630, null, 0, 1200));
        // the bytes depend on the pixels only: no chunk but the header, the data and the end
        assertThat(new String(png, 12, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("IHDR");
        assertThat(new String(png, 37, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("IDAT");
    }

    @Test
    void theNameChangesWithWhatTheCardShowsAndOnlyWithIt() {
        ShareCard card = new ShareCard(CAMPAIGN, SITE, "4 xin, 4 luôn", "Sở Y tế");
        assertThat(card.path()).matches("anh-chia-se/[0-9a-f]{16}\\.png")
                .isEqualTo(new ShareCard(CAMPAIGN, SITE, "4 xin, 4 luôn", "Sở Y tế").path())
                .isNotEqualTo(new ShareCard(CAMPAIGN, SITE, "4 xin, 4 luôn", null).path())
                .isNotEqualTo(new ShareCard(CAMPAIGN, SITE, "4 xin, 4 luôn", "Sở Tư pháp").path())
                .isNotEqualTo(new ShareCard(CAMPAIGN, "Trang khác", "4 xin, 4 luôn", "Sở Y tế").path());
    }

    @Test
    void aLongTitleShrinksThenKeepsFourLinesEndingWithAnEllipsis() {
        ShareCard.Title shortTitle = ShareCard.title("4 xin, 4 luôn", 400);
        String longTitle = "Phục vụ, hướng dẫn chủ tàu cá thực hiện nộp hồ sơ thủ tục liên quan đến tàu cá bằng phương thức gọi điện "
                + "thoại đến Trung tâm Phục vụ - Kiểm soát thủ tục hành chính tỉnh và đăng ký nhận kết quả giải quyết tại nhà";
        ShareCard.Title set = ShareCard.title(longTitle, 400);
        assertThat(set.size()).isLessThan(shortTitle.size());
        assertThat(set.lines()).hasSize(4);
        assertThat(set.lines().get(3)).endsWith(" …");
        assertThat(String.join(" ", set.lines()).replace(" …", "")).isSubstringOf(longTitle);
        for (String line : set.lines()) {
            assertThat(ShareCard.width(CardFonts.BOLD.deriveFont(set.size()), line)).isLessThanOrEqualTo(1200 - 2 * 64);
        }
    }

    /** Pixels of the title's ink colour or close to it (anti-aliased edges excluded) between two rows. */
    private static int inkPixels(BufferedImage image, int fromY, int toY) {
        int count = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                count += r < 80 && g < 80 && b < 80 ? 1 : 0;
            }
        }
        return count;
    }
}
