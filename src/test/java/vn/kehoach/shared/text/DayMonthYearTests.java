package vn.kehoach.shared.text;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DayMonthYearTests {

    @Test
    void readsDatesAsOfficialsTypeThem() {
        LocalDate july5 = LocalDate.of(2025, 7, 5);
        for (String typed : new String[]{"05/07/2025", "5/7/2025", " 5 / 7 / 2025 ", "5.7.2025", "05-07-2025",
                "2025-07-05"}) {
            assertThat(DayMonthYear.parse(typed)).as(typed).isEqualTo(july5);
        }
        assertThat(DayMonthYear.parse("  ")).isNull();
    }

    @Test
    void refusesWhatIsNoDate() {
        for (String typed : new String[]{"31/2/2025", "15/11", "5/7/25", "5/7-2025", "hôm nay", "13/13/2025"}) {
            assertThatThrownBy(() -> DayMonthYear.parse(typed)).as(typed).isInstanceOf(DateTimeException.class);
        }
    }

    @Test
    void showsTwoDigitDayAndMonth() {
        assertThat(DayMonthYear.format(LocalDate.of(2025, 7, 5))).isEqualTo("05/07/2025");
        assertThat(DayMonthYear.format(null)).isNull();
    }
}
