package vn.quangngai.dvk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageBufferTest {

    private static byte[] bytes(ByteBuffer buffer) {
        return Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
    }

    /** Text in every way a template writes it, reused page after page: the bytes are those of String.getBytes. */
    @Test
    void encodesWhatWasWrittenAsGetBytesWouldPageAfterPage() {
        Random random = new Random(2023);
        String[] pieces = {"<p>", "Đức Phổ", "hồ sơ tàu cá", "\n", "😀", "\uD83D", "\uDE00", "&amp;", "ệ", "a", "\u0000", "“”"};
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1}) {
            PageBuffer buffer = new PageBuffer(charset);
            for (int page = 0; page < 40; page++) {
                buffer.reset();
                StringBuilder expected = new StringBuilder();
                int size = page % 10 == 9 ? 200_000 : random.nextInt(3_000); // some past the buffers' first size
                while (expected.length() < size) {
                    String piece = pieces[random.nextInt(pieces.length)];
                    switch (random.nextInt(5)) {
                        case 0 -> buffer.write(piece);
                        case 1 -> buffer.write(("xx" + piece).toCharArray(), 2, piece.length());
                        case 2 -> buffer.append(new StringBuilder(piece));
                        case 3 -> piece.chars().forEach(buffer::write);
                        default -> buffer.write("yy" + piece + "z", 2, piece.length());
                    }
                    expected.append(piece);
                }
                assertThat(buffer.toString()).isEqualTo(expected.toString());
                assertThat(bytes(buffer.encoded())).as("%s, page %d", charset, page).isEqualTo(expected.toString().getBytes(charset));
            }
        }
    }

    /** Any char at all, surrogates alone or in pairs, at any place, in UTF-8: the bytes of String.getBytes. */
    @Test
    void encodesAnyCharAsGetBytesWouldInUtf8() {
        Random random = new Random(7);
        PageBuffer buffer = new PageBuffer(StandardCharsets.UTF_8);
        for (int page = 0; page < 200; page++) {
            char[] text = new char[random.nextInt(2_000)];
            for (int i = 0; i < text.length; i++) {
                int kind = random.nextInt(4);
                text[i] = (char) (kind == 0 ? random.nextInt(0x80) : kind == 1 ? 0xD800 + random.nextInt(0x800) : random.nextInt(0x10000));
            }
            buffer.reset().write(text, 0, text.length);
            assertThat(bytes(buffer.encoded())).as("page %d", page).isEqualTo(new String(text).getBytes(StandardCharsets.UTF_8));
        }
    }
}
