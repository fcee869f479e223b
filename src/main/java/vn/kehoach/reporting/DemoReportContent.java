package vn.kehoach.reporting;

import vn.kehoach.reporting.domain.EntryContent;
import vn.kehoach.reporting.domain.Figures;
import vn.kehoach.reporting.domain.ReportContent;
import vn.kehoach.reporting.domain.ReportView;
import vn.kehoach.reporting.domain.TargetValueContent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the demo reports say: the wording a reporter would write for each kind of task, and their figures. */
final class DemoReportContent {

    private DemoReportContent() {
    }

    /**
     * A plausible report for the view's tasks and targets: figures vary from report to report (seeded by ids) so that
     * sums and comparisons show something.
     *
     * @param keepConsolidated keep what consolidation already filled in from the reports below
     */
    static ReportContent of(ReportView view, boolean keepConsolidated) {
        List<EntryContent> entries = new ArrayList<>();
        int i = 0;
        for (ReportView.TaskPart task : view.tasks()) {
            EntryContent e = task.entry();
            if (keepConsolidated && e.state() != null) {
                entries.add(e);
                continue;
            }
            long seed = task.sectionId() + i++;
            entries.add(new EntryContent(task.sectionId(), task.implementsSectionId(), task.path(), task.title(),
                    seed % 4 == 0 ? EntryState.IN_PROGRESS : EntryState.DONE, narrative(task.title(), seed),
                    new Figures((int) (1 + seed % 4), (int) (20 + seed * 7 % 50), (int) (30 + seed * 11 % 60),
                            (int) (seed % 3), BigDecimal.valueOf((5 + seed % 10) * 1_000_000L))));
        }
        List<TargetValueContent> targets = new ArrayList<>();
        for (ReportView.TargetPart t : view.targets()) {
            if (keepConsolidated && t.value().hasFigure()) {
                targets.add(t.value());
            } else if (t.code().startsWith("1.") || t.code().startsWith("2.") || t.code().equals("3.2a")) {
                // Figures that differ from unit to unit, so that sums and the colour scale of the units below show
                // something; a rate's numerator stays within its denominator.
                long s = Math.abs(view.id() * 31 + t.code().hashCode());
                int denominator = t.code().equals("3.2a") ? 4 + (int) (s % 9) : 8 + (int) (s % 13);
                int numerator = t.code().equals("3.2a")
                        ? denominator - (int) (s % 3)
                        : Math.max(1, (int) Math.round(denominator * (0.35 + (s % 40) / 100.0)));
                targets.add(new TargetValueContent(t.code(), null, BigDecimal.valueOf(numerator),
                        BigDecimal.valueOf(denominator), null, null, "Số liệu thống kê của cơ quan, đơn vị", null));
            } else {
                targets.add(new TargetValueContent(t.code(), null, null, null, null, null, null,
                        "Chưa có số liệu thống kê trong kỳ"));
            }
        }
        return new ReportContent(entries, targets, or(view.results(), "Các nhiệm vụ được giao cơ bản được triển khai"
                + " đúng tiến độ; nhận thức về bình đẳng giới của cán bộ và người dân được nâng lên."),
                or(view.shortcomings(),
                        "Một số hoạt động truyền thông ở vùng đồng bào dân tộc thiểu số chưa thường xuyên;"
                                + " số liệu thống kê theo giới tính chưa đầy đủ."),
                or(view.causes(),
                        "Kinh phí bố trí cho công tác bình đẳng giới còn hạn chế; cán bộ làm công tác bình đẳng"
                                + " giới ở cơ sở kiêm nhiệm, thay đổi sau sắp xếp."),
                or(view.directions(),
                        "Tiếp tục tuyên truyền, lồng ghép bình đẳng giới trong các chương trình, kế hoạch;"
                                + " chuẩn bị tổ chức Tháng hành động vì bình đẳng giới năm 2025."),
                or(view.proposals(),
                        "Đề nghị bố trí kinh phí và tổ chức tập huấn nghiệp vụ cho cán bộ làm công tác bình"
                                + " đẳng giới cấp xã."));
    }

    private static String or(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static String narrative(String title, long seed) {
        String lower = title == null ? "" : title.toLowerCase(Locale.ROOT);
        if (lower.contains("truyền thông") || lower.contains("tuyên truyền") || lower.contains("phát sóng")) {
            return "Tổ chức " + (2 + seed % 4) + " hội nghị, buổi nói chuyện chuyên đề; phát hành tờ gấp, đăng tin bài"
                    + " trên cổng thông tin điện tử và hệ thống truyền thanh cơ sở.";
        }
        if (lower.contains("kiện toàn") || lower.contains("cán bộ")) {
            return "Rà soát, kiện toàn đội ngũ cán bộ làm công tác bình đẳng giới sau sắp xếp; phân công công chức theo"
                    + " dõi lĩnh vực tại các xã, phường.";
        }
        if (lower.contains("vay vốn") || lower.contains("sinh kế") || lower.contains("kinh tế")) {
            return "Giải ngân vốn vay ưu đãi cho hộ do phụ nữ làm chủ; hỗ trợ phụ nữ nông thôn tham gia tổ hợp tác.";
        }
        if (lower.contains("tháng hành động")) {
            return "Xây dựng kế hoạch và chuẩn bị các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới.";
        }
        return "Triển khai thực hiện theo kế hoạch; lồng ghép nội dung bình đẳng giới trong hoạt động chuyên môn của"
                + " cơ quan, đơn vị.";
    }
}
