package vn.quangngai.dvk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.quangngai.dvk.build.BuildResult;
import vn.quangngai.dvk.build.Failures;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.image.ImagePipeline;
import vn.quangngai.dvk.image.ImageSettings;
import vn.quangngai.dvk.image.Photos;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.serve.Preview;
import vn.quangngai.dvk.site.Held;
import vn.quangngai.dvk.site.Settings;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.site.SiteReader;

/**
 * {@code dan-van-kheo check [--source DIR]}, {@code dan-van-kheo build [--source DIR] [--out DIR]} and
 * {@code dan-van-kheo serve [--source DIR] [--out DIR] [--port N]}.
 * Exit status: 0 done, 1 the site could not be built, 2 the command line is wrong.
 */
public final class Main {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Cách dùng:
              dan-van-kheo new --agency ID_CƠ_QUAN "Tên mô hình" [--source THƯ_MỤC]
              dan-van-kheo new --agency ID_CƠ_QUAN --title-file TỆP | --title - [--source THƯ_MỤC]
                  tạo bài mới trong content/mo-hinh/ để điền tiếp; trên Windows, ghi tên có dấu
                  vào một tệp UTF-8 (--title-file) hoặc gõ sau khi chạy (--title -)
              dan-van-kheo check [--source THƯ_MỤC]
                  kiểm tra mọi bài và tệp dữ liệu, không xuất bản
              dan-van-kheo build [--source THƯ_MỤC] [--out THƯ_MỤC] [--base-url ĐỊA_CHỈ]
                  kiểm tra và xuất bản trang (mặc định: --source . --out target/site,
                  địa chỉ công khai của trang: --base-url, hoặc site.host trong jbake.properties;
                  không có địa chỉ công khai thì không xuất bản)
              dan-van-kheo serve [--source THƯ_MỤC] [--out THƯ_MỤC] [--port SỐ] [--open]
                  (mặc định --out target/preview: bản xem thử, không dùng để xuất bản)
                  xuất bản rồi mở trang xem thử tại http://127.0.0.1:8820/ và trang biên tập
                  /bien-tap/; tự xuất bản lại và tải lại trang mỗi khi bạn lưu tệp;
                  --open: mở trang biên tập trong trình duyệt""";

    private Main() {
    }

    public static void main(String[] args) {
        String os = System.getProperty("os.name");
        PrintStream out = ConsoleEncoding.stream(System.out, ConsoleEncoding.charset(os, "stdout", System::getProperty));
        PrintStream err = ConsoleEncoding.stream(System.err, ConsoleEncoding.charset(os, "stderr", System::getProperty));
        int status = run(args, out, err);
        if (status != OK || !(args.length > 0 && args[0].equals("serve"))) {
            System.exit(status);
        }
    }

    /** Runs a command; for {@code serve}, returns once the server is listening. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, reading what {@code new --title -} asks for from {@code in}. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        try {
            if (options.command().equals("new")) {
                return NewStory.run(options, in, out, err);
            }
            if (options.command().equals("check")) {
                Site site = new SiteReader(options.source()).read();
                List<Problem> warnings = new ArrayList<>(site.warnings());
                try {
                    warnings.addAll(Photos.check(ImagePipeline.inspector(ImageSettings.DEFAULT), options.source().resolve("assets"), site.stories()));
                } catch (InvalidSourceException e) {
                    warnings.addAll(e.problems());
                    warnings.sort(Problem.ORDER);
                    throw new InvalidSourceException(warnings);
                }
                warnings.sort(Problem.ORDER);
                warnings.forEach(err::println);
                Held.notes(site.held()).forEach(out::println);
                out.println("Không có lỗi: " + site.stories().size() + " bài mô hình, " + site.pages().size() + " trang, "
                        + site.registry().agencies().size() + " cơ quan, " + site.registry().districts().size() + " địa bàn, "
                        + site.registry().fields().size() + " lĩnh vực"
                        + (warnings.isEmpty() ? "." : "; " + warnings.size() + " cảnh báo."));
                return OK;
            }
            // the preview is served at its own address unless told otherwise, so that every link works there
            String baseUrl = options.baseUrl() != null ? options.baseUrl()
                    : options.command().equals("serve") ? "http://127.0.0.1:" + options.port() + "/" : null;
            UnaryOperator<Settings> adjust = settings -> baseUrl == null ? settings : settings.withBaseUrl(baseUrl);
            if (options.command().equals("serve")) {
                Preview preview = Preview.start(options.source(), options.out(), options.port(), adjust, out, err);
                out.println("Đang phục vụ " + preview.url() + " — trang tự tải lại khi bạn lưu tệp; nhấn Ctrl+C để dừng.");
                out.println("Trang biên tập: " + preview.editorUrl());
                if (options.open()) {
                    Browser.open(preview.editorUrl(), out);
                }
                return OK;
            }
            BuildResult result = new SiteBuild().run(options.source(), options.out(), adjust.andThen(Settings::forPublication)::apply);
            result.warnings().forEach(w -> err.println(w));
            result.notes().forEach(out::println);
            out.println(result.summary());
            return OK;
        } catch (RuntimeException | Error e) {
            Failures.of(e, options.command().equals("check") ? Failures.Doing.CHECKING : Failures.Doing.PUBLISHING)
                    .lines().forEach(err::println);
            return FAILED;
        } catch (IOException e) {
            err.println("Không mở được máy chủ xem thử ở cổng " + options.port() + ": " + e.getMessage()
                    + " (cổng đang bận? thử cổng khác, ví dụ --port " + (options.port() % 65535 + 1) + ")");
            return FAILED;
        }
    }
}
