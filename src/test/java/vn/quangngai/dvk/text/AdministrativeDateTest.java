package vn.quangngai.dvk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdministrativeDateTest {

    @ParameterizedTest
    @CsvSource({
            "2020-06-04, ngày 04 tháng 6 năm 2020",
            "2021-11-26, ngày 26 tháng 11 năm 2021",
            "2026-01-05, ngày 05 tháng 01 năm 2026",
            "2026-02-10, ngày 10 tháng 02 năm 2026",
            "2026-03-09, ngày 09 tháng 3 năm 2026",
            "2026-12-31, ngày 31 tháng 12 năm 2026"})
    void padsTheDayBelowTenAndTheMonthOnlyForJanuaryAndFebruary(String iso, String expected) {
        assertThat(AdministrativeDate.format(LocalDate.parse(iso))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2020-06-04, 04/6/2020", "2021-11-26, 26/11/2021", "2026-01-05, 05/01/2026"})
    void shortFormFollowsTheSameRule(String iso, String expected) {
        assertThat(AdministrativeDate.formatShort(LocalDate.parse(iso))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2023-08, tháng 8 năm 2023", "2026-01, tháng 01 năm 2026", "2026-02, tháng 02 năm 2026", "2026-12, tháng 12 năm 2026"})
    void aMonthAloneFollowsTheSameRule(String iso, String expected) {
        assertThat(AdministrativeDate.format(YearMonth.parse(iso))).isEqualTo(expected);
    }
}
