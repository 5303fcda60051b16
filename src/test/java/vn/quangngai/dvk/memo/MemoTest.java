package vn.quangngai.dvk.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

    private final AtomicInteger made = new AtomicInteger();

    private String make(String key) {
        return key + "#" + made.incrementAndGet();
    }

    @Test
    void aWarmBuildGetsTheSameValueForEqualInputsWhileTheContextStays() {
        Memo<String> memo = Memo.create(true);
        memo.nextBuild(List.of("https://a/"));
        String first = memo.get(List.of("article", "a"), () -> make("a"));
        assertThat(memo.get(List.of("article", "a"), () -> make("a"))).isSameAs(first);
        memo.nextBuild(List.of("https://a/"));
        assertThat(memo.get(List.of("article", "a"), () -> make("a"))).isSameAs(first);
        assertThat(memo.get(List.of("article", "b"), () -> make("b"))).isEqualTo("b#2");
        memo.nextBuild(List.of("https://a/"));
        memo.nextBuild(List.of("https://a/"));
        assertThat(memo.get(List.of("article", "a"), () -> make("a"))).as("unused for a build: forgotten").isEqualTo("a#3");
        memo.nextBuild(List.of("https://b/"));
        assertThat(memo.get(List.of("article", "a"), () -> make("a"))).as("another context").isEqualTo("a#4");
    }

    @Test
    void aOneOffBuildMakesEveryValue() {
        Memo<String> memo = Memo.create(false);
        memo.nextBuild(List.of());
        assertThat(memo.get(List.of("x"), () -> make("x"))).isEqualTo("x#1");
        assertThat(memo.get(List.of("x"), () -> make("x"))).isEqualTo("x#2");
    }
}
