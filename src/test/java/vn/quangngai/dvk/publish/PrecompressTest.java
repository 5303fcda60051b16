package vn.quangngai.dvk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class PrecompressTest {

    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    @Test
    void everySizeRoundTripsThroughTheJdksGzipReader() throws IOException {
        Random random = new Random(2023);
        StringBuilder page = new StringBuilder();
        while (page.length() < 3_000_000) {
            page.append("<p>Mô hình “Dân vận khéo” ở Đức Phổ ").append(random.nextInt()).append("</p>\n");
        }
        byte[] noise = new byte[200_000];
        random.nextBytes(noise);
        for (byte[] data : new byte[][] {new byte[0], "a".getBytes(StandardCharsets.UTF_8), noise,
            page.toString().getBytes(StandardCharsets.UTF_8)}) {
            byte[] gzip = Precompress.gzip(data);
            assertThat(gunzip(gzip)).isEqualTo(data);
            assertThat(Precompress.gzip(data)).as("same bytes every time").isEqualTo(gzip);
            assertThat(gzip[4] | gzip[5] | gzip[6] | gzip[7]).as("no time stamp").isZero();
        }
        assertThat(Precompress.gzip(page.toString().getBytes(StandardCharsets.UTF_8)).length).isLessThan(page.length() / 4);
    }

    @Test
    void aSliceCompressesLikeACopyOfItWhateverTheThreadCompressedBefore() throws IOException {
        Random random = new Random(7);
        byte[] big = new byte[300_000];
        random.nextBytes(big);
        byte[] text = "<p>Người dân hài lòng với hồ sơ tàu cá</p>".repeat(50).getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[big.length + text.length + 10];
        System.arraycopy(big, 0, both, 0, big.length);
        System.arraycopy(text, 0, both, big.length + 5, text.length);
        // the thread's buffer grows for the big one, then holds the small one's shorter output
        for (int[] slice : new int[][] {{0, big.length}, {big.length + 5, text.length}, {3, 10}, {0, 0}}) {
            java.nio.ByteBuffer gzip = Precompress.gzip(both, slice[0], slice[1]);
            byte[] copy = java.util.Arrays.copyOfRange(gzip.array(), gzip.position(), gzip.limit());
            byte[] expected = java.util.Arrays.copyOfRange(both, slice[0], slice[0] + slice[1]);
            assertThat(copy).isEqualTo(Precompress.gzip(expected));
            assertThat(gunzip(copy)).isEqualTo(expected);
        }
    }
}
