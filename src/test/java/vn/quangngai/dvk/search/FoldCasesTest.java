package vn.quangngai.dvk.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.quangngai.dvk.text.Vietnamese;

/** The build side of the fold table; the browser side is in {@link SearchBrowserTest}. */
class FoldCasesTest {

    @Test
    void theBuildFoldsEveryTrickyInputAsTheTableSays() {
        assertThat(FoldCases.all()).hasSizeGreaterThan(10).allSatisfy(c ->
                assertThat(Vietnamese.fold(c.input())).as(c.why()).isEqualTo(c.folded()));
    }
}
