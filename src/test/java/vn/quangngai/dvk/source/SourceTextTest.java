package vn.quangngai.dvk.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.problem.InvalidSourceException;

class SourceTextTest {

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(middle, 0, all, a.length, middle.length);
        System.arraycopy(c, 0, all, a.length + middle.length, c.length);
        return all;
    }

    @Test
    void keepsTextAsWrittenInNfcWithoutMarkOrCarriageReturns() {
        assertThat(SourceText.decode("\uFEFFĐức Phổ\r\nhồ sơ\rtàu cá\n".getBytes(StandardCharsets.UTF_8), "a.md"))
                .isEqualTo("Đức Phổ\nhồ sơ\ntàu cá\n");
        String nfd = Normalizer.normalize("Quảng Ngãi", Normalizer.Form.NFD);
        assertThat(SourceText.decode(nfd.getBytes(StandardCharsets.UTF_8), "a.md")).isEqualTo("Quảng Ngãi");
        assertThat(SourceText.decode("ký tự thay thế \uFFFD viết thật".getBytes(StandardCharsets.UTF_8), "a.md"))
                .isEqualTo("ký tự thay thế \uFFFD viết thật");
    }

    @Test
    void everyKindOfBadUtf8IsAnErrorOnItsLine() {
        byte[][] bad = {
            bytes(0xE1, 0xBB),                  // cut short
            bytes(0xC0, 0x80),                  // overlong
            bytes(0xED, 0xA0, 0x80),            // a surrogate half
            bytes(0xF4, 0x90, 0x80, 0x80),      // past U+10FFFF
            bytes(0xFF),
            "Đ".getBytes(java.nio.charset.Charset.forName("windows-1258")),
        };
        for (byte[] middle : bad) {
            assertThatThrownBy(() -> SourceText.decode(concat("dòng một\ndòng hai ", middle, "\ndòng ba"), "a.md"))
                    .isInstanceOf(InvalidSourceException.class)
                    .satisfies(e -> assertThat(((InvalidSourceException) e).problems().get(0).line()).isEqualTo(2));
        }
    }
}
