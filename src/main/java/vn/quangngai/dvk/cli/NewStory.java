package vn.quangngai.dvk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.quangngai.dvk.data.Agency;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.data.RegistryReader;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.problem.Suggestions;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.site.SiteReader;
import vn.quangngai.dvk.source.SourceText;
import vn.quangngai.dvk.story.Scaffold;
import vn.quangngai.dvk.text.Vietnamese;

/**
 * {@code new --agency ID "Tên mô hình"} (or {@code --title-file FILE}, {@code --title -}): writes a
 * story to fill in, never over an existing file.
 */
final class NewStory {

    /** Dates are Quảng Ngãi's. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private NewStory() {
    }

    /**
     * What shows the command line lost letters: java.exe on Windows converts its arguments through
     * the ANSI code page, and a letter that page lacks arrives as "?" (or U+FFFD). Returns how the
     * loss shows, or null. A "?" between letters or right after one is never in a model's name.
     */
    static String lostLetters(String title) {
        if (title.indexOf('\uFFFD') >= 0) {
            return "ký tự thay thế \uFFFD";
        }
        for (int i = 0; i < title.length(); i++) {
            if (title.charAt(i) == '?') {
                boolean letterBefore = i > 0 && Character.isLetter(title.charAt(i - 1));
                boolean letterAfter = i + 1 < title.length() && Character.isLetter(title.charAt(i + 1));
                if (letterBefore || letterAfter) {
                    return "dấu \"?\"";
                }
            }
        }
        return null;
    }

    /** The first non-blank line of a UTF-8 file, or of standard input for {@code --title -}. */
    private static String readTitle(Path file, InputStream in, PrintStream out) throws IOException {
        if (file.equals(Options.STANDARD_INPUT)) {
            out.println("Gõ tên mô hình rồi nhấn Enter:");
            Console console = System.console();
            Charset charset = console == null ? StandardCharsets.UTF_8 : console.charset();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset));
            String line = reader.readLine();
            return line == null ? null : Vietnamese.nfc(line.replace("\uFEFF", ""));
        }
        String text = SourceText.decode(Files.readAllBytes(file), file.toString());
        return text.lines().filter(line -> !line.isBlank()).findFirst().orElse(null);
    }

    static int run(Options options, InputStream in, PrintStream out, PrintStream err) {
        String given;
        try {
            given = options.titleFile() == null ? options.title() : readTitle(options.titleFile(), in, out);
        } catch (InvalidSourceException e) {
            e.problems().forEach(err::println);
            return Main.USAGE;
        } catch (IOException e) {
            err.println("Không đọc được tên mô hình từ " + options.titleFile() + ": " + e.getMessage());
            return Main.USAGE;
        }
        if (given == null || given.isBlank()) {
            err.println("Tên mô hình đang để trống. Ghi tên vào dòng đầu của tệp, hoặc gõ tên rồi nhấn Enter.");
            return Main.USAGE;
        }
        String lost = lostLetters(given);
        if (lost != null) {
            err.println("Tên mô hình \"" + given + "\" có " + lost + " ở chỗ lẽ ra là chữ: cửa sổ lệnh (nhất là trên Windows) "
                    + "đã làm mất các chữ có dấu, và địa chỉ bài sẽ sai mãi mãi. Chưa tạo bài.");
            err.println("Cách không mất chữ: ghi tên vào một tệp văn bản lưu theo UTF-8 (ví dụ ten.txt) rồi chạy "
                    + "new --agency " + options.agency() + " --title-file ten.txt; hoặc chạy new --agency " + options.agency()
                    + " --title - rồi gõ tên và nhấn Enter; hoặc tạo bài bằng trình biên tập của trang khi có.");
            return Main.USAGE;
        }
        Problems problems = new Problems();
        Registry registry = new RegistryReader(options.source(), problems).read();
        if (registry == null) {
            problems.list().forEach(err::println);
            return Main.FAILED;
        }
        Agency agency = registry.agency(options.agency()).orElse(null);
        if (agency == null) {
            err.println("Không có cơ quan với id \"" + options.agency() + "\". "
                    + Suggestions.didYouMean(options.agency(), registry.agencyIds())
                    + "Các id hợp lệ nằm trong " + RegistryReader.AGENCIES + ".");
            return Main.USAGE;
        }
        String title = Vietnamese.nfc(given.strip());
        if (title.codePoints().anyMatch(Character::isISOControl)) {
            // a line break would end the YAML string the scaffold writes and leave the file broken
            err.println("Tên mô hình phải nằm trên một dòng, không có ký tự xuống dòng hay ký tự điều khiển. "
                    + "Ghi tên trong một cặp ngoặc kép trên cùng một dòng, ví dụ: new --agency so-y-te \"Tên mô hình\"");
            return Main.USAGE;
        }
        String slug = Vietnamese.slug(title);
        if (slug.isEmpty()) {
            err.println("Tên mô hình phải có chữ hoặc số.");
            return Main.USAGE;
        }
        if (vn.quangngai.dvk.source.WindowsNames.isDevice(slug)) {
            err.println("Tên \"" + title + "\" cho địa chỉ " + slug + ", là tên Windows dành riêng (" + vn.quangngai.dvk.source.WindowsNames.LISTED
                    + "): máy Windows không tạo được tệp " + slug + ".md. Ghi tên đầy đủ hơn, ví dụ \"" + title + " của xã …\".");
            return Main.USAGE;
        }
        Path file = options.source().resolve(SiteReader.CONTENT).resolve(Site.STORIES).resolve(slug + ".md");
        String text = Scaffold.story(title, agency, LocalDate.now(VIETNAM), registry);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            err.println("Tệp " + file + " đã có; không ghi đè. Mở tệp đó để sửa, hoặc đặt tên mô hình khác.");
            return Main.FAILED;
        } catch (IOException e) {
            err.println("Không ghi được " + file + ": " + e.getMessage());
            return Main.FAILED;
        }
        out.println("Đã tạo " + file + " — điền các trường còn trống (fields, summary), viết nội dung, rồi chạy lệnh check.");
        return Main.OK;
    }
}
