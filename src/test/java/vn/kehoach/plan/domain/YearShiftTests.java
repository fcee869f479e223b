package vn.kehoach.plan.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Next year's copy of a plan's text: the plan's years move, citations of other documents stay. */
class YearShiftTests {

    private final YearShift from2025 = YearShift.from(2025);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thực hiện công tác bình đẳng giới năm 2025 trên địa bàn tỉnh | Thực hiện công tác bình đẳng giới năm 2026 trên địa bàn tỉnh
            KẾ HOẠCH NĂM 2025 | KẾ HOẠCH NĂM 2026
            Tháng hành động (15/11 - 15/12/2025) | Tháng hành động (15/11 - 15/12/2026)
            số liệu từ ngày 15/12/2024 đến ngày 14/6/2025 | số liệu từ ngày 15/12/2025 đến ngày 14/6/2026
            chốt số liệu đến 31/12/2025 | chốt số liệu đến 31/12/2026
            hạn 05.01.2026 hoặc 5-1-2026 | hạn 05.01.2027 hoặc 5-1-2027
            hoàn thành trong tháng 6/2025 và quý III/2025 | hoàn thành trong tháng 6/2026 và quý III/2026
            kế hoạch phát triển kinh tế - xã hội năm 2026 của tỉnh | kế hoạch phát triển kinh tế - xã hội năm 2027 của tỉnh
            so với năm 2024 | so với năm 2025
            năm học 2024 - 2025 | năm học 2025 - 2026
            Quảng Ngãi, ngày 14 tháng 7 năm 2025 | Quảng Ngãi, ngày 14 tháng 7 năm 2026
            """)
    void movesThePlansYearsInDatesPeriodsAndWords(String before, String after) {
        assertThat(from2025.text(before)).isEqualTo(after);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ
            Thực hiện Công văn số 739/BNV-CTTN&BĐG ngày 28/3/2025 của Bộ Nội vụ
            theo Thông tư số 191/2009/TT-BTC và Nghị quyết 202/2025/QH15
            Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030
            giai đoạn 2021–2030
            mục tiêu đến năm 2024 - 2030
            Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006
            hỗ trợ 2025 hộ phụ nữ vay vốn theo mục 2.2025
            tỷ lệ đạt 1.2025 hoặc 3,2025
            """)
    void leavesCitationsCountsAndLongPeriodsAsWritten(String text) {
        assertThat(from2025.text(text)).isEqualTo(text);
    }

    @Test
    void keepsTheDateACitedDocumentWasIssuedButMovesTheDeadlineAfterIt() {
        assertThat(from2025.text("Triển khai Kế hoạch số 15/KH-UBND ngày 20/3/2025 của UBND tỉnh; báo cáo trước ngày"
                + " 15/12/2025."))
                .isEqualTo("Triển khai Kế hoạch số 15/KH-UBND ngày 20/3/2025 của UBND tỉnh; báo cáo trước ngày"
                        + " 15/12/2026.");
    }

    @Test
    void keepsACitationDateEvenInThePlansOwnYearWhenTheCitationIsOld() {
        YearShift from2021 = YearShift.from(2021);
        assertThat(from2021.text("Nghị quyết số 28/NQ-CP ngày 03/3/2021 ban hành Chiến lược; năm 2021 triển khai"))
                .isEqualTo("Nghị quyết số 28/NQ-CP ngày 03/3/2021 ban hành Chiến lược; năm 2022 triển khai");
    }

    @Test
    void leavesYearsFarFromThePlansAlone() {
        assertThat(from2025.text("so với năm 2020, đến 31/12/2030, tháng 6/2019"))
                .isEqualTo("so với năm 2020, đến 31/12/2030, tháng 6/2019");
    }

    @Test
    void aTitleMovesThePlansYearEvenStandingAlone() {
        assertThat(from2025.title("Kế hoạch công tác bình đẳng giới 2025"))
                .isEqualTo("Kế hoạch công tác bình đẳng giới 2026");
        assertThat(from2025.title("Thực hiện công tác bình đẳng giới năm 2025 (giai đoạn 2021 - 2030)"))
                .isEqualTo("Thực hiện công tác bình đẳng giới năm 2026 (giai đoạn 2021 - 2030)");
        assertThat(from2025.title("Triển khai 2024")).isEqualTo("Triển khai 2024");
        assertThat(YearShift.from(2030).title("Chiến lược giai đoạn 2021 - 2030"))
                .isEqualTo("Chiến lược giai đoạn 2021 - 2030");
    }

    @Test
    void theLastDayOfFebruaryOfALeapYearBecomesTheLastDayOfFebruary() {
        assertThat(YearShift.from(2028).text("trước ngày 29/02/2028")).isEqualTo("trước ngày 28/02/2029");
    }

    @Test
    void movesTheTextOfRichTextAndKeepsItsMarkup() {
        String html = "<p>Tổ chức <strong>Tháng hành động năm 2025</strong> (15/11 - 15/12/2025).</p>"
                + "<ul><li>Báo cáo trước 31/12/2025;</li><li>Theo Công văn số 739/BNV-CTTN&amp;BĐG ngày 28/3/2025.</li></ul>";
        assertThat(from2025.html(html)).isEqualTo("<p>Tổ chức <strong>Tháng hành động năm 2026</strong>"
                + " (15/11 - 15/12/2026).</p><ul><li>Báo cáo trước 31/12/2026;</li>"
                + "<li>Theo Công văn số 739/BNV-CTTN&amp;BĐG ngày 28/3/2025.</li></ul>");
    }

    @Test
    void returnsRichTextWithoutTheYearUnchanged() {
        String html = "<p>Không có năm nào ở đây &amp; không đổi.</p>";
        assertThat(from2025.html(html)).isSameAs(html);
        assertThat(from2025.text(null)).isNull();
        assertThat(from2025.html(null)).isNull();
    }
}
