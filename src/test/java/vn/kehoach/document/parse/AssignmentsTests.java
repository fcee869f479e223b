package vn.kehoach.document.parse;

import org.junit.jupiter.api.Test;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.SectionKind;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Who does what, read as plans write it — the team's fixtures in the formats officials have them: a provincial plan
 * converted from Word (parts, attribute lines under a task, agencies' blocks, a lettered list of "Giao …"/"Đề nghị …",
 * an appendix table with a two-row header) and a district plan extracted from a PDF (hard-wrapped, a tab-separated
 * appendix).
 */
class AssignmentsTests {

    private final PlanTextParser parser = new PlanTextParser();

    private ParsedPlan provincial() throws IOException {
        return parser.parse(FixturePlansParsingTests.fixture("tinh-quang-ngai-2024-phan-cong.md"));
    }

    private ParsedPlan district() throws IOException {
        return parser.parse(FixturePlansParsingTests.fixture("huyen-ba-to-2023-pdf.txt"));
    }

    private static ParsedTask task(ParsedPlan plan, String path) {
        return plan.tasks().stream().filter(t -> t.sectionNumber().equals(path)).findFirst().orElseThrow(
                () -> new AssertionError(
                        "no task at " + path + " in " + plan.tasks().stream().map(ParsedTask::sectionNumber).toList()));
    }

    @Test
    void keepsPartsAndTitlesHeadingsEndingWithAColonOrWrappedOverTwoLines() throws IOException {
        ParsedPlan plan = provincial();

        assertThat(plan.sections()).extracting(ParsedSection::number, ParsedSection::title).startsWith(
                tuple("Phần I", "MỤC ĐÍCH, YÊU CẦU"), tuple("Phần II", "NHIỆM VỤ VÀ TỔ CHỨC THỰC HIỆN"));
        ParsedSection second = plan.sections().get(1);
        assertThat(second.children()).extracting(ParsedSection::number, ParsedSection::kind)
                .containsExactly(tuple("III", SectionKind.TASKS), tuple("IV", SectionKind.IMPLEMENTATION));
        ParsedSection tasks = second.children().get(0);
        // A heading of 33 words ending with ":" is a heading; its text is the paragraph after its list.
        assertThat(tasks.children().get(1).title()).startsWith("Tổ chức Tháng hành động vì bình đẳng giới")
                .endsWith("(từ ngày 15/11 đến ngày 15/12/2024)");
        assertThat(tasks.children().get(1).text())
                .isEqualTo(
                        "Kết quả Tháng hành động gửi về Sở Lao động - Thương binh và Xã hội trước ngày 20/12/2024 để tổng hợp.");
        assertThat(tasks.children().get(1).children()).hasSize(2)
                .allSatisfy(b -> assertThat(b.text()).doesNotContain("Kết quả"));
        assertThat(tasks.children().get(2).title())
                .isEqualTo("Hỗ trợ nạn nhân bạo lực trên cơ sở giới và phòng, chống mua bán người");
        // "Cơ quan chủ trì: …" bullets are the task's attributes, not items under it.
        assertThat(tasks.children().get(0).children().get(0).children()).isEmpty();
        assertThat(plan.legalBasis()).extracting(ParsedLegalBasis::documentNumber).containsExactly("482/LĐTBXH-BĐG");
    }

    @Test
    void readsTheLinesUnderATaskTheBlocksOfTheAgenciesAndALetteredList() throws IOException {
        ParsedPlan plan = provincial();

        ParsedTask media = task(plan, "Phần II.III.1.a");
        assertThat(media.lead()).isEqualTo("Sở Lao động - Thương binh và Xã hội");
        assertThat(media.coordinating()).containsExactly("Sở Thông tin và Truyền thông", "Hội Liên hiệp Phụ nữ tỉnh");
        assertThat(media.from()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(media.to()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(media.output()).isEqualTo("12 chuyên mục");

        assertThat(plan.tasks()).extracting(ParsedTask::sectionNumber, ParsedTask::lead, ParsedTask::requested)
                .contains(tuple("Phần II.IV.1.a", "Sở Lao động - Thương binh và Xã hội", false),
                        tuple("Phần II.IV.1.b", "Sở Lao động - Thương binh và Xã hội", false),
                        tuple("Phần II.IV.2", "Sở Y tế", false),
                        tuple("Phần II.IV.3", "Sở Tài chính", false),
                        tuple("Phần II.IV.4.a", "Công an tỉnh", false),
                        tuple("Phần II.IV.4.b", "Sở Văn hóa, Thể thao và Du lịch", false),
                        tuple("Phần II.IV.4.c", "Ban Tổ chức Tỉnh ủy", true),
                        tuple("Phần II.IV.4.d", "Ủy ban MTTQ Việt Nam tỉnh", true),
                        tuple("Phần II.IV.5.-1", "Ủy ban nhân dân các huyện, thị xã, thành phố", false));
        // Two agencies in one heading: the first leads, the other takes part, each is an assignment.
        assertThat(task(plan, "Phần II.IV.2").coordinating())
                .containsExactly("Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội");
        assertThat(task(plan, "Phần II.IV.2").title()).startsWith("Lồng ghép nội dung bình đẳng giới");
        assertThat(task(plan, "Phần II.IV.4.a").coordinating()).containsExactly("Sở Lao động - Thương binh và Xã hội");
        // "4. Phân công các cơ quan khác" groups assignments; it is no agency.
        assertThat(plan.agencies()).extracting(ParsedAgency::name, ParsedAgency::requested).containsExactly(
                tuple("Sở Lao động - Thương binh và Xã hội", false), tuple("Sở Y tế", false),
                tuple("Sở Giáo dục và Đào tạo", false), tuple("Sở Tài chính", false), tuple("Công an tỉnh", false),
                tuple("Sở Văn hóa, Thể thao và Du lịch", false), tuple("Ban Tổ chức Tỉnh ủy", true),
                tuple("Ủy ban MTTQ Việt Nam tỉnh", true),
                tuple("Ủy ban nhân dân các huyện, thị xã, thành phố", false));
    }

    @Test
    void readsTheAppendixTableIntoTheTasksItNamesAndNewItemsForTheOthers() throws IOException {
        ParsedPlan plan = provincial();

        // Row 1 names item III.1.b of the body: the row gives it lead, partner, quarter and product.
        ParsedTask booklet = task(plan, "Phần II.III.1.b");
        assertThat(booklet.lead()).isEqualTo("Sở Tư pháp");
        assertThat(booklet.coordinating()).containsExactly("Sở Lao động - Thương binh và Xã hội");
        assertThat(booklet.from()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(booklet.to()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(booklet.output()).isEqualTo("2.000 cuốn");
        // Rows 2 and 3 name no item: they become a part of their own, after the body, under the appendix's title.
        ParsedSection appendix = plan.sections().get(plan.sections().size() - 1);
        assertThat(appendix.number()).isEqualTo("V");
        assertThat(appendix.title()).isEqualTo("PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH NĂM 2024");
        assertThat(appendix.kind()).isEqualTo(SectionKind.TASKS);
        assertThat(appendix.children()).extracting(ParsedSection::text).containsExactly(
                "Điều tra, khảo sát thực trạng bạo lực trên cơ sở giới tại các huyện miền núi",
                "Tập huấn kỹ năng lồng ghép giới cho cán bộ cấp huyện, xã");
        ParsedTask survey = task(plan, "V.1");
        assertThat(survey.lead()).isEqualTo("Sở Lao động - Thương binh và Xã hội");
        assertThat(survey.coordinating()).containsExactly("Cục Thống kê tỉnh", "Sở Y tế");
        assertThat(survey.from()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(survey.to()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(task(plan, "V.2").timeNote()).isEqualTo("Thường xuyên");
        assertThat(plan.warnings()).isEmpty();
        // The text after the last list closes the plan and still gives the reporting regime.
        assertThat(plan.closing()).startsWith("Các sở, ban ngành, hội, đoàn thể tỉnh").doesNotEndWith("./.");
        assertThat(plan.reportingRequirements()).extracting(ParsedRequirement::kind, ParsedRequirement::dueDate)
                .containsExactly(tuple(ReportKind.SIX_MONTH, LocalDate.of(2024, 6, 15)),
                        tuple(ReportKind.ANNUAL, LocalDate.of(2024, 11, 30)));
    }

    /**
     * The appendix this application writes: each row ends with the place of its task in the body, "(mục I.1.a)" with
     * a no-break space, and says when as a range, a start alone or a time without dates.
     */
    @Test
    void matchesTheRowsOfAnAppendixToTheTasksTheirPlaceNamesAndAddsNoPart() {
        ParsedPlan plan = parser.parse(String.join("\n",
                "KẾ HOẠCH", "Thực hiện công tác bình đẳng giới năm 2025",
                "I. NHIỆM VỤ, GIẢI PHÁP", "1. Truyền thông về bình đẳng giới",
                "a) Phát sóng chuyên mục bình đẳng giới trên Đài Phát thanh.",
                "b) Lồng ghép nội dung giới trong hoạt động ngoại khóa ở trường phổ thông.",
                "2. Hỗ trợ phụ nữ vay vốn phát triển sinh kế",
                "II. TỔ CHỨC THỰC HIỆN", "1. Sở Văn hóa, Thể thao và Du lịch",
                "Chủ trì, phối hợp với Sở Nội vụ phát sóng chuyên mục bình đẳng giới trên Đài Phát thanh (mục I.1.a).",
                "2. Sở Giáo dục và Đào tạo", "Chủ trì lồng ghép nội dung giới trong hoạt động ngoại khóa (mục I.1.b).",
                "3. Ngân hàng Chính sách xã hội chi nhánh tỉnh",
                "Chủ trì hỗ trợ phụ nữ vay vốn phát triển sinh kế (mục I.2)./.",
                "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An",
                "Phụ lục I", "DANH MỤC NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN",
                "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Sản phẩm |",
                "| 1 | Phát sóng chuyên mục bình đẳng giới trên Đài Phát thanh (mục\u00A0I.1.a) | Sở Văn hóa, Thể thao và"
                        + " Du lịch | Sở Nội vụ | 01/08/2025 - 15/12/2025 | 12 chuyên mục |",
                "| 2 | Lồng ghép nội dung giới (mục\u00A0I.1.b) | Sở Giáo dục và Đào tạo | | Từ ngày 01/09/2025 | |",
                "| 3 | Hỗ trợ phụ nữ vay vốn phát triển sinh kế (mục\u00A0I.2) | Ngân hàng Chính sách xã hội chi nhánh"
                        + " tỉnh | | Cả năm | Dư nợ cho vay |"));

        assertThat(plan.sections()).extracting(ParsedSection::number).containsExactly("I", "II");
        assertThat(plan.tasks()).extracting(ParsedTask::sectionNumber, ParsedTask::lead, ParsedTask::coordinating,
                ParsedTask::from, ParsedTask::to, ParsedTask::timeNote, ParsedTask::output)
                .containsExactly(
                        tuple("I.1.a", "Sở Văn hóa, Thể thao và Du lịch", List.of("Sở Nội vụ"),
                                LocalDate.of(2025, 8, 1),
                                LocalDate.of(2025, 12, 15), null, "12 chuyên mục"),
                        tuple("I.1.b", "Sở Giáo dục và Đào tạo", List.of(), LocalDate.of(2025, 9, 1), null, null, null),
                        tuple("I.2", "Ngân hàng Chính sách xã hội chi nhánh tỉnh", List.of(), null, null, "Cả năm",
                                "Dư nợ cho vay"));
        // The duties under "Tổ chức thực hiện" sum the tasks up: the agencies are there, no task is added.
        assertThat(plan.agencies()).extracting(ParsedAgency::name).containsExactly("Sở Văn hóa, Thể thao và Du lịch",
                "Sở Giáo dục và Đào tạo", "Ngân hàng Chính sách xã hội chi nhánh tỉnh");
    }

    @Test
    void readsAHardWrappedDistrictPlanWithLetteredAssignmentsAndATabSeparatedAppendix() throws IOException {
        ParsedPlan plan = district();

        assertThat(plan.legalBasis()).extracting(ParsedLegalBasis::documentNumber, ParsedLegalBasis::issuer)
                .containsExactly(tuple("482/KH-UBND", "UBND tỉnh Quảng Ngãi"));
        ParsedSection action = plan.sections().get(1).children().get(1);
        assertThat(action.title()).isEqualTo("Tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo"
                + " lực trên cơ sở giới năm 2023 (từ ngày 15/11 đến ngày 15/12/2023)");
        // The report after the list goes back to its heading, not into the last bullet.
        assertThat(action.text()).startsWith("Phòng Lao động - Thương binh và Xã hội tổng hợp kết quả");
        assertThat(action.children().get(1).text()).doesNotContain("tổng hợp kết quả");

        assertThat(plan.tasks()).extracting(ParsedTask::sectionNumber, ParsedTask::lead, ParsedTask::coordinating,
                ParsedTask::requested).containsExactly(
                        tuple("II.1.a", "Phòng VH-TT", List.of("UBND các xã, thị trấn"), false),
                        tuple("II.2", null, List.of(), false),
                        tuple("III.1.a", "Phòng LĐTB&XH", List.of("Phòng VH-TT", "UBMTTQ huyện"), false),
                        tuple("III.1.b", "Phòng GD&ĐT", List.of(), false),
                        tuple("III.1.c", "Phòng TC-KH", List.of(), false),
                        tuple("III.1.d", "Công an huyện", List.of("Phòng Tư pháp"), false),
                        tuple("III.1.đ", "Hội Liên hiệp Phụ nữ huyện", List.of(), true),
                        tuple("III.1.e", "Ban Tổ chức Huyện ủy", List.of(), true),
                        tuple("IV.1", "Phòng Dân tộc", List.of("Phòng Tư pháp", "Phòng Y tế"), false));
        assertThat(task(plan, "II.1.a").from()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(task(plan, "II.1.a").to()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(task(plan, "IV.1").from()).isEqualTo(LocalDate.of(2023, 7, 1));
        // "1. Phân công nhiệm vụ" and "2. Chế độ báo cáo" are no agencies.
        assertThat(plan.agencies()).extracting(ParsedAgency::name).containsExactly("Phòng LĐTB&XH", "Phòng GD&ĐT",
                "Phòng TC-KH", "Công an huyện", "Hội Liên hiệp Phụ nữ huyện", "Ban Tổ chức Huyện ủy");
        assertThat(plan.issuerUnit().names()).first().isEqualTo("HUYỆN BA TƠ");
        assertThat(plan.issuerUnit().province()).isEqualTo("Quảng Ngãi");
    }

    @Test
    void tellsTheNamesOfAgenciesInAHeadingApart() {
        assertThat(AgencyNames.splitHeading("Sở Y tế, Sở Giáo dục và Đào tạo:"))
                .containsExactly("Sở Y tế", "Sở Giáo dục và Đào tạo");
        assertThat(AgencyNames.splitHeading("Văn phòng HĐND và UBND huyện, Trung tâm Y tế huyện"))
                .containsExactly("Văn phòng HĐND và UBND huyện", "Trung tâm Y tế huyện");
        assertThat(AgencyNames.splitHeading("Sở Văn hóa, Thể thao và Du lịch"))
                .containsExactly("Sở Văn hóa, Thể thao và Du lịch");
        assertThat(AgencyNames.splitHeading("Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể chính trị - xã hội"))
                .containsExactly("Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể chính trị - xã hội");
        assertThat(
                AgencyNames.splitHeading("Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh"))
                .containsExactly("Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh");
        assertThat(AgencyNames.opensWithName("Ban hành văn bản hướng dẫn")).isFalse();
        assertThat(AgencyNames.opensWithName("Báo cáo kết quả về Sở Nội vụ")).isFalse();
        assertThat(AgencyNames.opensWithName("Công an xã giải quyết tin báo")).isTrue();
    }

    @Test
    void keepsDocumentNumbersWhole() {
        assertThat(Text.joinDocumentNumbers("Kế hoạch số 482/KH- UBND ngày 20/3/2023"))
                .isEqualTo("Kế hoạch số 482/KH-UBND ngày 20/3/2023");
        assertThat(Text.joinDocumentNumbers("Quyết định 1719/QĐ- TTg và Nghị định 70/2008/ NĐ-CP"))
                .isEqualTo("Quyết định 1719/QĐ-TTg và Nghị định 70/2008/NĐ-CP");
        assertThat(Text.joinDocumentNumbers("từ 15/11 - 15/12/2024, giai đoạn 2021 - 2025"))
                .isEqualTo("từ 15/11 - 15/12/2024, giai đoạn 2021 - 2025");
        assertThat(Text.joinDocumentNumbers("số 72/KH-UBND - Kế hoạch")).isEqualTo("số 72/KH-UBND - Kế hoạch");
    }

    /**
     * Forty pages of plan — eight parts of fifteen headed items with five lettered duties each, thirty agencies'
     * blocks and a long unpunctuated run of names — read whole. The regexes meet text without the punctuation they
     * stop at, where a backtracking one would not finish.
     */
    @Test
    void readsAFortyPagePlanWhole() {
        StringBuilder text = new StringBuilder("KẾ HOẠCH\nThực hiện công tác bình đẳng giới năm 2025 trên địa bàn tỉnh"
                + " Quảng Ngãi\nThực hiện Kế hoạch số 35/KH-UBND ngày 14/7/2025 của UBND tỉnh Quảng Ngãi, như sau:\n");
        String[] romans = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};
        for (String roman : romans) {
            text.append(roman).append(". NHIỆM VỤ NHÓM ").append(roman).append('\n');
            for (int k = 1; k <= 15; k++) {
                text.append(k).append(". Tăng cường truyền thông về bình đẳng giới nhóm ").append(k).append('\n');
                for (String letter : List.of("a", "b", "c", "d", "đ")) {
                    text.append(letter)
                            .append(") Tổ chức tuyên truyền, phổ biến pháp luật về bình đẳng giới cho cán bộ,"
                                    + " công chức và người lao động tại các cơ quan, đơn vị, địa phương; chú trọng vùng đồng bào"
                                    + " dân tộc thiểu số.\n");
                }
            }
        }
        text.append("IX. TỔ CHỨC THỰC HIỆN\n");
        for (int k = 1; k <= 30; k++) {
            text.append(k).append(". Sở Y tế, Sở Giáo dục và Đào tạo số ").append(k).append(":")
                    .append(" chủ trì, phối hợp với ").append("Sở Tư pháp, Công an tỉnh, ".repeat(40))
                    .append("triển khai các hoạt động truyền thông\n");
        }
        text.append("Các cơ quan báo cáo về Sở Nội vụ trước ngày 05/12/2025./.\n");

        ParsedPlan plan = parser.parse(text.toString());

        assertThat(plan.sections()).hasSize(9);
        assertThat(plan.sections().get(0).children()).hasSize(15).allSatisfy(c -> assertThat(c.children()).hasSize(5));
        assertThat(plan.agencies()).hasSize(60);
        assertThat(plan.tasks()).filteredOn(t -> t.sectionNumber().startsWith("IX.")).hasSize(30)
                .allSatisfy(t -> assertThat(t.coordinating()).contains("Sở Tư pháp", "Công an tỉnh"));
        assertThat(plan.reportingRequirements()).extracting(ParsedRequirement::dueDate)
                .containsExactly(LocalDate.of(2025, 12, 5));
    }
}
