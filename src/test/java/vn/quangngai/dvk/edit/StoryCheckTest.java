package vn.quangngai.dvk.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.data.RegistryReader;
import vn.quangngai.dvk.problem.Problem;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.story.Figure;
import vn.quangngai.dvk.testing.TestSite;

class StoryCheckTest {

    private static final Registry REGISTRY = new RegistryReader(TestSite.PROJECT, new Problems()).read();

    private static StoryText story(String agency, String date, boolean draft) {
        return new StoryText("Một cửa tại nhà", date, null, agency, List.of(), List.of(), List.of("y-te"), "Tóm tắt.",
                List.of(new Figure("Hơn 3.000", "")), null, null, List.of(), draft, Map.of(), "## Mô hình là gì\n\nNội dung.\n");
    }

    @Test
    void theFormGetsCheckProblemsAtTheirFieldsInCheckWords() {
        List<Problem> problems = StoryCheck.problems(story("so-yte", "2026-02-30", false), "content/mo-hinh/a.md", "a", REGISTRY);
        assertThat(problems).extracting(Problem::field).containsExactlyInAnyOrder("date", "agency", "figures[0].label");
        assertThat(problems).filteredOn(p -> "agency".equals(p.field())).singleElement()
                .satisfies(p -> assertThat(p.hint()).startsWith("Có phải ý bạn là \"so-y-te\""));
        assertThat(problems).filteredOn(p -> "date".equals(p.field())).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("tháng đó không có ngày này"));
        assertThat(StoryCheck.maySave(story("so-yte", "2026-02-30", false), problems)).isFalse();
        assertThat(StoryCheck.maySave(story("so-yte", "2026-02-30", true), problems)).as("a draft may be saved with errors").isTrue();
    }

    @Test
    void aGoodStoryHasNoProblem() {
        StoryText good = story("so-y-te", "2026-11-25", false);
        StoryText withLabel = new StoryText(good.title(), good.date(), null, good.agency(), List.of(), List.of(), good.fields(),
                good.summary(), List.of(new Figure("Hơn 3.000", "hồ sơ")), null, null, List.of(), false, Map.of(), good.body());
        assertThat(StoryCheck.problems(withLabel, "content/mo-hinh/a.md", "a", REGISTRY)).isEmpty();
    }
}
