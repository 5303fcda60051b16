package vn.quangngai.dvk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.BuildResult;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.data.Registry;
import vn.quangngai.dvk.data.RegistryReader;
import vn.quangngai.dvk.problem.Problems;
import vn.quangngai.dvk.testing.TestSite;

/** The generator the benchmark and SearchBench measure with writes valid stories, the same ones for the same seed. */
class StoryGeneratorTest {

    @TempDir
    Path root;

    @Test
    void generatedStoriesBuildIntoASearchableSite() throws IOException {
        Registry registry = new RegistryReader(TestSite.PROJECT, new Problems()).read();
        Path source = TestSite.write(root.resolve("src"), "");
        StoryGenerator.of(registry, List.of(), 7).write(source, 40);
        BuildResult result = new SiteBuild().run(source, root.resolve("site"));
        assertThat(result.stories()).isEqualTo(40);
        assertThat(result.warnings()).isEmpty();
        assertThat(new ObjectMapper().readTree(root.resolve("site/tim-kiem/chi-muc.json").toFile()).get("stories").asInt()).isEqualTo(40);

        Path again = TestSite.write(root.resolve("again"), "");
        StoryGenerator.of(registry, List.of(), 7).write(again, 40);
        assertThat(TestSite.read(again.resolve("content/mo-hinh/mo-hinh-tong-hop-00040.md")))
                .isEqualTo(TestSite.read(source.resolve("content/mo-hinh/mo-hinh-tong-hop-00040.md")))
                .containsPattern("thôn \\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+ và xã")
                .containsPattern("[ạảãáàặẳẵắằậẩẫấầẹẻẽéèệểễếềịỉĩíìọỏõóòộổỗốồợởỡớờụủũúùựửữứừỵỷỹýỳ]");
    }

    @Test
    void theVocabularyGrowsWithTheNumberOfStories() {
        Registry registry = new RegistryReader(TestSite.PROJECT, new Problems()).read();
        StoryGenerator generator = StoryGenerator.of(registry, List.of(), 7);
        Set<String> first = words(generator, 0, 100);
        Set<String> more = words(generator, 0, 1_000);
        assertThat(more.size()).as("distinct words of 1,000 stories against 100").isGreaterThan(first.size() + 100);
    }

    private static Set<String> words(StoryGenerator generator, int from, int to) {
        Set<String> words = new HashSet<>();
        for (int i = from; i < to; i++) {
            words.addAll(List.of(generator.story(i).body().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
        }
        return words;
    }
}
