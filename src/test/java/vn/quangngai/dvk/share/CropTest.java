package vn.quangngai.dvk.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class CropTest {

    @Test
    void aLandscapePhotoKeepsItsCentre() {
        Rectangle r = Crop.region(4032, 3024);
        // 4:3 is taller than the card: the band through the middle
        assertThat(r).isEqualTo(new Rectangle(0, (3024 - 2117) / 2, 4032, 2117));
    }

    @Test
    void aWidePhotoLosesItsSidesEqually() {
        Rectangle r = Crop.region(4000, 1000);
        assertThat(r.height).isEqualTo(1000);
        assertThat(r.width).isEqualTo(1905);
        assertThat(r.x).isEqualTo((4000 - 1905) / 2);
    }

    @Test
    void aPortraitPhotoKeepsItsUpperThird() {
        Rectangle r = Crop.region(3024, 4032);
        assertThat(r.width).isEqualTo(3024);
        assertThat(r.height).isEqualTo(1588);
        // centred a third of the way down: 1344 − 794 = 550
        assertThat(r.y).isEqualTo(550);
        assertThat(r.y + r.height).isLessThan(4032 / 2 + 200);
    }

    @Test
    void aTallStripStaysInsideThePhoto() {
        Rectangle r = Crop.region(1000, 1200);
        assertThat(r.y).isGreaterThanOrEqualTo(0);
        assertThat(r.y + r.height).isLessThanOrEqualTo(1200);
    }

    @Test
    void theCroppedPictureIs1200By630AndKeepsTheHeadOfAPortrait() {
        // a portrait: red "head" near the top, blue "feet" at the bottom
        BufferedImage portrait = new BufferedImage(1500, 2000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = portrait.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1500, 2000);
        g.setColor(Color.RED);
        g.fillOval(600, 450, 300, 300);
        g.setColor(Color.BLUE);
        g.fillRect(0, 1800, 1500, 200);
        g.dispose();
        BufferedImage card = Crop.toCard(portrait);
        assertThat(card.getWidth()).isEqualTo(1200);
        assertThat(card.getHeight()).isEqualTo(630);
        int red = 0;
        int blue = 0;
        for (int y = 0; y < 630; y++) {
            for (int x = 0; x < 1200; x++) {
                Color c = new Color(card.getRGB(x, y));
                red += c.getRed() > 200 && c.getGreen() < 60 ? 1 : 0;
                blue += c.getBlue() > 200 && c.getRed() < 60 ? 1 : 0;
            }
        }
        assertThat(red).isGreaterThan(30_000);
        assertThat(blue).isZero();
    }
}
