package vn.quangngai.dvk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bytes a message becomes on each console: Vietnamese readable in cmd and Windows PowerShell, UTF-8 elsewhere. */
class ConsoleEncodingTest {

    private static final String MESSAGE = "content/mo-hinh/a.md:3: lỗi: [date] \"2023-02-30\" không phải là một ngày hợp lệ — Đức Phổ";

    private static Charset on(String os, Map<String, String> properties) {
        return ConsoleEncoding.charset(os, "stdout", properties::get);
    }

    private static byte[] printed(Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = ConsoleEncoding.stream(bytes, charset);
        stream.print(MESSAGE);
        return bytes.toByteArray();
    }

    @Test
    void windowsConsolesAreWrittenInTheirCodePage() {
        assertThat(on("Windows 10", Map.of("sun.stdout.encoding", "cp1258"))).isEqualTo(Charset.forName("windows-1258"));
        assertThat(on("Windows 11", Map.of("sun.stdout.encoding", "cp437"))).isEqualTo(Charset.forName("IBM437"));
        assertThat(on("Windows 11", Map.of("stdout.encoding", "Cp1252", "sun.stdout.encoding", "cp437")))
                .isEqualTo(Charset.forName("windows-1252"));
    }

    @Test
    void codePage65001AFileAPipeAndOtherSystemsAreUtf8() {
        assertThat(on("Windows 10", Map.of("sun.stdout.encoding", "cp65001"))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(on("Windows 10", Map.of())).as("redirected to a file: no console code page").isEqualTo(StandardCharsets.UTF_8);
        assertThat(on("Linux", Map.of("sun.stdout.encoding", "cp1258"))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(on("Mac OS X", Map.of())).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void codePage65001GetsUtf8Bytes() {
        assertThat(printed(on("Windows 10", Map.of("sun.stdout.encoding", "cp65001")))).isEqualTo(MESSAGE.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aVietnameseConsoleShowsEveryLetterWithItsTones() {
        Charset cp1258 = Charset.forName("windows-1258");
        byte[] bytes = printed(cp1258);
        String shown = new String(bytes, cp1258);
        assertThat(shown).doesNotContain("?");
        assertThat(Normalizer.normalize(shown, Normalizer.Form.NFC)).isEqualTo(MESSAGE);
    }

    @Test
    void aConsoleWithoutVietnameseShowsLettersWithoutMarksNotQuestionMarks() {
        Charset cp437 = Charset.forName("IBM437");
        String shown = new String(printed(cp437), cp437);
        assertThat(shown).isEqualTo("content/mo-hinh/a.md:3: loi: [date] \"2023-02-30\" khong phai la mot ngay hop le - Duc Pho");
    }
}
