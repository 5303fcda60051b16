package vn.quangngai.dvk.bake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TablesTest {

    @Test
    void pipesAreFoundOnceAndLookedUpByRange() {
        int[] pipes = Tables.pipes("a | b\n|-|\nc");
        assertThat(pipes).containsExactly(2, 6, 8);
        assertThat(Tables.pipes("không có")).isEmpty();
        assertThat(Tables.anyWithin(pipes, 0, 2)).as("end is outside").isFalse();
        assertThat(Tables.anyWithin(pipes, 0, 3)).isTrue();
        assertThat(Tables.anyWithin(pipes, 2, 3)).as("start is inside").isTrue();
        assertThat(Tables.anyWithin(pipes, 3, 6)).isFalse();
        assertThat(Tables.anyWithin(pipes, 7, 8)).isFalse();
        assertThat(Tables.anyWithin(pipes, 9, 11)).isFalse();
        assertThat(Tables.anyWithin(new int[0], 0, 5)).isFalse();
    }
}
