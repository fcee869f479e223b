package vn.kehoach.plan;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import vn.kehoach.officialdoc.Numbering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ImplementationDutiesTests {

    private static final PlanDetails.AgencyName HOME = agency(1, "Sở Nội vụ", 11);
    private static final PlanDetails.AgencyName FINANCE = agency(2, "Sở Tài chính", 15);
    private static final PlanDetails.AgencyName HEALTH = agency(3, "Sở Y tế", 12);
    private static final PlanDetails.AgencyName POLICE = agency(4, "Công an tỉnh", 30);
    private static final PlanDetails.AgencyName FRONT = new PlanDetails.AgencyName(5L,
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", true, 40);

    private static final String CADRES = "Kiện toàn đội ngũ cán bộ làm công tác bình đẳng giới ở các xã, phường, đặc"
            + " khu sau sắp xếp; bố trí công chức Phòng Văn hóa - Xã hội theo dõi lĩnh vực này";
    private static final String BUDGET = "Lồng ghép mục tiêu bình đẳng giới trong kế hoạch phát triển kinh tế - xã hội"
            + " năm 2026";
    private static final String MONTH = "Tổ chức Tháng hành động vì bình đẳng giới (15/11 - 15/12/2025)";
    private static final String MEDIA = "Truyền thông giảm thiểu mất cân bằng giới tính khi sinh.";

    private final List<PlanDetails.Task> tasks = List.of(
            task(11, "II.1.a", CADRES, HOME, FINANCE),
            task(12, "II.1.b", BUDGET, FINANCE, HOME),
            task(13, "II.2.a", MEDIA, HEALTH, HOME),
            task(14, "II.3", MONTH, HOME, FRONT, POLICE));

    @Test
    void givesEachAgencyOneItemInTheRostersOrderWithRequestedOnesLast() {
        assertThat(ImplementationDuties.of(plan(tasks, List.of())))
                .extracting(ImplementationDuties.Duty::title)
                .containsExactly("Sở Nội vụ", "Sở Y tế", "Sở Tài chính", "Công an tỉnh",
                        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh");
    }

    @Test
    void writesWhatAnAgencyLeadsThenWhatItSupportsInSentences() {
        List<String> home = paragraphs(ImplementationDuties.of(plan(tasks, List.of())).get(0));
        assertThat(home).containsExactly(
                "Chủ trì, phối hợp với Sở Tài chính kiện toàn đội ngũ cán bộ làm công tác bình đẳng giới ở các xã,"
                        + " phường, đặc khu sau sắp xếp (mục II.1.a); chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc"
                        + " Việt Nam tỉnh và Công an tỉnh tổ chức Tháng hành động vì bình đẳng giới (mục II.3).",
                "Phối hợp với Sở Tài chính thực hiện nhiệm vụ tại mục II.1.b; phối hợp với Sở Y tế thực hiện nhiệm"
                        + " vụ tại mục II.2.a.");
        List<String> police = paragraphs(ImplementationDuties.of(plan(tasks, List.of())).get(3));
        assertThat(police).containsExactly("Phối hợp với Sở Nội vụ thực hiện nhiệm vụ tại mục II.3.");
    }

    @Test
    void namesEveryTaskOnceWithItsReferenceKeptOnOneLine() {
        String all = String.join("\n", ImplementationDuties.of(plan(tasks, List.of())).stream()
                .flatMap(d -> Jsoup.parseBodyFragment(d.html()).select("p").stream().map(p -> p.wholeText())).toList());
        for (PlanDetails.Task task : tasks) {
            String shortTitle = ImplementationDuties.shortTitle(task.title()).substring(1);
            assertThat(all.split(Pattern.quote(shortTitle), -1)).as(shortTitle).hasSize(2);
        }
        assertThat(all).contains("mục\u00A0II.2.a", "mục\u00A0II.3").doesNotContain("mục II");
    }

    @Test
    void groupsTheTasksAnAgencySupportsByTheirLead() {
        List<PlanDetails.Task> twice = new ArrayList<>(tasks);
        twice.add(task(15, "II.2.b", "Khám sàng lọc cho phụ nữ", HEALTH, HOME));
        List<String> home = paragraphs(ImplementationDuties.of(plan(twice, List.of())).get(0));
        assertThat(home.get(1)).isEqualTo("Phối hợp với Sở Tài chính thực hiện nhiệm vụ tại mục II.1.b; phối hợp với"
                + " Sở Y tế thực hiện các nhiệm vụ tại mục II.2.a, II.2.b.");
    }

    @Test
    void listsPartnersWhoseNamesHaveCommasWithCommasOnly() {
        PlanDetails.AgencyName culture = agency(7, "Sở Văn hóa, Thể thao và Du lịch", 14);
        List<String> home = paragraphs(ImplementationDuties.of(plan(List.of(
                task(18, "II.1", "Tuyên truyền pháp luật", HOME, culture, POLICE)), List.of())).get(0));
        assertThat(home).containsExactly("Chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch, Công an tỉnh tuyên"
                + " truyền pháp luật (mục II.1).");
    }

    @Test
    void refersToTheLeadsTogetherWhenAnAgencySupportsMoreThanThree() {
        List<PlanDetails.Task> many = new ArrayList<>(tasks);
        many.add(task(16, "II.4", "Hỗ trợ pháp lý cho phụ nữ", agency(6, "Sở Tư pháp", 20), HOME));
        many.add(task(17, "II.5", "Phòng, chống mua bán người", POLICE, HOME));
        List<String> home = paragraphs(ImplementationDuties.of(plan(many, List.of())).get(0));
        assertThat(home.get(1)).isEqualTo("Phối hợp với các cơ quan chủ trì thực hiện các nhiệm vụ tại mục II.1.b,"
                + " II.2.a, II.4, II.5.");
    }

    @Test
    void namesATaskWithoutLeadAtItsFirstPartnerAndListsALeadWrittenAsText() {
        List<PlanDetails.Task> unled = List.of(
                new PlanDetails.Task(21, "II.1", "Rà soát văn bản", null, null, List.of(HEALTH, POLICE), null, null,
                        null, null, List.of(), null),
                new PlanDetails.Task(22, "II.2", "Vay vốn cho phụ nữ", null, "Chi nhánh Ngân hàng Chính sách xã hội",
                        List.of(), null, null, null, null, List.of(), null));
        List<ImplementationDuties.Duty> duties = ImplementationDuties.of(plan(unled, List.of()));
        assertThat(duties).extracting(ImplementationDuties.Duty::title)
                .containsExactly("Sở Y tế", "Công an tỉnh", "Chi nhánh Ngân hàng Chính sách xã hội");
        assertThat(paragraphs(duties.get(0))).containsExactly("Phối hợp thực hiện rà soát văn bản (mục II.1).");
        assertThat(paragraphs(duties.get(1))).containsExactly("Phối hợp thực hiện nhiệm vụ tại mục II.1.");
        assertThat(paragraphs(duties.get(2))).containsExactly("Chủ trì vay vốn cho phụ nữ (mục II.2).");
    }

    /** An imported lead written "Đề nghị Ban Tổ chức Tỉnh ủy …" is requested however the roster knows it. */
    @Test
    void requestsTheLeadsATaskMarksAsRequestedAlsoWhenWrittenAsText() {
        PlanDetails.AgencyName board = agency(8, "Ban Tổ chức Tỉnh ủy", 5);
        List<PlanDetails.Task> requested = List.of(
                new PlanDetails.Task(23, "II.1", "Giới thiệu nữ cán bộ quy hoạch", board, null, List.of(HOME), null,
                        null, null, null, List.of(), null, true),
                new PlanDetails.Task(24, "II.2", "Vận động hội viên", null, "Hội Cựu chiến binh tỉnh", List.of(), null,
                        null, null, null, List.of(), null, true),
                task(25, "II.3", "Tập huấn cán bộ", HOME));
        assertThat(ImplementationDuties.of(plan(requested, List.of()))).extracting(ImplementationDuties.Duty::title)
                .containsExactly("Sở Nội vụ", "Đề nghị Ban Tổ chức Tỉnh ủy", "Đề nghị Hội Cựu chiến binh tỉnh");
    }

    @Test
    void joinsEveryReferenceOfATextToItsPlace() {
        assertThat(ImplementationDuties.keepReferencesWhole("<p>Thực hiện mục II.2.a và Mục Phần II.IV.3; mục tiêu"
                + " của mục V.</p>")).isEqualTo("<p>Thực hiện mục\u00A0II.2.a và Mục\u00A0Phần II.IV.3; mục tiêu"
                        + " của mục\u00A0V.</p>");
        assertThat(ImplementationDuties.keepReferencesWhole(null)).isNull();
    }

    @Test
    void shortensATaskToItsFirstClause() {
        assertThat(ImplementationDuties.shortTitle(CADRES)).isEqualTo("Kiện toàn đội ngũ cán bộ làm công tác bình"
                + " đẳng giới ở các xã, phường, đặc khu sau sắp xếp");
        assertThat(ImplementationDuties.shortTitle(MONTH)).isEqualTo("Tổ chức Tháng hành động vì bình đẳng giới");
        assertThat(ImplementationDuties.shortTitle("(Dự kiến)")).isEqualTo("(Dự kiến)");
        assertThat(ImplementationDuties.shortTitle(MEDIA))
                .isEqualTo("Truyền thông giảm thiểu mất cân bằng giới tính khi sinh");
        String long_ = "Tuyên truyền " + "về bình đẳng giới, ".repeat(12) + "trên địa bàn";
        assertThat(ImplementationDuties.shortTitle(long_)).hasSizeLessThanOrEqualTo(160).endsWith("bình đẳng giới");
        assertThat(ImplementationDuties.inSentence("Tháng hành động")).isEqualTo("Tháng hành động");
        assertThat(ImplementationDuties.inSentence("UBND các xã triển khai")).isEqualTo("UBND các xã triển khai");
        assertThat(ImplementationDuties.inSentence("Tổ chức hội nghị")).isEqualTo("tổ chức hội nghị");
        assertThat(ImplementationDuties.inSentence("Ban hành kế hoạch")).isEqualTo("ban hành kế hoạch");
        assertThat(ImplementationDuties.inSentence("Ban Tổ chức Tỉnh ủy giới thiệu")).startsWith("Ban");
    }

    @Test
    void keepsWhatTheDraftersWroteAndPrintsTheDutiesOnlyWhenTheyWroteNothing() {
        PlanDetails.Section reporting = section(31, "1", "IV.1", "Chế độ báo cáo", SectionKind.REPORTING, List.of());
        PlanDetails empty = plan(tasks, List.of(section(30, "IV", "IV", "TỔ CHỨC THỰC HIỆN",
                SectionKind.IMPLEMENTATION, List.of(reporting))));
        assertThat(ImplementationDuties.drafted(empty)).isFalse();
        PlanDetails.Section printed = ImplementationDuties.printedSections(empty).get(0);
        assertThat(printed.children()).extracting(PlanDetails.Section::number)
                .containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(printed.children()).extracting(PlanDetails.Section::path).last().isEqualTo("IV.6");
        assertThat(printed.children().get(5).id()).isEqualTo(31);
        assertThat(printed.children().get(0).title()).isEqualTo("Sở Nội vụ");
        assertThat(printed.children().get(0).id()).isNegative();

        PlanDetails written = plan(tasks, List.of(section(30, "IV", "IV", "TỔ CHỨC THỰC HIỆN",
                SectionKind.IMPLEMENTATION, List.of(section(32, "1", "IV.1", "Sở Y tế", SectionKind.IMPLEMENTATION,
                        List.of()), reporting))));
        assertThat(ImplementationDuties.drafted(written)).isTrue();
        assertThat(ImplementationDuties.printedSections(written)).isSameAs(written.sections());
    }

    /** The paragraphs of an item, no-break spaces read as spaces. */
    private static List<String> paragraphs(ImplementationDuties.Duty duty) {
        return Jsoup.parseBodyFragment(duty.html()).select("p").stream()
                .map(p -> p.wholeText().replace(ImplementationDuties.NO_BREAK_SPACE, ' ')).toList();
    }

    private static PlanDetails.AgencyName agency(long id, String name, int order) {
        return new PlanDetails.AgencyName(id, name + " tỉnh Quảng Ngãi", name, false, order);
    }

    private static PlanDetails.Task task(long id, String path, String title, PlanDetails.AgencyName lead,
                                         PlanDetails.AgencyName... coordinating) {
        return new PlanDetails.Task(id, path, title, lead, null, List.of(coordinating), LocalDate.of(2025, 8, 1),
                LocalDate.of(2025, 12, 15), null, null, List.of(), null);
    }

    private static PlanDetails.Section section(long id, String number, String path, String title, SectionKind kind,
                                               List<PlanDetails.Section> children) {
        return new PlanDetails.Section(id, number, path, Numbering.defaultStyle(path.split("\\.").length - 1), title,
                null, null, kind, false, children);
    }

    private static PlanDetails plan(List<PlanDetails.Task> tasks, List<PlanDetails.Section> sections) {
        return new PlanDetails(1, PlanStatus.DRAFT, 0, 1, 2025, "Thực hiện công tác bình đẳng giới năm 2025", null,
                "KH-UBND", "Quảng Ngãi", null, null, null, null, List.of(), sections, tasks, List.of(), List.of(),
                new PlanDetails.Signer(null, null, null), null, null, null);
    }
}
