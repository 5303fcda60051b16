package vn.quangngai.dvk.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Set;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.problem.Suggestions;
import vn.quangngai.dvk.source.SourceText;
import vn.quangngai.dvk.source.YamlDocument;
import vn.quangngai.dvk.source.YamlFields;

/**
 * Reads {@code data/trang.yaml} into an {@link Imprint}, checked like the other data files: every
 * field present, unknown keys warned about, the publisher an agency of the registry, the month a
 * real YYYY-MM.
 */
public final class ImprintReader {

    public static final String FILE = "data/trang.yaml";

    private static final Set<String> KEYS = Set.of("publisher", "report");
    private static final Set<String> REPORT_KEYS = Set.of("title", "month", "signer", "signer_title");

    private final Path source;
    private final Problems problems;

    public ImprintReader(Path source, Problems problems) {
        this.source = source;
        this.problems = problems;
    }

    /**
     * The imprint, or null when the file has an error (the problems say which).
     *
     * @param registry the agencies the publisher must be one of; null when they could not be read,
     *                 and the publisher is then left unchecked rather than reported twice
     */
    public Imprint read(Registry registry) {
        Path file = source.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.error(FILE, 0, null, "không tìm thấy tệp dữ liệu.",
                    "Tệp này ghi cơ quan xuất bản trang và báo cáo làm nguồn; nó phải có trong thư mục data/."));
            return null;
        }
        YamlDocument document;
        try {
            document = YamlDocument.parse(SourceText.read(file, FILE), FILE, 1);
        } catch (InvalidSourceException e) {
            problems.addAll(e.problems());
            return null;
        }
        int before = problems.errorCount();
        YamlFields fields = new YamlFields(document, FILE, problems);
        JsonNode root = document.root();
        if (!root.isObject()) {
            fields.error("", "tệp phải gồm các trường publisher và report.", "Xem tệp mẫu data/trang.yaml.");
            return null;
        }
        fields.warnUnknownKeys(root, "", KEYS);
        String publisher = fields.requiredText(root, "", "publisher", "Ghi id của cơ quan xuất bản trong data/co-quan.yaml, ví dụ: so-noi-vu.");
        if (publisher != null && registry != null && registry.agency(publisher).isEmpty()) {
            fields.error("publisher", "cơ quan \"" + publisher + "\" không có trong data/co-quan.yaml.",
                    Suggestions.didYouMean(publisher, registry.agencyIds()) + "Ghi id của một cơ quan trong tệp đó.");
        }
        JsonNode report = root.get("report");
        if (report == null || !report.isObject()) {
            fields.error("report", report == null ? "thiếu nhóm trường bắt buộc \"report\"." : "\"report\" phải là một nhóm trường.",
                    "Ghi tên báo cáo (title), tháng ban hành (month), người ký (signer) và chức vụ (signer_title).");
            return null;
        }
        fields.warnUnknownKeys(report, "report", REPORT_KEYS);
        String title = fields.requiredText(report, "report", "title", "Ghi tên báo cáo như trên văn bản.");
        String month = fields.requiredText(report, "report", "month", "Ghi tháng ban hành dạng NNNN-TT, ví dụ: 2023-08.");
        String signer = fields.requiredText(report, "report", "signer", "Ghi họ tên người ký báo cáo.");
        String signerTitle = fields.requiredText(report, "report", "signer_title", "Ghi chức vụ người ký, ví dụ: Giám đốc.");
        YearMonth yearMonth = month == null ? null : yearMonth(month, fields);
        if (problems.errorCount() > before) {
            return null;
        }
        return new Imprint(publisher, new Imprint.Report(title, yearMonth, signer, signerTitle));
    }

    private static YearMonth yearMonth(String text, YamlFields fields) {
        try {
            if (text.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below, as any other text that is not a month
        }
        fields.error("report.month", "tháng \"" + text + "\" không hợp lệ.", "Ghi dạng NNNN-TT, ví dụ: 2023-08.");
        return null;
    }
}
