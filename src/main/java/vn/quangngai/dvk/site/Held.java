package vn.quangngai.dvk.site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.quangngai.dvk.story.Story;

/**
 * A valid story the build does not publish: a draft ({@code draft: true}), or one scheduled for a
 * date after the build's ({@code date} in the future). Only a preview build marks it {@code shown}
 * and renders its own page, with a banner; lists, feeds, sitemap, search and open data never see it.
 */
public record Held(Story story, boolean draft, boolean shown) {

    public Held(Story story, boolean draft) {
        this(story, draft, false);
    }

    /** The same story, for a preview build to render. */
    public Held show() {
        return new Held(story, draft, true);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public boolean scheduled() {
        return !draft;
    }

    /** What a build or check says about held stories: one line for the drafts, one per scheduled story. */
    public static List<String> notes(List<Held> held) {
        List<String> lines = new ArrayList<>();
        List<Held> drafts = held.stream().filter(Held::draft).toList();
        if (!drafts.isEmpty()) {
            lines.add("Bỏ qua " + drafts.size() + " bản nháp (draft: true, không xuất bản): "
                    + drafts.stream().map(h -> h.story().file()).collect(Collectors.joining(", ")) + ".");
        }
        held.stream().filter(Held::scheduled).forEach(h -> lines.add("Lên lịch: " + h.story().file() + " (\"" + h.story().title()
                + "\") sẽ xuất bản ngày " + DAY.format(h.story().date()) + ", khi trang được xuất bản lại vào ngày đó hoặc sau đó."));
        return lines;
    }

    /** Whether {@code story} waits for a later day than {@code today}. */
    static boolean isScheduled(Story story, LocalDate today) {
        return story.date().isAfter(today);
    }
}
