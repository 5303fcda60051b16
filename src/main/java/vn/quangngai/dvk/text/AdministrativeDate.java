package vn.quangngai.dvk.text;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Dates as Vietnamese administrative documents write them (Nghị định 30/2020/NĐ-CP): the day is
 * zero-padded below 10, the month only for January and February, because "tháng 1" and "tháng 2"
 * could otherwise be extended to 10–12 by hand.
 */
public final class AdministrativeDate {

    private AdministrativeDate() {
    }

    /** {@code 2020-06-04} → {@code ngày 04 tháng 6 năm 2020}. */
    public static String format(LocalDate date) {
        return "ngày " + day(date) + " tháng " + month(date) + " năm " + date.getYear();
    }

    /** {@code 2020-06-04} → {@code 04/6/2020}, the short form used in document numbers. */
    public static String formatShort(LocalDate date) {
        return day(date) + "/" + month(date) + "/" + date.getYear();
    }

    /** {@code 2023-08} → {@code tháng 8 năm 2023}; {@code 2026-01} → {@code tháng 01 năm 2026}. */
    public static String format(YearMonth month) {
        return "tháng " + month(month.getMonthValue()) + " năm " + month.getYear();
    }

    private static String day(LocalDate date) {
        int day = date.getDayOfMonth();
        return day < 10 ? "0" + day : Integer.toString(day);
    }

    private static String month(LocalDate date) {
        return month(date.getMonthValue());
    }

    private static String month(int month) {
        return month <= 2 ? "0" + month : Integer.toString(month);
    }
}
