package vn.quangngai.dvk.data;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import vn.quangngai.dvk.text.AdministrativeDate;

/**
 * A day, or a month when the sources give only the month (a department merged "in February
 * 2025"): {@code first} and {@code last} are the first and last day it may be.
 */
public record DateOrMonth(LocalDate first, LocalDate last) {

    public DateOrMonth {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(first + " after " + last);
        }
    }

    /** {@code 2025-06-30} or {@code 2025-02}; null when the text is neither. */
    public static DateOrMonth parse(String text) {
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(text);
                return new DateOrMonth(day, day);
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(text);
                return new DateOrMonth(month.atDay(1), month.atEndOfMonth());
            }
        } catch (DateTimeParseException e) {
            // a month 13 or a 30 February is no date: null, as for any other text
        }
        return null;
    }

    public boolean isDay() {
        return first.equals(last);
    }

    /** {@code 30/6/2025} as the issue pages write it, or {@code tháng 02/2025}. */
    public String label() {
        String day = AdministrativeDate.formatShort(first);
        return isDay() ? day : "tháng " + day.substring(day.indexOf('/') + 1);
    }

    /** As written in the data: {@code 2025-06-30} or {@code 2025-02}. */
    @Override
    public String toString() {
        return isDay() ? first.toString() : YearMonth.from(first).toString();
    }
}
