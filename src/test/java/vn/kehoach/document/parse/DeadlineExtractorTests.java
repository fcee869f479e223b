package vn.kehoach.document.parse;

import org.junit.jupiter.api.Test;
import vn.kehoach.plan.ReportKind;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DeadlineExtractorTests {

    private static List<ParsedRequirement> read(String text, int year) {
        return DeadlineExtractor.extract(List.of(text), year);
    }

    @Test
    void readsADeadlineInsideAnImplementationDuty() {
        assertThat(
                read("Tổng hợp, báo cáo kết quả về UBND xã (qua Phòng Văn hóa - Xã hội) trước ngày 30/11/2025.", 2025))
                .extracting(ParsedRequirement::kind, ParsedRequirement::dueDate, ParsedRequirement::receiver)
                .containsExactly(tuple(ReportKind.OTHER, LocalDate.of(2025, 11, 30), "Phòng Văn hóa - Xã hội"));
    }

    @Test
    void readsSeveralDeadlinesOfOneSentenceWithTheirKinds() {
        List<ParsedRequirement> requirements = read("Định kỳ 6 tháng (trước ngày 15/6), cả năm (trước ngày 05 tháng 12)"
                + " các phòng gửi báo cáo về Sở Nội vụ để tổng hợp.", 2025);
        assertThat(requirements)
                .extracting(ParsedRequirement::kind, ParsedRequirement::dueDate, ParsedRequirement::receiver)
                .containsExactly(tuple(ReportKind.SIX_MONTH, LocalDate.of(2025, 6, 15), "Sở Nội vụ"),
                        tuple(ReportKind.ANNUAL, LocalDate.of(2025, 12, 5), "Sở Nội vụ"));
        assertThat(requirements.get(0).periodFrom()).isEqualTo(LocalDate.of(2024, 12, 15));
        assertThat(requirements.get(0).periodTo()).isEqualTo(LocalDate.of(2025, 6, 14));
    }

    @Test
    void namesThematicAndSelfInspectionReports() {
        assertThat(read("Báo cáo kết quả Tháng hành động gửi Phòng Văn hóa - Xã hội trước ngày 20/12/2025.", 2025))
                .singleElement().satisfies(r -> {
                    assertThat(r.kind()).isEqualTo(ReportKind.THEMATIC);
                    assertThat(r.periodFrom()).isEqualTo(LocalDate.of(2025, 11, 15));
                    assertThat(r.periodTo()).isEqualTo(LocalDate.of(2025, 12, 15));
                });
        assertThat(read("Báo cáo tự kiểm tra gửi trước ngày 25-11-2025.", 2025)).extracting(ParsedRequirement::kind)
                .containsExactly(ReportKind.SELF_INSPECTION);
        assertThat(read("Gửi báo cáo trước ngày 10/6/2025 đối với báo cáo 6 tháng.", 2025))
                .extracting(ParsedRequirement::kind).containsExactly(ReportKind.SIX_MONTH);
    }

    @Test
    void readsAPeriodicRegimeWithoutDates() {
        assertThat(read("Các đơn vị báo cáo định kỳ 6 tháng, năm về Văn phòng HĐND và UBND xã.", 2025))
                .extracting(ParsedRequirement::kind, ParsedRequirement::dueDate, ParsedRequirement::receiver)
                .containsExactly(tuple(ReportKind.SIX_MONTH, null, "Văn phòng HĐND và UBND xã"),
                        tuple(ReportKind.ANNUAL, null, "Văn phòng HĐND và UBND xã"));
    }

    /** One report a line, as the regime of an exported plan is written: its period and receiver as printed. */
    @Test
    void readsEachReportOfAWrittenRegimeWithItsDataPeriodReceiverAndWords() {
        List<ParsedRequirement> regime = read(String.join("\n",
                "Báo cáo định kỳ 6 tháng (số liệu từ ngày 15/12/2024 đến ngày 14/6/2025) gửi về Sở Văn hóa, Thể thao"
                        + " và Du lịch tỉnh Quảng Ngãi trước ngày 31/7/2025.",
                "Báo cáo định kỳ năm (số liệu từ ngày 1/1/2025 đến ngày 30/11/2025) gửi về Phòng Văn hóa - Xã hội"
                        + " phường Đăk Cấm trước ngày 15/12/2025. Các cơ quan, đơn vị báo cáo kết quả thực hiện để tổng"
                        + " hợp, báo cáo Ủy ban nhân dân tỉnh Quảng Ngãi.",
                "Báo cáo nhanh tình hình triển khai Kế hoạch gửi về Sở Nội vụ tỉnh Quảng Ngãi trước ngày 16/12/2025."),
                2025);
        assertThat(regime).extracting(ParsedRequirement::kind, ParsedRequirement::periodFrom,
                ParsedRequirement::periodTo, ParsedRequirement::dueDate, ParsedRequirement::receiver,
                ParsedRequirement::text)
                .containsExactly(
                        tuple(ReportKind.SIX_MONTH, LocalDate.of(2024, 12, 15), LocalDate.of(2025, 6, 14),
                                LocalDate.of(2025, 7, 31), "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ngãi", null),
                        tuple(ReportKind.ANNUAL, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 11, 30),
                                LocalDate.of(2025, 12, 15), "Phòng Văn hóa - Xã hội phường Đăk Cấm",
                                "Các cơ quan, đơn vị báo cáo kết quả thực hiện để tổng hợp, báo cáo Ủy ban nhân dân"
                                        + " tỉnh Quảng Ngãi"),
                        tuple(ReportKind.OTHER, null, null, LocalDate.of(2025, 12, 16), "Sở Nội vụ tỉnh Quảng Ngãi",
                                "Báo cáo nhanh tình hình triển khai Kế hoạch"));
    }

    @Test
    void ignoresActivityWindowsAndSentencesWithoutReporting() {
        assertThat(read("Tổ chức các hoạt động từ ngày 15/11 đến ngày 15/12/2025.", 2025)).isEmpty();
        assertThat(read("Hoàn thành việc sửa chữa nhà văn hóa trước ngày 30/6/2025.", 2025)).isEmpty();
    }
}
