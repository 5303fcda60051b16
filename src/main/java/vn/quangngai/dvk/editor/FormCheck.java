package vn.quangngai.dvk.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.site.Site;
import vn.quangngai.dvk.site.SiteReader;
import vn.quangngai.dvk.story.EntryReader;
import vn.quangngai.dvk.story.FrontMatter;

/**
 * Checks a form as {@code check} checks the file it becomes: the same {@link EntryReader}, on the
 * same text, so that every problem reads the same here and there. Each problem is given the form
 * control it belongs to.
 */
public final class FormCheck {

    /** A problem of {@code check}, with the control of the form it is shown at. */
    public record FieldProblem(String control, boolean error, String field, int line, String message, String hint) {
    }

    private FormCheck() {
    }

    /** The problems of the story as it would be published (a draft is checked as if it were ready). */
    public static List<FieldProblem> check(StoryForm form, Registry registry) {
        StoryForm ready = form.published();
        String text = ready.toText();
        String file = SiteReader.CONTENT + "/" + Site.STORIES + "/" + (form.slug().isEmpty() ? "bai-moi" : form.slug()) + ".md";
        Problems problems = new Problems();
        new EntryReader(registry, problems).readStory(text, file, form.slug());
        int bodyLine;
        try {
            bodyLine = FrontMatter.split(text, file).bodyLine();
        } catch (InvalidSourceException e) {
            bodyLine = Integer.MAX_VALUE;
        }
        List<FieldProblem> found = new ArrayList<>();
        for (Problem p : problems.list()) {
            String control = control(p.field(), p.line(), bodyLine);
            found.add(new FieldProblem(control, p.isError(), p.field(), p.line(), inFormWords(control, p.message()),
                    formHint(control, p.hint() == null ? "" : p.hint())));
        }
        return found;
    }

    /** The file's keys as the form names its boxes. */
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("title", "Tên mô hình"), Map.entry("date", "Ngày đăng"),
            Map.entry("agency", "Cơ quan thực hiện"), Map.entry("districts", "Địa bàn"), Map.entry("communes", "Xã, phường"),
            Map.entry("fields", "Lĩnh vực"), Map.entry("summary", "Tóm tắt"), Map.entry("value", "Con số"),
            Map.entry("label", "Điều được đếm"), Map.entry("alt", "Mô tả ảnh"), Map.entry("caption", "Chú thích dưới ảnh"),
            Map.entry("credit", "Người chụp hoặc nguồn ảnh"));
    private static final Pattern MISSING = Pattern.compile("thiếu trường bắt buộc \"(\\w+)\"");
    private static final Pattern EMPTY = Pattern.compile("trường \"(\\w+)\" đang để trống");
    private static final Pattern KEY_IN_BRACKETS = Pattern.compile(" \\((districts|communes|fields)\\)");
    private static final Pattern EXAMPLE_KEY = Pattern.compile("ví dụ: (\\w+): ");
    private static final Set<String> PICKED = Set.of("agency", "districts", "communes", "fields");
    private static final String PICK = "Gõ vài chữ của tên, có dấu hay không dấu, rồi chọn một dòng trong danh sách gợi ý.";

    /**
     * What {@code check} says of the file, said of the form: staff who write here see boxes, not
     * the file's keys, so a key the form shows is named by its label ("trường \"alt\" đang để
     * trống" becomes "ô “Mô tả ảnh” đang để trống"). Any other message is as {@code check} has it.
     */
    static String inFormWords(String control, String message) {
        String said = named(MISSING, message, label -> "chưa điền ô “" + label + "”");
        said = named(EMPTY, said, label -> "ô “" + label + "” đang để trống");
        if (PICKED.contains(control)) {
            // what was typed is not in the list, whatever it is: a name or an id
            said = said.replace(" với id ", " ");
        }
        return KEY_IN_BRACKETS.matcher(said).replaceAll("");
    }

    /**
     * A hint for the form: where the form gives a list to choose from (agency, districts,
     * communes, fields) or a date picker, the hint says to use it instead of naming the data
     * file's ids or the file's date format; an example's key is left out ("ví dụ: alt: \"…\""
     * becomes "ví dụ: \"…\"").
     */
    static String formHint(String control, String hint) {
        String lower = hint.toLowerCase(Locale.ROOT);
        if (PICKED.contains(control) && (lower.contains("data/") || lower.contains("ví dụ: " + control + ":"))) {
            return PICK;
        }
        if (control.equals("date") && lower.contains("ví dụ: date:")) {
            return "Chọn ngày trong ô Ngày đăng.";
        }
        if (control.equals("body") && lower.contains("sau dòng ---")) {
            return "Viết nội dung bài vào ô Nội dung.";
        }
        return named(EXAMPLE_KEY, hint, label -> "ví dụ: ");
    }

    /** Each match of {@code pattern} whose key (its first group) the form shows, said by {@code words} of that key's label. */
    private static String named(Pattern pattern, String text, UnaryOperator<String> words) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                LABELS.containsKey(m.group(1)) ? words.apply(LABELS.get(m.group(1))) : m.group()));
    }

    /** The id of the form control a problem's field is written by. */
    static String control(String field, int line, int bodyLine) {
        if (field == null || field.isBlank()) {
            return line >= bodyLine ? "body" : "title";
        }
        String key = field.replaceAll("[\\[.].*$", "");
        return switch (key) {
            case "title", "date", "agency", "districts", "communes", "fields", "summary", "figures" -> key;
            case "image", "image_alt" -> "image";
            case "images" -> photoControl(field);
            case "as_of" -> "date";
            default -> "status";
        };
    }

    /**
     * A photo's problem goes to that photo in the form: {@code images[1].alt} to
     * {@code image-1-alt}, its caption and credit likewise, anything else of it ({@code src}, the
     * item itself) to {@code image-1}; the list as a whole to {@code image}.
     */
    private static String photoControl(String field) {
        Matcher item = PHOTO_FIELD.matcher(field);
        if (!item.matches()) {
            return "image";
        }
        String part = item.group(2);
        return "image-" + item.group(1) + (part != null && !part.equals("src") ? "-" + part : "");
    }

    private static final Pattern PHOTO_FIELD = Pattern.compile("images\\[(\\d+)](?:\\.(alt|caption|credit|src))?");

    public static boolean hasErrors(List<FieldProblem> problems) {
        return problems.stream().anyMatch(FieldProblem::error);
    }
}
