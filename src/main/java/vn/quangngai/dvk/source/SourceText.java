package vn.quangngai.dvk.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.text.Vietnamese;

/**
 * The text of a source file as we keep it: decoded as strict UTF-8 (a file in another encoding
 * is an error, never mojibake), without a byte-order mark, with LF line endings, in NFC.
 */
public final class SourceText {

    /** The largest source file read: far more than any story needs, far less than what slows the parsers. */
    public static final long MAX_BYTES = 1024 * 1024;

    private SourceText() {
    }

    /** @param name the file as the writer knows it, relative to the source folder */
    public static String read(Path file, String name) {
        byte[] bytes;
        try {
            refuseUnreadable(file, name);
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw InvalidSourceException.of(Problem.error(name, 0, null,
                    "không đọc được tệp (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ").",
                    "Kiểm tra tệp còn tồn tại và có quyền đọc."));
        }
        return decode(bytes, name);
    }

    /**
     * A story or data file is a few kilobytes; a huge one is a mistake (a pasted document, a
     * generated file) that would take minutes and gigabytes to parse. A FIFO or device is never
     * opened: reading it would wait forever.
     */
    private static void refuseUnreadable(Path file, String name) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw InvalidSourceException.of(Problem.error(name, 0, null,
                    "không phải tệp thường (có thể là ống dẫn, thiết bị hay thư mục) nên không được đọc.",
                    "Xóa nó khỏi thư mục nguồn; bài viết và dữ liệu là tệp văn bản."));
        }
        if (attributes.size() > MAX_BYTES) {
            throw InvalidSourceException.of(Problem.error(name, 0, null,
                    "tệp lớn " + megabytes(attributes.size()) + ", quá giới hạn " + megabytes(MAX_BYTES) + " cho một tệp nguồn.",
                    "Một bài hay tệp dữ liệu chỉ cần vài chục KB: kiểm tra tệp có bị dán nhầm nội dung khác vào không, "
                            + "hoặc tách thành nhiều bài."));
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)).replace('.', ',');
    }

    public static String decode(byte[] bytes, String name) {
        refuseUtf16(bytes, name);
        // the JDK's own decoder is the fast one, but it turns bad bytes into U+FFFD: without any
        // U+FFFD in its result the bytes were valid; with one, the strict decoder says where
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            text = strict(bytes, name);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return Vietnamese.isNfc(text) ? text : Vietnamese.nfc(text);
    }

    /** As Notepad names things: its "Unicode" is UTF-16, the wrong choice, and its "ANSI" is the code page. */
    private static final String SAVE_AS_UTF8 = "Mở tệp bằng Notepad, chọn File → Save As (Tệp → Lưu thành), ở ô Encoding (Mã hóa) "
            + "chọn \"UTF-8\" (không chọn \"ANSI\" hay \"Unicode\"), rồi lưu đè lên tệp cũ.";

    /**
     * UTF-16 (what Notepad and Word call "Unicode") has a NUL byte in every other place for
     * Vietnamese and ASCII text alike: named as such, rather than as bytes that are not UTF-8.
     */
    private static void refuseUtf16(byte[] bytes, String name) {
        boolean bom = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        if (bom || looksLikeUtf16(bytes)) {
            throw InvalidSourceException.of(Problem.error(name, 1, null,
                    "tệp được lưu theo bảng mã UTF-16 (Notepad gọi là \"Unicode\" hoặc \"UTF-16 LE/BE\"), không phải UTF-8.",
                    SAVE_AS_UTF8));
        }
    }

    /** No byte-order mark, but NUL bytes in half of the first pairs: text files in UTF-8 have none. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int pairs = Math.min(bytes.length / 2, 64);
        int nuls = 0;
        for (int i = 0; i < pairs * 2; i++) {
            if (bytes[i] == 0) {
                nuls++;
            }
        }
        return pairs >= 2 && nuls * 4 >= pairs * 2;
    }

    private static String strict(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw InvalidSourceException.of(Problem.error(name, firstBadLine(bytes), null,
                    "tệp không được lưu theo bảng mã UTF-8.", SAVE_AS_UTF8));
        }
    }

    /**
     * The line of the first byte that is not valid UTF-8 (RFC 3629: no overlong forms, no
     * surrogate halves, nothing past U+10FFFF), so the writer knows where to look.
     */
    private static int firstBadLine(byte[] bytes) {
        int line = 1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
            if (length == 0 || i + length > bytes.length) {
                return line;
            }
            for (int k = 1; k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                int low = 0x80;
                int high = 0xBF;
                if (k == 1) {
                    low = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
                    high = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
                }
                if (next < low || next > high) {
                    return line;
                }
            }
            if (b == '\n') {
                line++;
            }
            i += length;
        }
        return line;
    }
}
