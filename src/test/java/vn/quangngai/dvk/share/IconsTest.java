package vn.quangngai.dvk.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class IconsTest {

    private final Map<String, byte[]> files = Icons.files("Dân vận khéo — Mô hình tiêu biểu tỉnh Quảng Ngãi", "Dân vận khéo");

    @Test
    void theIconsAreTheHeadersGoldStarOnItsRed() throws IOException {
        assertThat(files).containsOnlyKeys("favicon.svg", "favicon.ico", "apple-touch-icon.png", "icon-192.png", "icon-512.png",
                "site.webmanifest");
        for (String name : new String[] {"apple-touch-icon.png", "icon-192.png", "icon-512.png"}) {
            BufferedImage icon = ImageIO.read(new ByteArrayInputStream(files.get(name)));
            int size = icon.getWidth();
            assertThat(icon.getHeight()).isEqualTo(size);
            assertThat(icon.getRGB(1, 1) & 0xffffff).as(name).isEqualTo(0xa4161a);
            assertThat(icon.getRGB(size / 2, size / 2) & 0xffffff).as(name).isEqualTo(0xffcd00);
        }
        assertThat(ImageIO.read(new ByteArrayInputStream(files.get("apple-touch-icon.png"))).getWidth()).isEqualTo(180);
    }

    @Test
    void theIcoHoldsA16AndA32PixelPng() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(files.get("favicon.ico")).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).isZero();
        assertThat(ico.getShort(2)).isEqualTo((short) 1);
        assertThat(ico.getShort(4)).isEqualTo((short) 2);
        for (int i = 0; i < 2; i++) {
            int entry = 6 + 16 * i;
            int size = ico.get(entry) & 0xff;
            int length = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            byte[] png = Arrays.copyOfRange(files.get("favicon.ico"), offset, offset + length);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(size).isEqualTo(i == 0 ? 16 : 32);
        }
    }

    @Test
    void theSvgIsWellFormedAndDrawsTheStar() throws Exception {
        String svg = new String(files.get("favicon.svg"), StandardCharsets.UTF_8);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(files.get("favicon.svg")));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagName("polygon").getLength()).isEqualTo(1);
        assertThat(svg).contains("#a4161a").contains("#ffcd00");
    }

    @Test
    void twoRunsGiveTheSameBytes() {
        Map<String, byte[]> again = Icons.files("Dân vận khéo — Mô hình tiêu biểu tỉnh Quảng Ngãi", "Dân vận khéo");
        files.forEach((name, bytes) -> assertThat(again.get(name)).as(name).isEqualTo(bytes));
    }
}
