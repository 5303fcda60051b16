package vn.quangngai.dvk.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;

/** Pixel work: to plain sRGB, downscaling, the share-card crop. */
final class Pixels {

    private Pixels() {
    }

    /**
     * The image as 8-bit sRGB without alpha (TYPE_INT_RGB): 16-bit channels, grey, palettes and
     * other colour spaces (Adobe RGB, Display P3, CMYK read through its profile) converted;
     * transparency laid on white, as a JPEG has none.
     */
    static BufferedImage toSrgb(BufferedImage image) {
        BufferedImage source = image;
        if (!source.getColorModel().getColorSpace().isCS_sRGB()
                && source.getColorModel().getColorSpace().getType() != ColorSpace.TYPE_GRAY) {
            BufferedImage converted = new BufferedImage(source.getWidth(), source.getHeight(),
                    source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            new ColorConvertOp(null).filter(source, converted);
            source = converted;
        }
        if (source.getType() == BufferedImage.TYPE_INT_RGB) {
            return source;
        }
        BufferedImage out = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * {@code image} scaled to {@code width} × {@code height}. Halving with bilinear filtering until
     * within a factor of two, then one bicubic step: a single bicubic step from 4032 px to 480 px
     * samples only a few source pixels per output pixel and aliases (jagged edges, moiré).
     */
    static BufferedImage scale(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2,
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (current.getWidth() == width && current.getHeight() == height) {
            return current;
        }
        return draw(current, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    /**
     * The share card: the widest {@code width:height} region, centred for a landscape photo; for a
     * portrait, centred on the upper third, where faces usually are, so heads are not cut off.
     */
    static BufferedImage shareCard(BufferedImage image, int width, int height) {
        int w = image.getWidth();
        int h = image.getHeight();
        int cropW;
        int cropH;
        if ((long) w * height >= (long) h * width) {
            cropH = h;
            cropW = (int) Math.round((double) h * width / height);
        } else {
            cropW = w;
            cropH = (int) Math.round((double) w * height / width);
        }
        int x = (w - cropW) / 2;
        int y;
        if (h > w) {
            y = Math.max(0, Math.min(h - cropH, h / 3 - cropH / 2));
        } else {
            y = (h - cropH) / 2;
        }
        BufferedImage crop = image.getSubimage(x, y, cropW, cropH);
        return scale(crop, width, height);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, Object interpolation) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
