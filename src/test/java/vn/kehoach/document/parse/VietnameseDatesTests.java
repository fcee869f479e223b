package vn.kehoach.document.parse;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseDatesTests {

    @Test
    void readsTheWaysPlansWriteDates() {
        assertThat(VietnameseDates.parse("25/3/2024", null)).isEqualTo(LocalDate.of(2024, 3, 25));
        assertThat(VietnameseDates.parse("25-3-2024", null)).isEqualTo(LocalDate.of(2024, 3, 25));
        assertThat(VietnameseDates.parse("25.03.2024", null)).isEqualTo(LocalDate.of(2024, 3, 25));
        assertThat(VietnameseDates.parse("25 tháng 3 năm 2024", null)).isEqualTo(LocalDate.of(2024, 3, 25));
        assertThat(VietnameseDates.parse("05 tháng 12", 2025)).isEqualTo(LocalDate.of(2025, 12, 5));
        assertThat(VietnameseDates.parse("15/11", 2024)).isEqualTo(LocalDate.of(2024, 11, 15));
    }

    @Test
    void refusesWhatIsNotADate() {
        assertThat(VietnameseDates.parse("31/2/2024", null)).isNull();
        assertThat(VietnameseDates.parse("15/11", null)).isNull();
        assertThat(VietnameseDates.parse("năm 2024", 2024)).isNull();
    }

    @Test
    void findsDatesButNotYearRangesOrDocumentNumbers() {
        assertThat(VietnameseDates.findAll(
                "giai đoạn 2021-2030 theo Quyết định 1719/QĐ-TTg ngày 14/10/2021, từ 15/11-15/12/2024",
                2024)).extracting(VietnameseDates.Found::date)
                .containsExactly(LocalDate.of(2021, 10, 14), LocalDate.of(2024, 11, 15), LocalDate.of(2024, 12, 15));
        assertThat(VietnameseDates.findAll("ngày 25 tháng 3 năm 2024", null)).singleElement()
                .satisfies(found -> assertThat(found.yearGiven()).isTrue());
    }
}
