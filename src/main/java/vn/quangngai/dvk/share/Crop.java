package vn.quangngai.dvk.share;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A photo cut to a share card's shape (1200×630) without distorting it: a landscape photo keeps
 * its centre; a portrait one keeps its upper part, where faces are, so no head is cut off.
 */
public final class Crop {

    private Crop() {
    }

    /**
     * The largest region of a {@code width}×{@code height} photo with the card's proportions: a
     * wider photo loses its sides equally; a taller landscape photo loses its top and bottom
     * equally; a portrait keeps the region whose centre is a third of the way down (clamped to the
     * photo), where heads are.
     */
    public static Rectangle region(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("ảnh rỗng: " + width + "×" + height);
        }
        long cardW = ShareCard.WIDTH;
        long cardH = ShareCard.HEIGHT;
        if (width * cardH >= height * cardW) {
            int w = (int) Math.max(1, Math.round((double) height * cardW / cardH));
            return new Rectangle((width - w) / 2, 0, w, height);
        }
        int h = (int) Math.max(1, Math.round((double) width * cardH / cardW));
        int y = width >= height ? (height - h) / 2 : (int) Math.round(height / 3.0 - h / 2.0);
        y = Math.max(0, Math.min(y, height - h));
        return new Rectangle(0, y, width, h);
    }

    /** The photo's {@link #region} scaled to 1200×630, in steps of at most half so detail is averaged, not skipped. */
    public static BufferedImage toCard(BufferedImage photo) {
        Rectangle r = region(photo.getWidth(), photo.getHeight());
        BufferedImage current = photo.getSubimage(r.x, r.y, r.width, r.height);
        int w = r.width;
        int h = r.height;
        do {
            w = Math.max(ShareCard.WIDTH, w / 2);
            h = Math.max(ShareCard.HEIGHT, h / 2);
            if (current.getWidth() <= ShareCard.WIDTH) {
                w = ShareCard.WIDTH;
                h = ShareCard.HEIGHT;
            }
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (current.getWidth() != ShareCard.WIDTH || current.getHeight() != ShareCard.HEIGHT);
        return current;
    }
}
