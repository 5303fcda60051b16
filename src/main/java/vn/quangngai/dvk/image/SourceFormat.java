package vn.quangngai.dvk.image;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * What a file really is, from its first bytes: a phone or Zalo often gives a HEIC or WebP file
 * the name {@code .jpg}, so the extension proves nothing.
 */
enum SourceFormat {
    JPEG("JPEG", true), PNG("PNG", true), WEBP("WebP", true),
    HEIF("HEIC/HEIF", false), AVIF("AVIF", false), TIFF("TIFF", false), BMP("BMP", false),
    GIF("GIF", false), UNKNOWN("không rõ", false);

    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis",
            "mif1", "msf1", "mif2");
    private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");

    final String label;
    final boolean accepted;

    SourceFormat(String label, boolean accepted) {
        this.label = label;
        this.accepted = accepted;
    }

    static SourceFormat of(byte[] b) {
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
            return WEBP;
        }
        if (ascii(b, 4, 4).equals("ftyp")) {
            String brand = ascii(b, 8, 4);
            if (AVIF_BRANDS.contains(brand)) {
                return AVIF;
            }
            if (HEIF_BRANDS.contains(brand)) {
                return HEIF;
            }
            return UNKNOWN;
        }
        if (startsWith(b, 0, 'I', 'I', 42, 0) || startsWith(b, 0, 'M', 'M', 0, 42)) {
            return TIFF;
        }
        if (ascii(b, 0, 4).equals("GIF8")) {
            return GIF;
        }
        if (startsWith(b, 0, 'B', 'M')) {
            return BMP;
        }
        return UNKNOWN;
    }

    private static boolean startsWith(byte[] b, int at, int... expected) {
        if (b.length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[at + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] b, int at, int length) {
        return b.length < at + length ? "" : new String(b, at, length, StandardCharsets.ISO_8859_1);
    }
}
