package vn.quangngai.dvk.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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

    private static final Set<String> KEYS = Set.of("publisher", "report", "licence", "contact", "links");
    private static final Set<String> CONTACT_KEYS = Set.of("address", "phone", "email", "feedback", "source");
    private static final Set<String> LINK_KEYS = Set.of("label", "url", "source");
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
        String licence = fields.optionalText(root, "", "licence");
        Imprint.Contact contact = contact(root.get("contact"), fields, registry);
        List<Imprint.Link> links = links(root.get("links"), fields, registry);
        if (problems.errorCount() > before) {
            return null;
        }
        return new Imprint(publisher, new Imprint.Report(title, yearMonth, signer, signerTitle), licence, contact, links);
    }

    /** Every contact detail is a fact about the department: without the source it was read in, none is published. */
    private static Imprint.Contact contact(JsonNode node, YamlFields fields, Registry registry) {
        if (node == null || node.isNull() || (node.isObject() && node.isEmpty())) {
            return null;
        }
        if (!node.isObject()) {
            fields.error("contact", "\"contact\" phải là một nhóm trường.",
                    "Ghi address, phone, email, feedback (mỗi trường nếu có) và source: id của nguồn trong data/nguon.yaml.");
            return null;
        }
        fields.warnUnknownKeys(node, "contact", CONTACT_KEYS);
        String address = fields.optionalText(node, "contact", "address");
        String phone = fields.optionalText(node, "contact", "phone");
        String email = fields.optionalText(node, "contact", "email");
        String feedback = fields.optionalText(node, "contact", "feedback");
        String source = fields.requiredText(node, "contact", "source",
                "Ghi id của trang công khai (trong data/nguon.yaml) nêu các thông tin liên hệ này; không có nguồn thì bỏ cả nhóm contact.");
        checkSource(source, "contact.source", fields, registry);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            fields.error("contact.email", "địa chỉ thư \"" + email + "\" không hợp lệ.", "Ghi dạng ten@mien.gov.vn, như trong nguồn.");
        }
        if (feedback != null && !feedback.startsWith("https://") && !feedback.startsWith("mailto:")) {
            fields.error("contact.feedback", "địa chỉ góp ý \"" + feedback + "\" phải bắt đầu bằng https:// hoặc mailto:.",
                    "Ghi địa chỉ trang góp ý hoặc mailto:ten@mien.gov.vn, như trong nguồn.");
        }
        return new Imprint.Contact(address, phone, email, feedback, source);
    }

    private static List<Imprint.Link> links(JsonNode node, YamlFields fields, Registry registry) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            fields.error("links", "\"links\" phải là một danh sách.", "Mỗi mục gồm label, url và source, ví dụ:\n  - label: Cổng Thông tin điện tử tỉnh Quảng Ngãi\n    url: https://quangngai.gov.vn/\n    source: qn-portal-en-duties");
            return List.of();
        }
        List<Imprint.Link> links = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "links[" + i + "]";
            JsonNode item = node.get(i);
            if (!item.isObject()) {
                fields.error(path, "mỗi mục của \"links\" phải là một nhóm trường.", "Ghi label, url và source.");
                continue;
            }
            fields.warnUnknownKeys(item, path, LINK_KEYS);
            String label = fields.requiredText(item, path, "label", "Ghi tên trang, ví dụ: Cổng Thông tin điện tử tỉnh Quảng Ngãi.");
            String url = fields.requiredText(item, path, "url", "Ghi địa chỉ bắt đầu bằng https://.");
            String source = fields.requiredText(item, path, "source", "Ghi id của nguồn (data/nguon.yaml) cho biết địa chỉ này.");
            if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
                fields.error(path + ".url", "địa chỉ \"" + url + "\" không phải địa chỉ trang web.", "Ghi địa chỉ bắt đầu bằng https://.");
            }
            checkSource(source, path + ".source", fields, registry);
            if (label != null && url != null && source != null) {
                links.add(new Imprint.Link(label, url, source));
            }
        }
        return links;
    }

    private static void checkSource(String source, String path, YamlFields fields, Registry registry) {
        if (source != null && registry != null && registry.history().source(source).isEmpty()) {
            List<String> ids = registry.history().sources().stream().map(Source::id).toList();
            fields.error(path, "nguồn \"" + source + "\" không có trong data/nguon.yaml.",
                    Suggestions.didYouMean(source, ids) + "Ghi id của một nguồn trong tệp đó, hoặc thêm nguồn vào tệp.");
        }
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
