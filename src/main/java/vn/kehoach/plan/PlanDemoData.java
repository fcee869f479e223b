package vn.kehoach.plan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.plan.DemoDrafts.Draft;
import vn.kehoach.plan.DemoDrafts.Province;
import vn.kehoach.plan.domain.ImplementationService;
import vn.kehoach.plan.domain.LegalBasis;
import vn.kehoach.plan.domain.PlanAmendments;
import vn.kehoach.plan.domain.PlanCreation;
import vn.kehoach.plan.domain.PlanDrafting;
import vn.kehoach.plan.domain.PlanHeader;
import vn.kehoach.plan.domain.PlanQueries;
import vn.kehoach.plan.domain.PlanWorkflow;
import vn.kehoach.plan.domain.RequirementContent;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Demo plans written by the team, with facts from the references (the provincial plan 72/KH-UBND of 25/3/2024, the
 * ministry's guidance 739/BNV-CTTN&BĐG of 28/3/2025, the National Strategy targets): the 2024 plans of tỉnh Quảng
 * Ngãi and huyện Ba Tơ before the reform, the 2025 plan of the merged province, phường Đăk Cấm's issued implementing
 * plan and xã Ba Tơ's draft (returned by its leader); the province's 2026 plan, amended in June after phường Đăk Cấm
 * had begun implementing it, and two plans waiting for the province's leader (next year's, an inspection plan).
 * Made through the same services as the pages, by the demo accounts' agencies.
 */
@Component
@Profile("demo & !prod")
@Order(30)
class PlanDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlanDemoData.class);

    private final PlanCreation creation;
    private final PlanDrafting drafting;
    private final PlanWorkflow workflow;
    private final PlanAmendments amendments;
    private final ImplementationService implementation;
    private final PlanQueries queries;
    private final Units units;
    private final DemoDrafts drafts;
    private final JdbcTemplate jdbc;

    PlanDemoData(PlanCreation creation, PlanDrafting drafting, PlanWorkflow workflow, PlanAmendments amendments,
                 ImplementationService implementation, PlanQueries queries, Units units, Agencies agencies,
                 JdbcTemplate jdbc) {
        this.creation = creation;
        this.drafting = drafting;
        this.workflow = workflow;
        this.amendments = amendments;
        this.implementation = implementation;
        this.queries = queries;
        this.units = units;
        this.drafts = new DemoDrafts(drafting, workflow, queries, units, agencies);
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.queryForObject("select count(*) from plan", Long.class) > 0) return;
        long province2024 = province2024();
        district2024(province2024);
        long ministry2025 = ministry2025();
        long province2025 = province2025(ministry2025);
        commune2025("23284", province2025, "08", LocalDate.of(2025, 7, 18), "A Tuấn", true);
        commune2025("21484", province2025, null, null, null, false);
        returnBaTo2025();
        long province2026 = province2026(province2025);
        long dakCam2026 = dakCam2026(province2026);
        long amended = amend2026(province2026);
        province2027(amended);
        inspection2026();
        log.info("Demo plans created: Bộ Nội vụ's 2025 guidance, Quảng Ngãi 2024, 2025, 2026 (amended) and 2027"
                + " (waiting for signature), huyện Ba Tơ 2024, phường Đăk Cấm 2025 and 2026 (draft, plan {} flagged),"
                + " xã Ba Tơ 2025 (returned)", dakCam2026);
    }

    // --- 2024, before the reform ----------------------------------------------------------------------------------

    private long province2024() {
        LocalDate asOf = LocalDate.of(2024, 3, 1);
        UnitRef unit = unitAt("51", asOf);
        AgencyRef committee = agency(unit, "Ủy ban nhân dân", asOf);
        AgencyRef labour = agency(unit, "Sở Lao động - Thương binh và Xã hội", asOf);
        CurrentUser drafter = actor(labour, unit, Role.DRAFTER);
        long id = creation.create(drafter, 2024, committee.id(), null);
        Draft d = draft(id, drafter);
        d.header(unit, committee, null, List.of(
                new LegalBasis("Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;", null, null, "Quốc hội", null),
                new LegalBasis("Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia"
                        + " về bình đẳng giới giai đoạn 2021 - 2030;", "28/NQ-CP", LocalDate.of(2021, 3, 3),
                        "Chính phủ",
                        null)));
        d.text("PURPOSE", "<p>Triển khai đồng bộ các nhiệm vụ bình đẳng giới năm 2024 trên địa bàn tỉnh, gắn với"
                + " các chỉ tiêu của Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030.</p>");
        long tasks = d.top("TASKS");
        d.task(tasks, "Tuyên truyền, phổ biến pháp luật về bình đẳng giới", agency(unit, "Sở Lao động", asOf),
                List.of(agency(unit, "Sở Văn hóa", asOf), agency(unit, "Hội Liên hiệp Phụ nữ", asOf)),
                LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 15), null, "Tin, bài, hội nghị tuyên truyền");
        d.task(tasks, "Tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
                agency(unit, "Sở Lao động", asOf), List.of(agency(unit, "Công an", asOf)),
                LocalDate.of(2024, 11, 15), LocalDate.of(2024, 12, 15), null,
                "Kế hoạch và báo cáo kết quả Tháng hành động");
        d.requirement(ReportKind.ANNUAL, LocalDate.of(2024, 12, 5), labour, Reporters.BOTH);
        d.submitAndIssue(committee, unit, "72", LocalDate.of(2024, 3, 25), "Trần Phước Hiền");
        return id;
    }

    private void district2024(long parentId) {
        LocalDate asOf = LocalDate.of(2024, 4, 1);
        UnitRef unit = unitAt("535", asOf);
        AgencyRef committee = agency(unit, "Ủy ban nhân dân", asOf);
        AgencyRef labour = agency(unit, "Phòng Lao động - Thương binh và Xã hội", asOf);
        CurrentUser drafter = actor(labour, unit, Role.DRAFTER);
        long id = implementationOf(parentId, drafter);
        Draft d = draft(id, drafter);
        d.text("PURPOSE", "<p>Cụ thể hóa Kế hoạch của Ủy ban nhân dân tỉnh trên địa bàn huyện miền núi Ba Tơ, chú trọng"
                + " phụ nữ và trẻ em gái người dân tộc thiểu số.</p>");
        d.submitAndIssue(committee, unit, "86", LocalDate.of(2024, 4, 5), "Đinh Văn Thanh");
    }

    // --- 2025, the ministry's guidance -------------------------------------------------------------------------

    /**
     * The ministry's yearly guidance (Công văn 739/BNV-CTTN&BĐG of 28/3/2025, drafted by its Vụ Công tác thanh niên
     * và Bình đẳng giới), held as the plan the provinces implement and report on. Its tasks are the ministry's own;
     * the provinces report to it on their plans after the reorganisation.
     */
    private long ministry2025() {
        LocalDate asOf = LocalDate.of(2025, 3, 28);
        UnitRef unit = units.findByCodeAt("TW", asOf).orElseThrow();
        AgencyRef ministry = agency(unit, "Bộ Nội vụ", asOf);
        CurrentUser drafter = actor(ministry, unit, Role.DRAFTER);
        long id = creation.create(drafter, 2025, ministry.id(), "Hướng dẫn triển khai công tác bình đẳng giới và vì sự"
                + " tiến bộ của phụ nữ năm 2025");
        Draft d = draft(id, drafter);
        PlanDetails plan = queries.detailsOf(id);
        drafting.updateHeader(drafter, id, plan.version(), new PlanHeader(2025, plan.title(), ministry.id(),
                plan.issuer().parentBodyLine(), List.of("BỘ NỘI VỤ"), "BNV-CTTN&BĐG", "Hà Nội", null, List.of(
                        "UBND các tỉnh, thành phố trực thuộc trung ương"),
                true, "TL. BỘ TRƯỞNG",
                "VỤ TRƯỞNG VỤ CÔNG TÁC THANH NIÊN VÀ BÌNH ĐẲNG GIỚI", null, plan.closing()),
                List.of(
                        new LegalBasis("Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;", null, null, "Quốc hội",
                                null),
                        new LegalBasis(
                                "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia"
                                        + " về bình đẳng giới giai đoạn 2021 - 2030;",
                                "28/NQ-CP", LocalDate.of(2021, 3, 3),
                                "Chính phủ", null)));
        d.text("PURPOSE", "<p>Bảo đảm công tác bình đẳng giới và vì sự tiến bộ của phụ nữ được triển khai thống nhất,"
                + " liên tục trong quá trình sắp xếp tổ chức bộ máy và đơn vị hành chính các cấp năm 2025.</p>");
        long tasks = d.top("TASKS");
        d.task(tasks, "Ban hành và tổ chức thực hiện kế hoạch công tác bình đẳng giới năm 2025 của địa phương", null,
                ministry, List.of(), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 12, 31), null,
                "Kế hoạch của Ủy ban nhân dân tỉnh", List.of());
        d.task(tasks, "Tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
                null, ministry, List.of(), LocalDate.of(2025, 11, 15), LocalDate.of(2025, 12, 15), null,
                "Báo cáo kết quả Tháng hành động", List.of("3.2a"));
        d.task(tasks, "Theo dõi, thống kê các chỉ tiêu của Chiến lược quốc gia về bình đẳng giới", null, ministry,
                List.of(), null, null, "Cả năm", "Số liệu các chỉ tiêu năm 2025", List.of("1.1", "2.1"));
        d.requirement(ReportKind.SIX_MONTH, LocalDate.of(2025, 8, 15), ministry, Reporters.SUBORDINATE_UNITS);
        d.requirement(ReportKind.ANNUAL, LocalDate.of(2025, 12, 25), ministry, Reporters.SUBORDINATE_UNITS);
        d.submitAndIssue(ministry, unit, "739", asOf, "Nguyễn Thị Thanh Hà");
        return id;
    }

    // --- 2025, the merged province --------------------------------------------------------------------------------

    private long province2025(long ministryPlanId) {
        LocalDate asOf = LocalDate.of(2025, 7, 10);
        UnitRef unit = unitAt("51", asOf);
        AgencyRef committee = agency(unit, "Ủy ban nhân dân", asOf);
        AgencyRef homeAffairs = agency(unit, "Sở Nội vụ", asOf);
        CurrentUser drafter = actor(homeAffairs, unit, Role.DRAFTER);
        long id = creation.create(drafter, 2025, committee.id(), null);
        Draft d = draft(id, drafter);
        d.header(unit, committee, ministryPlanId, List.of(
                new LegalBasis("Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;", null, null, "Quốc hội", null),
                new LegalBasis("Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia"
                        + " về bình đẳng giới giai đoạn 2021 - 2030;", "28/NQ-CP", LocalDate.of(2021, 3, 3),
                        "Chính phủ",
                        null),
                new LegalBasis("Thực hiện Công văn số 739/BNV-CTTN&BĐG ngày 28/3/2025 của Bộ Nội vụ về việc hướng dẫn"
                        + " triển khai công tác bình đẳng giới năm 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện"
                        + " trên địa bàn tỉnh sau sắp xếp đơn vị hành chính như sau:", "739/BNV-CTTN&BĐG",
                        LocalDate.of(2025, 3, 28), "Bộ Nội vụ", ministryPlanId)));
        long purpose = d.top("PURPOSE");
        d.item(purpose, "Mục đích",
                "<p>Bảo đảm công tác bình đẳng giới và vì sự tiến bộ của phụ nữ được triển khai liên"
                        + " tục, không gián đoạn trong quá trình vận hành chính quyền địa phương hai cấp; phấn đấu hoàn thành các"
                        + " chỉ tiêu năm 2025 của Chiến lược quốc gia về bình đẳng giới.</p>");
        d.item(purpose, "Yêu cầu", "<p>Xác định rõ cơ quan chủ trì, cơ quan phối hợp, thời gian và sản phẩm của từng"
                + " nhiệm vụ; các xã, phường, đặc khu xây dựng kế hoạch triển khai phù hợp với điều kiện thực tế.</p>");

        province2025Tasks(d, unit, asOf, homeAffairs);

        long funding = d.top("FUNDING");
        d.item(funding, null,
                "<p>Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành, bố trí trong dự"
                        + " toán năm 2025 của các cơ quan, đơn vị (Thông tư số 191/2009/TT-BTC), và các nguồn hợp pháp khác.</p>");
        d.requirement(ReportKind.SIX_MONTH, LocalDate.of(2025, 7, 31), homeAffairs, Reporters.BOTH);
        d.requirement(ReportKind.ANNUAL, LocalDate.of(2025, 12, 18), homeAffairs, Reporters.BOTH);
        d.generateImplementation();
        d.submitAndIssue(committee, unit, "35", LocalDate.of(2025, 7, 14), "Đặng Ngọc Dũng");
        return id;
    }

    /** The province's 2025 tasks: leadership and staffing, communication by each department, the action month. */
    private void province2025Tasks(Draft d, UnitRef unit, LocalDate asOf, AgencyRef homeAffairs) {
        long tasks = d.top("TASKS");
        long lead = d.item(tasks, "Tăng cường sự lãnh đạo, chỉ đạo và kiện toàn bộ máy làm công tác bình đẳng giới",
                null);
        d.task(lead, null, "<p>Kiện toàn đội ngũ cán bộ làm công tác bình đẳng giới ở các xã, phường, đặc khu sau sắp"
                + " xếp; bố trí công chức Phòng Văn hóa - Xã hội theo dõi lĩnh vực này.</p>",
                homeAffairs, List.of(agency(unit, "Sở Tài chính", asOf)), LocalDate.of(2025, 7, 15),
                LocalDate.of(2025, 9, 30), null, "Danh sách cán bộ đầu mối cấp xã", List.of("1.1"));
        d.task(lead, null,
                "<p>Lồng ghép mục tiêu bình đẳng giới trong kế hoạch phát triển kinh tế - xã hội năm 2026 của"
                        + " tỉnh và các xã.</p>",
                agency(unit, "Sở Tài chính", asOf), List.of(homeAffairs), LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 11, 30), null, "Chỉ tiêu giới trong kế hoạch năm 2026", List.of("2.1"));

        communication2025(d, d.item(tasks, "Truyền thông nâng cao nhận thức về bình đẳng giới", null), unit, asOf,
                homeAffairs);
        d.task(tasks, "Tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới"
                + " (15/11 - 15/12/2025)", null, homeAffairs,
                List.of(agency(unit, "Ủy ban Mặt trận Tổ quốc Việt Nam", asOf), agency(unit, "Công an", asOf)),
                LocalDate.of(2025, 11, 15), LocalDate.of(2025, 12, 15), null, "Lễ phát động, báo cáo kết quả",
                List.of("3.2a"));
        d.task(tasks, "Hỗ trợ phụ nữ vay vốn phát triển sinh kế", null,
                agency(unit, "Ngân hàng Chính sách xã hội", asOf), List.of(agency(unit, "Ủy ban Mặt trận", asOf)),
                null, null, "Cả năm", "Dư nợ cho vay hộ do phụ nữ làm chủ", List.of("2.1"));
    }

    /** Each department's own communication task, coordinated by Sở Nội vụ. */
    private void communication2025(Draft d, long communication, UnitRef unit, LocalDate asOf, AgencyRef homeAffairs) {
        String[][] channels = {
                {"Sở Văn hóa, Thể thao và Du lịch",
                        "Phát sóng chuyên mục bình đẳng giới trên Báo và Phát thanh, Truyền hình tỉnh."},
                {"Sở Giáo dục và Đào tạo", "Lồng ghép nội dung giới trong hoạt động ngoại khóa ở trường phổ thông."},
                {"Sở Y tế", "Truyền thông giảm thiểu mất cân bằng giới tính khi sinh tại các trạm y tế xã."},
                {"Sở Dân tộc và Tôn giáo",
                        "Tuyên truyền xóa bỏ tảo hôn, hôn nhân cận huyết thống ở vùng đồng bào dân tộc thiểu số."},
                {"Sở Nông nghiệp và Môi trường", "Hỗ trợ phụ nữ nông thôn tham gia mô hình kinh tế hợp tác."},
                {"Sở Tư pháp", "Rà soát, lồng ghép vấn đề bình đẳng giới trong văn bản quy phạm pháp luật của tỉnh."},
                {"Công an", "Tuyên truyền phòng, chống mua bán người và bạo lực gia đình."}};
        for (String[] channel : channels) {
            d.task(communication, null, "<p>" + channel[1] + "</p>", agency(unit, channel[0], asOf),
                    List.of(homeAffairs), LocalDate.of(2025, 8, 1), LocalDate.of(2025, 12, 15), null,
                    "Tin, bài, hoạt động truyền thông", List.of());
        }
    }

    // --- 2026, the current cycle ----------------------------------------------------------------------------------

    /**
     * The province's 2026 plan, carried forward from 2025 and issued in March: its annual report and a quick report
     * the province asks for ten days from today, so that the dashboards have reports due soon whenever the demo
     * starts. Not yet implemented by the communes.
     */
    private long province2026(long province2025) {
        Province p = province(LocalDate.of(2026, 3, 20));
        long id = amendments.copyForward(p.drafter(), province2025);
        Draft d = draft(id, p.drafter());
        for (PlanDetails.Requirement r : queries.detailsOf(id).reportingRequirements()) {
            if (r.kind() == ReportKind.SIX_MONTH) drafting.removeRequirement(p.drafter(), id, d.version(), r.id());
        }
        LocalDate quick = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10);
        drafting.addRequirement(p.drafter(), id, d.version(),
                new RequirementContent(ReportKind.OTHER, null, null, quick,
                        p.homeAffairs().id(), null, Reporters.BOTH, "Báo cáo nhanh tình hình triển khai Kế hoạch"));
        d.submitAndIssue(p.committee(), p.unit(), "15", p.asOf(), "Đặng Ngọc Dũng");
        return id;
    }

    /**
     * In June the province amends its 2026 plan with a training task for the communes' officers. Phường Đăk Cấm had
     * started its implementing plan in April: it now shows that the plan above changed, and what.
     */
    private long amend2026(long province2026) {
        Province p = province(LocalDate.of(2026, 6, 15));
        long id = amendments.amend(p.drafter(), province2026);
        Draft d = draft(id, p.drafter());
        d.task(d.top("TASKS"), "Tập huấn nâng cao năng lực về bình đẳng giới cho công chức Phòng Văn hóa - Xã hội"
                + " các xã, phường, đặc khu", null, p.homeAffairs(),
                List.of(agency(p.unit(), "Hội Liên hiệp Phụ nữ", p.asOf())), LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 10, 31), null, "02 lớp tập huấn, tài liệu hướng dẫn", List.of("1.1"));
        d.submitAndIssue(p.committee(), p.unit(), "48", p.asOf(), "Đặng Ngọc Dũng");
        return id;
    }

    /** In April phường Đăk Cấm starts implementing the province's 2026 plan; its draft is still open. */
    private long dakCam2026(long province2026) {
        LocalDate asOf = LocalDate.of(2026, 4, 2);
        UnitRef unit = unitAt("23284", asOf);
        return implementationOf(province2026, actor(agency(unit, "Phòng Văn hóa - Xã hội", asOf), unit, Role.DRAFTER));
    }

    /** Sở Nội vụ has drafted next year's plan from this year's and sent it to the province's leader to sign. */
    private void province2027(long province2026) {
        CurrentUser drafter = province(LocalDate.of(2026, 11, 20)).drafter();
        long id = amendments.copyForward(drafter, province2026);
        workflow.submit(drafter, id, draft(id, drafter).version());
    }

    /** A plan of the province's own, without units below to implement it, also waiting for the leader's signature. */
    private void inspection2026() {
        Province p = province(LocalDate.of(2026, 11, 25));
        CurrentUser drafter = p.drafter();
        long id = creation.create(drafter, 2026, p.committee().id(), "Kiểm tra việc thực hiện công tác bình đẳng giới"
                + " năm 2026 tại các xã, phường, đặc khu trên địa bàn tỉnh Quảng Ngãi");
        Draft d = draft(id, drafter);
        d.text("PURPOSE", "<p>Đánh giá việc triển khai công tác bình đẳng giới tại cơ sở sau sắp xếp đơn vị hành chính;"
                + " kịp thời hướng dẫn, tháo gỡ khó khăn cho các xã, phường, đặc khu.</p>");
        d.task(d.top("TASKS"), "Kiểm tra tại phường Đăk Cấm và xã Ba Tơ", null, p.homeAffairs(),
                List.of(agency(p.unit(), "Hội Liên hiệp Phụ nữ", p.asOf())), LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 20), null, "Biên bản, báo cáo kết quả kiểm tra", List.of());
        for (PlanDetails.Requirement r : queries.detailsOf(id).reportingRequirements()) {
            drafting.removeRequirement(drafter, id, d.version(), r.id());
        }
        drafting.addRequirement(drafter, id, d.version(), new RequirementContent(ReportKind.OTHER, null, null,
                LocalDate.of(2026, 12, 28), p.homeAffairs().id(), null, Reporters.ASSIGNED_AGENCIES,
                "Báo cáo kết quả kiểm tra"));
        d.generateImplementation();
        workflow.submit(drafter, id, d.version());
    }

    /** Xã Ba Tơ's leader sent its draft back: the drafter has a returned plan to revise. */
    private void returnBaTo2025() {
        LocalDate asOf = LocalDate.of(2025, 7, 25);
        UnitRef unit = unitAt("21484", asOf);
        CurrentUser drafter = actor(agency(unit, "Phòng Văn hóa - Xã hội", asOf), unit, Role.DRAFTER);
        long id = jdbc.queryForObject(
                "select id from plan where issuer_unit_id = ? and year = 2025 and status = 'DRAFT'",
                Long.class, unit.id());
        workflow.submit(drafter, id, draft(id, drafter).version());
        workflow.returnForRevision(actor(agency(unit, "Ủy ban nhân dân", asOf), unit, Role.LEADER), id,
                "Bổ sung nhiệm vụ tuyên truyền phòng, chống tảo hôn tại các thôn vùng đồng bào dân tộc thiểu số.");
    }

    private void commune2025(String code, long parentId, String number, LocalDate issuedOn, String signer,
                             boolean issue) {
        LocalDate asOf = LocalDate.of(2025, 7, 20);
        UnitRef unit = unitAt(code, asOf);
        AgencyRef committee = agency(unit, "Ủy ban nhân dân", asOf);
        AgencyRef office = agency(unit, "Phòng Văn hóa - Xã hội", asOf);
        CurrentUser drafter = actor(office, unit, Role.DRAFTER);
        long id = implementationOf(parentId, drafter);
        Draft d = draft(id, drafter);
        d.generateImplementation();
        if (issue) d.submitAndIssue(committee, unit, number, issuedOn, signer);
    }

    private long implementationOf(long parentId, CurrentUser drafter) {
        return implementation.createImplementing(drafter, parentId);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private Draft draft(long id, CurrentUser drafter) {
        return drafts.draft(id, drafter);
    }

    private Province province(LocalDate asOf) {
        return drafts.province(asOf);
    }

    private UnitRef unitAt(String code, LocalDate date) {
        return drafts.unitAt(code, date);
    }

    private AgencyRef agency(UnitRef unit, String namePrefix, LocalDate date) {
        return drafts.agency(unit, namePrefix, date);
    }

    private CurrentUser actor(AgencyRef agency, UnitRef unit, Role role) {
        return drafts.actor(agency, unit, role);
    }
}
