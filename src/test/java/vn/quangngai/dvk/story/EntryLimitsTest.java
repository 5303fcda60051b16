package vn.quangngai.dvk.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.problem.Problem;

class EntryLimitsTest {

    private static List<Problem> body(String body) {
        return EntryLimits.body(body, "content/mo-hinh/a.md", 9);
    }

    @Test
    void anOrdinaryBodyIsWithinEveryLimit() {
        assertThat(body("""
                ## Mô hình là gì

                > Trích dẫn
                > > trong trích dẫn

                - một
                  - hai
                    1. ba
                       * bốn

                ---
                * * *
                Họ tên: ______________________
                | a | b |
                |---|---|
                | 1 | 2 |

                ```
                                                                                    mã thụt lề sâu
                ```
                """)).isEmpty();
    }

    @Test
    void deepNestingIsCountedFromMarkersAndIndentation() {
        assertThat(EntryLimits.depth("> > > a")).isEqualTo(3);
        assertThat(EntryLimits.depth(">>>>>")).isEqualTo(5);
        assertThat(EntryLimits.depth("- - 1. a")).isEqualTo(3);
        assertThat(EntryLimits.depth("      - a")).isEqualTo(4);
        assertThat(EntryLimits.depth("-1 và *nghiêng*")).isZero();
        assertThat(EntryLimits.depth("3.5 tỷ đồng")).isZero();
    }

    @Test
    void eachLimitIsOneErrorAtItsLineNamingTheLimit() {
        StringBuilder nestedLists = new StringBuilder();
        for (int i = 0; i <= EntryLimits.MAX_DEPTH; i++) {
            nestedLists.append("  ".repeat(i)).append("- a\n");
        }
        List<Problem> problems = body("Mở đầu.\n"
                + ">".repeat(10_000) + " a\n"
                + "_".repeat(2_500) + "a\n"
                + "chữ " + "a".repeat(16_400) + "\n"
                + "- ".repeat(3_000) + "a\n"
                + nestedLists);
        assertThat(problems).extracting(Problem::line).containsExactly(10, 11, 12, 13, 9 + 5 + EntryLimits.MAX_DEPTH);
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.file()).isEqualTo("content/mo-hinh/a.md");
            assertThat(p.field()).isEqualTo("nội dung");
        });
        assertThat(problems.get(0).message()).contains("lồng nhau quá sâu").contains("tối đa 20 cấp");
        assertThat(problems.get(1).message()).contains("2500 ký tự *, _ hoặc -").contains("giới hạn 200");
        assertThat(problems.get(2).message()).contains("16400 chữ và số liền nhau").contains("giới hạn 1000");
    }

    @Test
    void aLongWordInsideCodeIsStillRefusedButDeepIndentationThereIsNot() {
        assertThat(body("```\n" + " ".repeat(200) + "x\n" + "y".repeat(2_000) + "\n```\n"))
                .extracting(Problem::line).containsExactly(11);
    }

    @Test
    void aFrontMatterOverItsLimitIsOneErrorOnLineOne() {
        assertThat(EntryLimits.frontMatter(EntryLimits.MAX_FRONT_MATTER, "a.md")).isNull();
        Problem problem = EntryLimits.frontMatter(EntryLimits.MAX_FRONT_MATTER + 1, "a.md");
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.message()).contains("65537 ký tự").contains("giới hạn 65536");
    }

    @Test
    void aParagraphOfThousandsOfUnclosedLinksOrCodeSpansIsOneErrorWhereItPassesTheLimit() {
        List<Problem> problems = body("[a](\n".repeat(24_000) + "\n" + "`a\n".repeat(1_500) + "\n" + "[a](b) `c`\n".repeat(400));
        assertThat(problems).extracting(Problem::line).containsExactly(9 + 1_000, 9 + 24_001 + 1_000);
        assertThat(problems.get(0).message()).contains("hơn 1000 dấu [");
        assertThat(problems.get(1).message()).contains("hơn 1000 dấu `");
    }
}
