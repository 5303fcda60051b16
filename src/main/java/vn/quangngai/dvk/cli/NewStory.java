package vn.quangngai.dvk.cli;

import java.io.IOException;
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
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.problem.Suggestions;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.site.SiteReader;
import vn.quangngai.dvk.story.Scaffold;
import vn.quangngai.dvk.text.Vietnamese;

/** {@code new --agency ID "Tên mô hình"}: writes a story to fill in, never over an existing file. */
final class NewStory {

    /** Dates are Quảng Ngãi's. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private NewStory() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
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
        String title = Vietnamese.nfc(options.title().strip());
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
