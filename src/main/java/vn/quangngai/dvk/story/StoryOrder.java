package vn.quangngai.dvk.story;

import java.util.Comparator;
import vn.quangngai.dvk.text.Vietnamese;

/** The one order of stories everywhere: newest first, then title in Vietnamese order, then slug. */
public final class StoryOrder {

    private StoryOrder() {
    }

    public static Comparator<Story> newestFirst() {
        return Comparator.comparing(Story::date, Comparator.reverseOrder())
                .thenComparing(Story::title, Vietnamese.order())
                .thenComparing(Story::slug);
    }
}
