package vn.quangngai.dvk.image;

import java.util.List;

/**
 * What the pipeline makes of a photo. Widths, quality and share-card size are part of the cache
 * key and of the hash in the published names, so a change of setting never serves a stale file.
 *
 * @param widths       responsive widths in px, ascending; a width larger than the source is left out
 * @param jpegQuality  ImageIO JPEG quality, 0–1
 * @param shareWidth   share-card width (og:image)
 * @param shareHeight  share-card height
 * @param maxBytes     largest source file accepted
 * @param maxPixels    largest source accepted in pixels (width × height), checked from the header
 * @param warnBelow    a source narrower than this gets a warning
 */
public record ImageSettings(List<Integer> widths, float jpegQuality, int shareWidth, int shareHeight,
                            long maxBytes, long maxPixels, int warnBelow) {

    /** Bumped when the pipeline's output changes for the same settings (a new scaler, say). */
    static final int PIPELINE_VERSION = 1;

    public static final ImageSettings DEFAULT = new ImageSettings(List.of(480, 800, 1200, 1600), 0.8f,
            1200, 630, 30L * 1024 * 1024, 50_000_000L, 800);

    public ImageSettings {
        widths = List.copyOf(widths);
        if (widths.isEmpty()) {
            throw new IllegalArgumentException("at least one width");
        }
        for (int i = 1; i < widths.size(); i++) {
            if (widths.get(i) <= widths.get(i - 1)) {
                throw new IllegalArgumentException("widths must ascend: " + widths);
            }
        }
        if (!(jpegQuality > 0 && jpegQuality <= 1)) {
            throw new IllegalArgumentException("jpegQuality must be in (0, 1]: " + jpegQuality);
        }
    }

    /** The settings that shape the output, as text, for the cache key (the limits do not). */
    String key() {
        return "v" + PIPELINE_VERSION + ";w=" + widths + ";q=" + jpegQuality + ";share=" + shareWidth + "x" + shareHeight;
    }
}
