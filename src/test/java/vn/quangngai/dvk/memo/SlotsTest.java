package vn.quangngai.dvk.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SlotsTest {

    private final AtomicInteger made = new AtomicInteger();

    private String make() {
        return "value " + made.incrementAndGet();
    }

    @Test
    void equalInputsGiveTheLastBuildsValueAndOtherInputsANewOne() {
        Slots<String> slots = Slots.create(true);
        slots.nextBuild();
        String first = slots.get("feed.json", List.of("a", "b"), this::make);
        slots.nextBuild();
        // equal, not the same instance: compared with equals
        assertThat(slots.get("feed.json", List.of("a", "b"), this::make)).isSameAs(first);
        slots.nextBuild();
        assertThat(slots.get("feed.json", List.of("a", "c"), this::make)).isEqualTo("value 2");
        // the same inputs under another name are another value
        assertThat(slots.get("other.json", List.of("a", "c"), this::make)).isEqualTo("value 3");
    }

    @Test
    void aNameNotAskedForInABuildIsForgottenAfterIt() {
        Slots<String> slots = Slots.create(true);
        slots.nextBuild();
        slots.get("a", 1, this::make);
        slots.nextBuild();
        slots.nextBuild();
        assertThat(slots.get("a", 1, this::make)).isEqualTo("value 2");
    }

    @Test
    void aOneOffBuildsSlotsRememberNothing() {
        Slots<String> slots = Slots.create(false);
        slots.nextBuild();
        slots.get("a", 1, this::make);
        slots.nextBuild();
        assertThat(slots.get("a", 1, this::make)).isEqualTo("value 2");
    }
}
