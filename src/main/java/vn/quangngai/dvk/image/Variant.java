package vn.quangngai.dvk.image;

import java.nio.file.Path;

/**
 * One published file made from a photo.
 *
 * @param path   where it goes in the site, forward slashes: {@code anh/cau-moi-1a2b3c4d-800.jpg}
 * @param file   the made file, in the cache folder, to copy to {@code path}
 * @param width  in px
 * @param height in px
 */
public record Variant(String path, Path file, int width, int height) {
}
