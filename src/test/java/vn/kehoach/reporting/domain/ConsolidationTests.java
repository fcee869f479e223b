package vn.kehoach.reporting.domain;

import org.junit.jupiter.api.Test;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.StrategyTarget;
import vn.kehoach.reporting.EntryState;
import vn.kehoach.reporting.ReportStatus;
import vn.kehoach.reporting.ReporterKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ConsolidationTests {

    static final long TASK = 10;
    static final long OWN_TASK = 11;

    @Test
    void sumsFiguresPerTaskIncludingTasksBelowThatCarryItOut() {
        ReportView target = target(
                entry(OWN_TASK, EntryState.DONE, "Sở Nội vụ tự thực hiện.", new Figures(1, 0, 0, 0, null)));
        Consolidation.Source agency = source(1, "Sở Y tế", entry(TASK, EntryState.DONE, "Tổ chức 3 hội nghị.",
                new Figures(3, 40, 60, 2, new BigDecimal("5000000"))));
        // A commune's own plan task 99 carries out the province's task 10.
        Consolidation.Source commune = source(2, "Phường Đăk Cấm", new EntryContent(99, TASK, "II.1", "Truyền thông",
                EntryState.IN_PROGRESS, "Phát thanh 4 kỳ.", new Figures(4, 5, 5, null, new BigDecimal("500000"))));

        ReportContent drafted = Consolidation.draft(target, List.of(agency, commune));

        EntryContent summed = drafted.entries().stream().filter(e -> e.sectionId() == TASK).findFirst().orElseThrow();
        assertThat(summed.figures()).isEqualTo(new Figures(7, 45, 65, 2, new BigDecimal("5500000")));
        assertThat(summed.narrative()).isEqualTo("- Sở Y tế: Tổ chức 3 hội nghị.\n- Phường Đăk Cấm: Phát thanh 4 kỳ.");
        assertThat(summed.state()).isEqualTo(EntryState.IN_PROGRESS);
        // A task no source speaks of keeps what the drafter wrote.
        EntryContent own = drafted.entries().stream().filter(e -> e.sectionId() == OWN_TASK).findFirst().orElseThrow();
        assertThat(own.narrative()).isEqualTo("Sở Nội vụ tự thực hiện.");
    }

    @Test
    void aRateIsTheRatioOfTheSummedPartsNotTheMeanOfRates() {
        TargetValueContent a = new TargetValueContent("1.1", null, new BigDecimal("3"), new BigDecimal("10"), null,
                null,
                null, null);
        TargetValueContent b = new TargetValueContent("1.1", null, new BigDecimal("1"), new BigDecimal("2"), null, null,
                null, null);
        TargetValueContent sum = Consolidation.sumTargets("1.1", List.of(a, b), 2);
        assertThat(sum.numerator()).isEqualByComparingTo("4");
        assertThat(sum.denominator()).isEqualByComparingTo("12");
        // 4/12 = 33.3 %, where the mean of 30 % and 50 % would be 40 %.
        assertThat(sum.effectiveValue()).isEqualByComparingTo("33.3");
        assertThat(sum.note()).isNull();
    }

    @Test
    void aRateOfTheCatalogueGivenWithoutItsPartsIsNotAddedUp() {
        StrategyTarget rate = new StrategyTarget("1.1", 1, "Lãnh đạo", "Tỷ lệ nữ", true, "%",
                StrategyTarget.Measure.RATE, BigDecimal.valueOf(100), StrategyTarget.Direction.HIGHER, true, null,
                null);
        TargetValueContent parts = new TargetValueContent("1.1", null, new BigDecimal("3"), new BigDecimal("10"),
                null, null, null, null);
        TargetValueContent rateOnly = new TargetValueContent("1.1", new BigDecimal("50"), null, null,
                new BigDecimal("40"), new BigDecimal("60"), null, null);

        TargetValueContent sum = Consolidation.sumTargets("1.1", List.of(parts, rateOnly), 2, rate);
        // 30 % and 50 % are not 80 %: the source without parts is left out, and the note says so.
        assertThat(sum.value()).isNull();
        assertThat(sum.numerator()).isEqualByComparingTo("3");
        assertThat(sum.denominator()).isEqualByComparingTo("10");
        assertThat(sum.valueMale()).isNull();
        assertThat(sum.note()).isEqualTo("Tổng hợp từ 1/2 báo cáo có số liệu");

        TargetValueContent none = Consolidation.sumTargets("1.1", List.of(rateOnly, rateOnly), 2, rate);
        assertThat(none.value()).isNull();
        assertThat(none.numerator()).isNull();
        assertThat(none.note()).isEqualTo("Tổng hợp từ 0/2 báo cáo có số liệu");
    }

    @Test
    void countsAreSummedAndAPartialSumSaysSo() {
        TargetValueContent a = new TargetValueContent("3.2a", new BigDecimal("12"), null, null, new BigDecimal("5"),
                new BigDecimal("7"), null, null);
        TargetValueContent sum = Consolidation.sumTargets("3.2a", List.of(a), 3);
        assertThat(sum.value()).isEqualByComparingTo("12");
        assertThat(sum.valueFemale()).isEqualByComparingTo("7");
        assertThat(sum.note()).isEqualTo("Tổng hợp từ 1/3 báo cáo có số liệu");
    }

    @Test
    void aNarrativeGatheredBelowStaysUnderItsSource() {
        assertThat(
                Consolidation.cited("Phường Đăk Cấm", "- Công an phường: Tuyên truyền.\n- Trạm Y tế: Khám sàng lọc."))
                .isEqualTo("- Phường Đăk Cấm:\n  - Công an phường: Tuyên truyền.\n  - Trạm Y tế: Khám sàng lọc.");
        assertThat(Consolidation.cited("Phường Đăk Cấm", "- Công an phường: Tuyên truyền."))
                .isEqualTo("- Phường Đăk Cấm:\n  - Công an phường: Tuyên truyền.");
    }

    @Test
    void theStateIsDoneOnlyWhenEveryoneIsDone() {
        assertThat(Consolidation.agreedState(Set.of(EntryState.DONE))).isEqualTo(EntryState.DONE);
        assertThat(Consolidation.agreedState(Set.of(EntryState.DONE, EntryState.NOT_STARTED)))
                .isEqualTo(EntryState.IN_PROGRESS);
        assertThat(Consolidation.agreedState(Set.of(EntryState.NOT_STARTED))).isEqualTo(EntryState.NOT_STARTED);
        assertThat(Consolidation.agreedState(Set.of())).isNull();
    }

    @Test
    void emptyAssessmentPartsGatherTheSourcesAndWrittenOnesStay() {
        ReportView target = target(entry(OWN_TASK, null, null, Figures.NONE));
        Consolidation.Source a = new Consolidation.Source(1, "Sở Y tế", new ReportContent(List.of(), List.of(),
                "Hoàn thành.", "Thiếu kinh phí.", null, null, null));
        ReportContent drafted = Consolidation.draft(target, List.of(a));
        assertThat(drafted.results()).isEqualTo("- Sở Y tế: Hoàn thành.");
        assertThat(drafted.shortcomings()).isEqualTo("- Sở Y tế: Thiếu kinh phí.");
        assertThat(drafted.causes()).isNull();
    }

    static EntryContent entry(long section, EntryState state, String narrative, Figures figures) {
        return new EntryContent(section, null, "II." + section, "Nhiệm vụ " + section, state, narrative, figures);
    }

    static Consolidation.Source source(long id, String name, EntryContent entry) {
        return new Consolidation.Source(id, name, new ReportContent(List.of(entry), List.of(), null, null, null, null,
                null));
    }

    static ReportView target(EntryContent ownEntry) {
        List<ReportView.TaskPart> tasks = List.of(
                new ReportView.TaskPart(TASK, "II.1", "Truyền thông", "Sở Y tế", List.of(), List.of(), List.of("1.1"),
                        null, new EntryContent(TASK, null, "II.1", "Truyền thông", null, null, Figures.NONE)),
                new ReportView.TaskPart(OWN_TASK, "II.2", "Tháng hành động", "Sở Nội vụ", List.of(), List.of(),
                        List.of(), null, ownEntry));
        return new ReportView(1, 0, ReportStatus.DRAFT, 0, ReportKind.SIX_MONTH, 2027, null, null,
                LocalDate.of(2027, 8, 15), LocalDate.of(2027, 8, 1), ReporterKind.UNIT, "Tỉnh Quảng Ngãi", 1, "51",
                "Tỉnh Quảng Ngãi", "/1/", 2, "Sở Nội vụ", 3, "Bộ Nội vụ", "Trung ương", null, null, null, null, null,
                null, null, null, null, null, null, tasks, List.of(), List.of(), null, null, null, null, null, null,
                null, null, null);
    }
}
