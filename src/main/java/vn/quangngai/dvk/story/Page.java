package vn.quangngai.dvk.story;

import java.time.LocalDate;

/** A standalone page such as the campaign page {@code /gioi-thieu/}. {@code body} is Markdown. */
public record Page(String slug, String title, LocalDate date, String summary, String body, String file, int bodyLine) {
}
