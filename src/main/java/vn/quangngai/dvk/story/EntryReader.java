package vn.quangngai.dvk.story;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import vn.quangngai.dvk.data.Agency;
import vn.quangngai.dvk.data.DateOrMonth;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.problem.Suggestions;
import vn.quangngai.dvk.source.YamlDocument;
import vn.quangngai.dvk.source.YamlFields;

/**
 * Reads one Markdown entry (story or page) from its text, checking every front-matter field
 * against the registry. Each problem goes to the shared {@link Problems}; a story with an error
 * is returned as null so that nothing half-valid is published.
 */
public final class EntryReader {

    static final Set<String> STORY_KEYS = Set.of("title", "date", "agency", "districts", "fields", "summary",
            "figures", "images", "communes", "as_of", "districts_inferred", "featured");
    /** Keys of earlier versions, refused with their replacement ({@link #oldImageKeys}) rather than warned about as unknown. */
    private static final Set<String> RETIRED_STORY_KEYS = Set.of("image", "image_alt");
    static final Set<String> PAGE_KEYS = Set.of("title", "date", "summary");
    private static final Set<String> FIGURE_KEYS = Set.of("value", "label");
    private static final Set<String> IMAGE_KEYS = Set.of("src", "alt", "caption", "credit");
    // strict: the default (smart) resolver turns 30 February into 28 February without a word
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter YEAR_MONTH_DAY = DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);
    private static final String DATE_HINT = "Ghi theo dạng năm-tháng-ngày, ví dụ: date: 2026-11-25";

    private final Registry registry;
    private final Problems problems;

    public EntryReader(Registry registry, Problems problems) {
        this.registry = registry;
        this.problems = problems;
    }

    /** A valid story, and whether it is marked {@code draft: true}: validated like any other, left out of a build. */
    public record StoryRead(Story story, boolean draft) {
    }

    /** The story, draft or not; null when it has an error. */
    public Story readStory(String text, String file, String slug) {
        StoryRead read = readStoryEntry(text, file, slug);
        return read == null ? null : read.story();
    }

    /** As {@link #readStory}, saying whether the story is a draft; null when it has an error. */
    public StoryRead readStoryEntry(String text, String file, String slug) {
        int before = errorCount();
        refusePrivateUse(text, file);
        Parsed parsed = parse(text, file, STORY_KEYS, "story");
        if (parsed == null) {
            return null;
        }
        checkLinks(file, parsed);
        checkBody(file, parsed);
        checkPastedLayout(file, parsed);
        JsonNode root = parsed.root();
        YamlFields f = parsed.fields();
        String title = f.requiredText(root, "", "title", "Ghi tên mô hình đúng như trong báo cáo.");
        LocalDate date = date(f, root);
        String agencyId = f.requiredText(root, "", "agency", "Ghi id của cơ quan trong data/co-quan.yaml, ví dụ: agency: so-y-te");
        // suggestions are worked out only for an id that is wrong: against every agency, they cost
        // as much as reading the rest of the story
        Agency agency = agencyId == null ? null : known(f, "agency", agencyId, registry.agency(agencyId).orElse(null),
                registry.agencyIds(), "cơ quan", "data/co-quan.yaml", () -> suggestion(agencyId, registry.agencyIds(),
                        registry.agencies().stream().flatMap(a -> java.util.stream.Stream.of(
                                java.util.Map.entry(a.name(), a.id()), java.util.Map.entry(a.shortName(), a.id()))).toList()));
        List<String> districts = ids(f, root, "districts", registry.districtIds(), "địa bàn", "data/dia-ban.yaml",
                () -> registry.districts().stream().map(d -> java.util.Map.entry(d.name(), d.id())).toList());
        List<String> communes = ids(f, root, "communes", registry.history().communeIds(), "xã, phường", "data/xa-phuong.yaml",
                () -> registry.history().communes().stream().map(c -> java.util.Map.entry(c.name(), c.id())).toList());
        DateOrMonth asOf = asOf(f, root);
        List<String> fields = ids(f, root, "fields", registry.fieldIds(), "lĩnh vực", "data/linh-vuc.yaml",
                () -> registry.fields().stream().map(x -> java.util.Map.entry(x.name(), x.id())).toList());
        if (isEmpty(root.get("fields"))) {
            f.error("fields", "cần ít nhất một lĩnh vực (fields).",
                    "Ví dụ: fields: [y-te]. Các id hợp lệ: " + String.join(", ", registry.fieldIds()) + ".");
        }
        String summary = f.requiredText(root, "", "summary", "Viết một đoạn ngắn (một, hai câu) giới thiệu mô hình.");
        List<Figure> figures = figures(f, root);
        List<Image> images = images(f, root);
        boolean districtsInferred = districtsInferred(f, root);
        int featured = featured(f, root);
        if (errorCount() > before || agency == null) {
            return null;
        }
        checkTime(f, root, date, asOf, agency.id(), districts, communes);
        if (districts.isEmpty() && communes.isEmpty() && agency.district() != null) {
            districts = List.of(agency.district());
        }
        return new StoryRead(new Story(slug, title, date, agency.id(), districts, fields, summary, figures, images,
                parsed.body(), file, parsed.bodyLine(), communes, asOf, districtsInferred, featured), root.path("draft").asBoolean(false));
    }

    public Page readPage(String text, String file, String slug) {
        int before = errorCount();
        refusePrivateUse(text, file);
        Parsed parsed = parse(text, file, PAGE_KEYS, "page");
        if (parsed == null) {
            return null;
        }
        checkLinks(file, parsed);
        if (parsed.root().path("draft").asBoolean(false)) {
            parsed.fields().error("draft", "trang riêng (content/*.md) không có bản nháp; chỉ bài mô hình (content/mo-hinh/) có.",
                    "Xóa dòng draft để xuất bản trang, hoặc để tệp ngoài thư mục content/ cho đến khi xong.");
        }
        String title = parsed.fields().requiredText(parsed.root(), "", "title", "Ghi tiêu đề trang.");
        LocalDate date = date(parsed.fields(), parsed.root());
        String summary = parsed.fields().requiredText(parsed.root(), "", "summary", "Viết một câu tóm tắt nội dung trang.");
        if (errorCount() > before) {
            return null;
        }
        return new Page(slug, title, date, summary, parsed.body(), file, parsed.bodyLine());
    }

    private static boolean isEmpty(JsonNode node) {
        return node == null || node.isNull() || (node.isArray() && node.isEmpty()) || (node.isValueNode() && node.asText().isBlank());
    }

    /** A body heading "# …" would be a second title on the page; an empty body is a page with nothing to read. */
    private void checkBody(String file, Parsed parsed) {
        String[] lines = parsed.body().split("\n", -1);
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("```") || lines[i].startsWith("~~~")) {
                fenced = !fenced;
            } else if (!fenced && lines[i].length() > 1 && lines[i].charAt(0) == '#'
                    && (lines[i].charAt(1) == ' ' || lines[i].charAt(1) == '\t')) {
                problems.add(Problem.warning(file, parsed.bodyLine() + i, null, "tiêu đề \"#\" trùng cấp với tên mô hình.",
                        "Dùng \"## \" cho tiêu đề các mục trong bài."));
            }
        }
        if (parsed.body().isBlank()) {
            problems.add(Problem.warning(file, parsed.bodyLine(), null, "bài chưa có nội dung.",
                    "Viết nội dung bài sau dòng --- thứ hai."));
        }
    }

    /** Word's Symbol-font bullets and other private-use characters show as boxes on every reader's screen. */
    private void refusePrivateUse(String text, String file) {
        for (WordPaste.Finding found : WordPaste.privateUse(text)) {
            problems.add(Problem.error(file, found.line(), null,
                    "ký tự " + found.text() + " (vùng ký tự riêng, thường là dấu đầu dòng của Word bằng phông Symbol) "
                            + "sẽ hiện thành ô vuông trên trang.",
                    "Xóa ký tự đó; với một danh sách, bắt đầu mỗi dòng bằng \"- \" (gạch ngang và dấu cách).")
                    .at(found.line(), found.column()));
        }
    }

    /** Layout pasted from Word that Markdown would publish as something else: said where, with the Markdown to write. */
    private void checkPastedLayout(String file, Parsed parsed) {
        for (WordPaste.Finding found : WordPaste.body(parsed.body())) {
            int line = parsed.bodyLine() + found.line() - 1;
            if (found.kind() == WordPaste.Kind.BULLET) {
                problems.add(Problem.warning(file, line, null,
                        "dòng bắt đầu bằng dấu đầu dòng không phải danh sách Markdown: các dòng như vậy sẽ dính thành một đoạn.",
                        "Viết: " + found.instead()));
            } else {
                problems.add(Problem.warning(file, line, null,
                        "dòng này sẽ hiện thành khối mã chương trình (chữ đơn cách trong khung), vì "
                                + (found.text().stripLeading().startsWith("```") || found.text().stripLeading().startsWith("~~~")
                                ? "mở bằng " + found.text().strip() : "thụt đầu dòng bằng Tab hoặc bốn dấu cách") + ".",
                        "Bỏ phần thụt đầu dòng, viết sát lề trái: " + found.instead()));
            }
        }
    }

    private record Parsed(JsonNode root, YamlFields fields, String body, int bodyLine) {
    }

    /** Raw HTML is shown as text anyway; a link that would run code is refused where it is written. */
    private void checkLinks(String file, Parsed parsed) {
        for (LinkCheck.UnsafeLink link : LinkCheck.unsafe(parsed.body())) {
            problems.add(Problem.error(file, parsed.bodyLine() + link.line() - 1, null,
                    "liên kết \"" + link.target() + "\" không được phép.",
                    "Chỉ dùng địa chỉ http://, https://, mailto:, tel: hoặc đường dẫn trong trang."));
        }
    }

    private Parsed parse(String text, String file, Set<String> keys, String type) {
        try {
            FrontMatter matter = FrontMatter.split(text, file);
            if (!withinLimits(matter, file)) {
                return null;
            }
            YamlDocument document = YamlDocument.parse(matter.yaml(), file, matter.yamlLine());
            YamlFields fields = new YamlFields(document, file, problems);
            if (!document.root().isObject()) {
                fields.error("", "phần thông tin giữa hai dòng --- phải là các trường dạng \"tên: giá trị\".",
                        "Ví dụ: title: \"Tên mô hình\"");
                return null;
            }
            Set<String> known = new HashSet<>(keys);
            if (checkDraft(fields, document.root())) {
                known.add("draft");
            }
            known.addAll(PublicationFlags.refuse(fields, document.root(), known));
            if (checkType(fields, document.root(), type)) {
                known.add("type");
            }
            if (keys == STORY_KEYS) {
                RETIRED_STORY_KEYS.stream().filter(document.root()::has).forEach(known::add);
            }
            fields.warnUnknownKeys(document.root(), "", known.size() == keys.size() ? keys : known);
            return new Parsed(document.root(), fields, matter.body(), matter.bodyLine());
        } catch (InvalidSourceException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /**
     * False after reporting a front matter too long to parse; a body over a limit is reported and
     * its entry is not published, so Flexmark never parses it, while its fields are still checked.
     */
    private boolean withinLimits(FrontMatter matter, String file) {
        Problem tooLong = EntryLimits.frontMatter(matter.yaml().length(), file);
        if (tooLong != null) {
            problems.add(tooLong);
            return false;
        }
        problems.addAll(EntryLimits.body(matter.body(), file, matter.bodyLine()));
        return true;
    }

    /**
     * {@code draft: true} marks a draft: read and checked like any story, left out of a build and
     * shown in the preview. Any other value than true or false is an error, since a writer who
     * wrote {@code draft: có} meant to hold the story back. Returns whether a draft key was there.
     */
    private static boolean checkDraft(YamlFields f, JsonNode root) {
        if (!root.has("draft")) {
            return false;
        }
        if (!root.get("draft").isBoolean()) {
            f.error("draft", "draft chỉ nhận true (bản nháp, không xuất bản) hoặc false, không nhận \""
                            + root.get("draft").asText() + "\".",
                    "Ghi draft: true để giữ bài là bản nháp; xóa dòng này để xuất bản.");
        }
        return true;
    }

    /**
     * JBake would skip a file of a type it has no template for; here the folder decides the type,
     * and a {@code type} key that says otherwise is an error. Returns whether a type key was there.
     */
    private static boolean checkType(YamlFields f, JsonNode root, String type) {
        if (!root.has("type")) {
            return false;
        }
        String given = root.path("type").asText();
        if (!given.equals(type)) {
            f.error("type", "loại bài \"" + given + "\" không hợp lệ ở đây.",
                    "Loại bài do thư mục quyết định: content/mo-hinh/ là bài mô hình (story), content/ là trang (page). "
                            + "Xóa dòng type.");
        }
        return true;
    }

    /** The units a story names must have existed at the time it tells of; each one that did not is a warning. */
    private void checkTime(YamlFields f, JsonNode root, LocalDate date, DateOrMonth asOf, String agency, List<String> districts,
                           List<String> communes) {
        UnitsInTime time = new UnitsInTime(registry, f, date, asOf);
        time.check("agency", agency);
        for (String key : List.of("districts", "communes")) {
            List<String> written = f.textList(root, "", key);
            for (String id : key.equals("districts") ? districts : communes) {
                time.check(root.path(key).isArray() ? key + "[" + written.indexOf(id) + "]" : key, id);
            }
        }
    }

    /** districts_inferred: true when the report does not name the districts and the writer worked them out. */
    private static boolean districtsInferred(YamlFields f, JsonNode root) {
        JsonNode node = root.get("districts_inferred");
        if (node == null || node.isNull()) {
            return false;
        }
        String text = node.isValueNode() ? node.asText().trim() : "";
        if (!text.equals("true") && !text.equals("false")) {
            f.error("districts_inferred", "\"" + node.asText() + "\" không phải true hay false.",
                    "Ghi districts_inferred: true khi báo cáo không nêu tên các huyện trong districts (người viết suy ra); bỏ dòng này khi báo cáo nêu tên.");
            return false;
        }
        boolean inferred = text.equals("true");
        if (inferred && isEmpty(root.get("districts"))) {
            f.warning("districts_inferred", "bài không ghi districts nên districts_inferred không có tác dụng.",
                    "Bỏ dòng districts_inferred, hoặc ghi các huyện suy ra vào districts.");
        }
        return inferred;
    }

    /** featured: the story's place (1 first) among the models the home page puts forward; 0 when absent. */
    private static int featured(YamlFields f, JsonNode root) {
        JsonNode node = root.get("featured");
        if (node == null || node.isNull()) {
            return 0;
        }
        String text = node.isValueNode() ? node.asText().trim() : "";
        if (!text.matches("[1-9][0-9]?")) {
            f.error("featured", "\"" + node.asText() + "\" không phải là một số thứ tự từ 1 đến 99.",
                    "featured là thứ tự của mô hình trong mục \"Mô hình tiêu biểu\" ở trang chủ (1 đứng đầu), ví dụ: featured: 1; bỏ dòng này nếu không chọn.");
            return 0;
        }
        return Integer.parseInt(text);
    }

    private static DateOrMonth asOf(YamlFields f, JsonNode root) {
        String text = f.optionalText(root, "", "as_of");
        DateOrMonth asOf = text == null ? null : DateOrMonth.parse(text);
        if (text != null && asOf == null) {
            f.error("as_of", "\"" + text + "\" không phải là một ngày hay một tháng hợp lệ.",
                    "as_of là thời điểm nội dung bài nói đến, dạng năm-tháng (as_of: 2023-08) hoặc năm-tháng-ngày; bỏ trống khi đó là ngày của bài.");
        }
        return asOf;
    }

    private LocalDate date(YamlFields f, JsonNode root) {
        String text = f.requiredText(root, "", "date", DATE_HINT);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, YEAR_MONTH_DAY);
        } catch (DateTimeParseException iso) {
            try {
                return LocalDate.parse(text, DAY_MONTH_YEAR);
            } catch (DateTimeParseException dayMonthYear) {
                f.error("date", "\"" + text + "\" không phải là một ngày hợp lệ"
                        + (looksLikeADate(text) ? " (tháng đó không có ngày này)." : "."), DATE_HINT);
                return null;
            }
        }
    }

    /** A day the formatters read but the calendar does not have, such as 30/02 or 31/06. */
    private static boolean looksLikeADate(String text) {
        DateTimeFormatter lenient = text.contains("/") ? DAY_MONTH_YEAR.withResolverStyle(ResolverStyle.SMART)
                : YEAR_MONTH_DAY.withResolverStyle(ResolverStyle.SMART);
        try {
            lenient.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static <T> T known(YamlFields f, String path, String id, T found, List<String> valid, String what, String dataFile,
                               java.util.function.Supplier<String> suggestion) {
        if (found == null) {
            f.error(path, "không có " + what + " với id \"" + id + "\".",
                    suggestion.get() + "Các id hợp lệ nằm trong " + dataFile + ": " + String.join(", ", valid) + ".");
        }
        return found;
    }

    /**
     * "Có phải ý bạn là …?" for a typo in an id, for capitals or tone marks ("Mộ Đức" → mo-duc), and for a
     * name written instead of its id ("Sở Y tế" → so-y-te).
     */
    static String suggestion(String given, List<String> ids, List<java.util.Map.Entry<String, String>> idByName) {
        String slug = vn.quangngai.dvk.text.Vietnamese.slug(given);
        if (ids.contains(slug)) {
            return "Có phải ý bạn là \"" + slug + "\"? ";
        }
        for (java.util.Map.Entry<String, String> name : idByName) {
            String nameSlug = vn.quangngai.dvk.text.Vietnamese.slug(name.getKey());
            if (nameSlug.equals(slug) || nameSlug.endsWith("-" + slug)) {
                return "Có phải ý bạn là \"" + name.getValue() + "\" (" + name.getKey() + ")? ";
            }
        }
        return Suggestions.didYouMean(given, ids);
    }

    private static List<String> ids(YamlFields f, JsonNode root, String key, List<String> valid, String what, String dataFile,
                                    java.util.function.Supplier<List<java.util.Map.Entry<String, String>>> idByName) {
        List<String> ids = new ArrayList<>();
        List<String> given = f.textList(root, "", key);
        for (int i = 0; i < given.size(); i++) {
            String id = given.get(i);
            if (ids.contains(id)) {
                f.warning(key, "\"" + id + "\" được ghi hai lần.", "Bỏ bớt một lần.");
            } else if (valid.contains(id)) {
                ids.add(id);
            } else {
                f.error(key + (root.path(key).isArray() ? "[" + i + "]" : ""), "không có " + what + " với id \"" + id + "\".",
                        suggestion(id, valid, idByName.get()) + "Các id hợp lệ nằm trong " + dataFile + ": " + String.join(", ", valid) + ".");
            }
        }
        return ids;
    }

    private static List<Figure> figures(YamlFields f, JsonNode root) {
        JsonNode list = root.get("figures");
        List<Figure> figures = new ArrayList<>();
        if (list == null || list.isNull()) {
            return figures;
        }
        if (!list.isArray()) {
            f.error("figures", "\"figures\" phải là danh sách các số liệu.",
                    "Mỗi số liệu ghi: - value: \"Hơn 3.000\" và label: \"hồ sơ được tiếp nhận\".");
            return figures;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = "figures[" + i + "]";
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                f.error(path, "mỗi số liệu cần hai trường value và label.", "Ví dụ: - value: \"Hơn 3.000\"  label: \"hồ sơ\"");
                continue;
            }
            f.warnUnknownKeys(item, path, FIGURE_KEYS);
            String value = f.requiredText(item, path, "value", "Con số như trong báo cáo, ví dụ: \"Hơn 3.000\".");
            String label = f.requiredText(item, path, "label", "Con số đó đếm gì, ví dụ: \"hồ sơ được tiếp nhận\".");
            if (value != null && label != null) {
                figures.add(new Figure(value, label));
            }
        }
        return figures;
    }

    /**
     * The photos under {@code images:}, in the order given. The keys of earlier versions
     * ({@code image}, {@code image_alt}) are an error that shows the line to write instead.
     */
    private static List<Image> images(YamlFields f, JsonNode root) {
        oldImageKeys(f, root);
        JsonNode list = root.get("images");
        List<Image> images = new ArrayList<>();
        if (list == null || list.isNull()) {
            return images;
        }
        if (!list.isArray()) {
            f.error("images", "\"images\" phải là danh sách ảnh, mỗi ảnh một mục bắt đầu bằng \"- src:\".",
                    "Ví dụ: images: [{src: anh/ten-anh.jpg, alt: \"Mô tả ngắn điều ảnh cho thấy\"}]");
            return images;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = "images[" + i + "]";
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                f.error(path, "mỗi ảnh cần ít nhất hai trường src và alt.",
                        "Ví dụ: - src: anh/ten-anh.jpg (xuống dòng, thụt vào hai dấu cách) alt: \"Mô tả ngắn điều ảnh cho thấy\"");
                continue;
            }
            f.warnUnknownKeys(item, path, IMAGE_KEYS);
            String src = f.requiredText(item, path, "src", "Ghi đường dẫn ảnh tính từ thư mục assets/, ví dụ: src: anh/ten-anh.jpg");
            String alt = f.requiredText(item, path, "alt",
                    "Ghi mô tả ngắn điều ảnh cho thấy, cho người không xem được ảnh, ví dụ: alt: \"Cán bộ xã trò chuyện với bà con\"");
            String caption = f.optionalText(item, path, "caption");
            String credit = f.optionalText(item, path, "credit");
            if (src != null && !Image.validSrc(src)) {
                f.error(path + ".src", "đường dẫn ảnh \"" + src + "\" không hợp lệ: ảnh phải nằm trong thư mục assets/" + Image.FOLDER + ".",
                        "Chép ảnh vào assets/" + Image.FOLDER + " và ghi đường dẫn tính từ assets/, ví dụ: src: " + Image.FOLDER + "ten-anh.jpg");
            } else if (src != null && alt != null) {
                images.add(new Image(src, alt, caption, credit, f.lineOf(path + ".src")));
            }
        }
        return images;
    }

    /** {@code image:} and {@code image_alt:} from before photos became a list: refused, with the lines that replace them. */
    private static void oldImageKeys(YamlFields f, JsonNode root) {
        if (!root.has("image") && !root.has("image_alt")) {
            return;
        }
        String src = root.path("image").isValueNode() && !root.path("image").asText().isBlank()
                ? root.path("image").asText().trim() : "anh/ten-anh.jpg";
        String alt = root.path("image_alt").isValueNode() && !root.path("image_alt").asText().isBlank()
                ? root.path("image_alt").asText().trim() : "Mô tả ngắn điều ảnh cho thấy";
        String key = root.has("image") ? "image" : "image_alt";
        f.error(key, "trường \"image\"/\"image_alt\" không còn dùng: ảnh ghi trong danh sách \"images\".",
                "Thay dòng image và image_alt bằng: images: [{src: " + src + ", alt: \"" + alt.replace("\"", "'") + "\"}]");
    }

    private int errorCount() {
        return problems.errorCount();
    }
}
