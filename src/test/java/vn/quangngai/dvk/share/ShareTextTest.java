package vn.quangngai.dvk.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.testing.ShippedStories;

class ShareTextTest {

    @Test
    void aTitleOfNinetyCharactersOrFewerIsKeptAsItIs() {
        assertThat(ShareText.ogTitle("4 xin, 4 luôn")).isEqualTo("4 xin, 4 luôn");
        String ninety = "Ưở".repeat(45);
        assertThat(ShareText.ogTitle(ninety)).isEqualTo(ninety);
    }

    @Test
    void aLongTitleIsCutAtAWordWithoutADanglingPrepositionOrHalfACompound() {
        String title = "Nâng cao hiệu quả hoạt động chứng thực trên địa bàn tỉnh nhằm đáp ứng tốt nhu cầu của tổ chức, cá nhân";
        assertThat(ShareText.ogTitle(title)).isEqualTo("Nâng cao hiệu quả hoạt động chứng thực trên địa bàn tỉnh nhằm đáp ứng tốt nhu cầu…");
        String fishing = "Phục vụ, hướng dẫn chủ tàu cá thực hiện nộp hồ sơ thủ tục liên quan đến tàu cá bằng phương thức gọi điện thoại";
        assertThat(ShareText.ogTitle(fishing)).isEqualTo("Phục vụ, hướng dẫn chủ tàu cá thực hiện nộp hồ sơ thủ tục liên quan đến tàu cá…");
    }

    @Test
    void aClauseBoundaryIsPreferredAndAnOpenQuoteIsClosed() {
        String clause = "Vận động nhân dân đổ rác, phế thải nông nghiệp đúng nơi quy định; xử lý nghiêm những trường hợp đổ đất thải";
        assertThat(ShareText.ogTitle(clause)).isEqualTo("Vận động nhân dân đổ rác, phế thải nông nghiệp đúng nơi quy định…");
        String quoted = "Sổ tay “Hỏi - đáp về công tác phòng, chống mua bán người và nội dung thực hiện thỏa thuận toàn cầu về di cư”";
        assertThat(ShareText.ogTitle(quoted)).endsWith("…”").startsWith("Sổ tay “Hỏi - đáp về công tác phòng");
    }

    @Test
    void everyShippedTitleSharesAtMostNinetyCharactersCutBetweenWords() throws IOException {
        for (ShippedStories.Entry story : ShippedStories.read()) {
            String title = story.front().get("title").asText();
            String shared = ShareText.ogTitle(title);
            assertThat(shared.codePointCount(0, shared.length())).as(title).isLessThanOrEqualTo(ShareText.MAX_TITLE);
            if (!shared.equals(title)) {
                String kept = shared.replaceAll("…”?$", "");
                assertThat(title).as(shared).startsWith(kept);
                assertThat(title.charAt(kept.length())).as(shared).matches(c -> " ,;:-–—".indexOf(c) >= 0);
            }
        }
    }
}
