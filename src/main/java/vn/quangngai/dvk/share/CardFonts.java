package vn.quangngai.dvk.share;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts cards are set in: Noto Sans, shipped in the jar with its licence
 * ({@code fonts/OFL.txt}), so a card looks the same on every machine and never depends on the
 * fonts a Windows or Linux server happens to have. It covers every Vietnamese letter, stacked
 * tone marks included (Ưở, Ậ, ỷ).
 */
public final class CardFonts {

    static {
        // cards are drawn in memory: no display is needed, even where one is set
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    public static final Font BOLD = load("fonts/NotoSans-Bold.ttf");
    public static final Font REGULAR = load("fonts/NotoSans-Regular.ttf");

    private CardFonts() {
    }

    private static Font load(String resource) {
        try (InputStream in = CardFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("thiếu phông chữ " + resource + " trong tệp jar: hãy đóng gói lại (./mvnw package)");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("không đọc được phông chữ " + resource + ": " + e.getMessage(), e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("phông chữ " + resource + " hỏng: " + e.getMessage(), e);
        }
    }
}
