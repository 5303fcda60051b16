package vn.quangngai.dvk.edit;

import java.util.List;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.problem.InvalidSourceException;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.story.EntryReader;

/**
 * What {@code check} would say about a story as the form holds it, in the same words: the form's
 * text is written canonically and read by the same {@link EntryReader}, so there is one set of
 * rules. Each problem names its field ({@code title}, {@code figures[1].value} …) for the form to
 * show beside the control; lines are those of the canonical text.
 */
public final class StoryCheck {

    private StoryCheck() {
    }

    /** Every error and warning for {@code story}, saved as {@code file} (e.g. content/mo-hinh/x.md) with {@code slug}. */
    public static List<Problem> problems(StoryText story, String file, String slug, Registry registry) {
        Problems problems = new Problems();
        try {
            new EntryReader(registry, problems).readStoryEntry(StoryWriter.write(story), file, slug);
        } catch (InvalidSourceException e) {
            problems.addAll(e.problems());
        }
        return problems.list();
    }

    /** Whether {@code story} may be saved: a draft always, a story to publish only without errors. */
    public static boolean maySave(StoryText story, List<Problem> problems) {
        return story.draft() || problems.stream().noneMatch(Problem::isError);
    }
}
