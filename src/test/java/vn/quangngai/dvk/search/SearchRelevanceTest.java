package vn.quangngai.dvk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import vn.quangngai.dvk.build.SiteBuild;
import vn.quangngai.dvk.testing.TestSite;

/**
 * The relevance test set (src/test/resources/search/relevance.tsv) over the shipped site: the
 * site is built, then src/test/js/relevance.js runs assets/js/search.js, as published, over its
 * index with node. Without node the test is skipped, except in CI, where it fails.
 */
@ExtendWith(SearchRelevanceTest.NodeRequired.class)
class SearchRelevanceTest {

    /** The figure reached; a change to search that lowers it fails here. */
    static final int FIRST_RIGHT = 54;
    static final int TOP3_RIGHT = 55;
    static final int QUERIES = 55;

    @TempDir
    Path root;

    @Test
    void theRightStoryComesFirstForNearlyEveryQueryAndInTheTopThreeForAll() throws IOException, InterruptedException {
        Path site = root.resolve("site");
        new SiteBuild().run(TestSite.PROJECT, site);
        String out = node(TestSite.PROJECT.resolve("src/test/js/relevance.js").toString(), site.toString());
        System.out.println(out);
        Matcher figure = Pattern.compile("first result right (\\d+)/(\\d+), right story in top 3 (\\d+)/(\\d+)").matcher(out);
        assertThat(figure.find()).as(out).isTrue();
        assertThat(Integer.parseInt(figure.group(2))).isEqualTo(QUERIES);
        assertThat(Integer.parseInt(figure.group(1))).as(out).isGreaterThanOrEqualTo(FIRST_RIGHT);
        assertThat(Integer.parseInt(figure.group(3))).as(out).isGreaterThanOrEqualTo(TOP3_RIGHT);
    }

    static String node(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "node";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        return out;
    }

    static boolean nodeInstalled() {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static final class NodeRequired implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (nodeInstalled() || "true".equalsIgnoreCase(System.getenv("CI"))) {
                return ConditionEvaluationResult.enabled("node is installed, or this is CI");
            }
            String why = "Chưa cài node (https://nodejs.org/): không chạy được tập truy vấn kiểm tra độ liên quan của tìm kiếm";
            System.err.println("SKIPPED " + context.getDisplayName() + ": " + why);
            return ConditionEvaluationResult.disabled(why);
        }
    }
}
