package vn.quangngai.dvk.editor;

import java.util.ArrayList;
import java.util.List;
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
            found.add(new FieldProblem(control(p.field(), p.line(), bodyLine), p.isError(), p.field(), p.line(), p.message(),
                    p.hint() == null ? "" : p.hint()));
        }
        return found;
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
