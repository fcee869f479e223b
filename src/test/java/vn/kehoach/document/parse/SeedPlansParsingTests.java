package vn.kehoach.document.parse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.SectionKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The three real plans in ../shared/seeds, read from there (never copied into the project). Expected values were
 * taken by reading each file; skipped where the folder is absent, e.g. on a user's fresh clone.
 */
class SeedPlansParsingTests {

    private static final Path SEEDS = Path.of("../shared/seeds");
    private final PlanTextParser parser = new PlanTextParser();

    @BeforeAll
    static void seedsPresent() {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is absent");
    }

    private ParsedPlan parse(String file) throws IOException {
        return parser.parse(Files.readString(SEEDS.resolve(file)));
    }

    @Test
    void readsTheDistrictPlanExtractedFromPdf() throws IOException {
        ParsedPlan plan = parse("000_82a86508daba950a.txt");

        assertThat(plan.issuerLines()).isEmpty();
        assertThat(plan.number()).isNull();
        assertThat(plan.year()).isEqualTo(2024);
        assertThat(plan.title())
                .isEqualTo("Triển khai thực hiện công tác bình đẳng giới năm 2024 trên địa bàn huyện Ba Tơ");
        assertThat(plan.sections()).extracting(ParsedSection::number, ParsedSection::title, ParsedSection::kind)
                .containsExactly(
                        tuple("I", "MỤC ĐÍCH, YÊU CẦU", SectionKind.PURPOSE),
                        tuple("II", "NỘI DUNG HOẠT ĐỘNG", SectionKind.TASKS),
                        tuple("III", "TỔ CHỨC THỰC HIỆN", SectionKind.IMPLEMENTATION),
                        tuple("IV", "CHẾ ĐỘ BÁO CÁO", SectionKind.REPORTING));
        assertThat(plan.sections()).extracting(s -> s.children().size()).containsExactly(3, 8, 14, 0);
        // Headings broken over two printed lines are joined; paragraph items keep their text.
        ParsedSection tasks = plan.sections().get(1);
        assertThat(tasks.children().get(1).title())
                .isEqualTo("Đẩy mạnh truyền thông, phổ biến, giáo dục chính sách, pháp luật về bình đẳng giới");
        assertThat(plan.sections().get(0).children().get(0).title()).isNull();
        assertThat(tasks.children().get(0).children().get(0).text())
                .contains("giai đoạn 2021 - 2025, Chương trình phòng ngừa").doesNotContain("\n");
        assertThat(plan.sections().get(3).text().split("\n")).hasSize(2);

        assertThat(plan.agencies()).hasSize(14);
        assertThat(plan.agencies()).extracting(ParsedAgency::name, ParsedAgency::sectionNumber, ParsedAgency::requested)
                .contains(tuple("Phòng Lao động - Thương binh và Xã hội", "III.1", false),
                        tuple("Trung tâm Truyền thông-VH- TT", "III.7", false),
                        tuple("Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội", "III.11",
                                true),
                        tuple("Hội Liên hiệp phụ nữ", "III.12", true),
                        tuple("Uỷ ban nhân dân các xã, thị trấn", "III.14", false));
        assertThat(plan.agencies()).filteredOn(ParsedAgency::requested).hasSize(2);

        assertThat(plan.reportingRequirements()).extracting(ParsedRequirement::dueDate, ParsedRequirement::kind,
                ParsedRequirement::receiver)
                .containsExactly(
                        tuple(LocalDate.of(2024, 11, 30), ReportKind.OTHER, "Phòng Lao động - Thương binh và Xã hội"));
        assertThat(plan.tasks()).extracting(ParsedTask::sectionNumber, ParsedTask::from, ParsedTask::to)
                .startsWith(tuple("II.6", LocalDate.of(2024, 11, 15), LocalDate.of(2024, 12, 15)));

        assertThat(plan.legalBasis()).first().satisfies(basis -> {
            assertThat(basis.documentNumber()).isEqualTo("72/KH-UBND");
            assertThat(basis.documentType()).isEqualTo("KH");
            assertThat(basis.date()).isEqualTo(LocalDate.of(2024, 3, 25));
            assertThat(basis.issuer()).isEqualTo("UBND tỉnh Quảng Ngãi");
        });
        assertThat(plan.signer().authorityLines()).containsExactly("KT. CHỦ TỊCH");
        assertThat(plan.signer().title()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(plan.signer().name()).isEqualTo("Lữ Đình Tích");
        assertThat(plan.recipients()).hasSize(8).startsWith("Sở LĐTB&XH").endsWith("Lưu: VT, LĐTBXH");
        assertThat(plan.warnings()).isNotEmpty();
    }

    @Test
    void readsTheDistrictPlanConvertedFromWord() throws IOException {
        ParsedPlan plan = parse("002_c37a6a71a5913027.txt");

        assertThat(plan.number()).isNull();
        assertThat(plan.symbol()).isEqualTo("KH-UBND");
        assertThat(plan.place()).isEqualTo("Lộc Bình");
        assertThat(plan.issuedOn()).isNull();
        assertThat(plan.year()).isEqualTo(2024);
        assertThat(plan.title()).isEqualTo(
                "Thực hiện công tác Bình đẳng giới và Vì sự tiến bộ của phụ nữ trên địa bàn huyện Lộc Bình năm 2024");
        assertThat(plan.sections()).extracting(ParsedSection::number, ParsedSection::title, ParsedSection::kind)
                .containsExactly(
                        tuple("I", "MỤC ĐÍCH, YÊU CẦU", SectionKind.PURPOSE),
                        tuple("II", "NỘI DUNG HOẠT ĐỘNG", SectionKind.TASKS),
                        tuple("III", "KINH PHÍ THỰC HIỆN", SectionKind.FUNDING),
                        tuple("IV", "TỔ CHỨC THỰC HIỆN", SectionKind.IMPLEMENTATION));
        assertThat(plan.sections()).extracting(s -> s.children().size()).containsExactly(2, 6, 0, 12);
        assertThat(plan.sections().get(0).children().get(1).children()).extracting(ParsedSection::number)
                .containsExactly("-", "-", "-");

        // "6. Văn phòng HĐND và UBND huyện, Trung tâm Y tế huyện" names two agencies.
        assertThat(plan.agencies()).hasSize(13);
        assertThat(plan.agencies()).extracting(ParsedAgency::name, ParsedAgency::sectionNumber, ParsedAgency::requested)
                .contains(tuple("Phòng Lao động, Thương binh, Xã hội - Dân tộc", "IV.1", false),
                        tuple("Văn phòng HĐND và UBND huyện", "IV.6", false),
                        tuple("Trung tâm Y tế huyện", "IV.6", false),
                        tuple("Ủy ban MTTQ Việt Nam và các đoàn thể huyện", "IV.11", true),
                        tuple("Ủy ban nhân dân các xã, thị trấn", "IV.12", false));
        assertThat(plan.agencies()).filteredOn(ParsedAgency::requested).hasSize(1);

        assertThat(plan.reportingRequirements()).extracting(ParsedRequirement::kind, ParsedRequirement::dueDate)
                .containsExactly(tuple(ReportKind.SIX_MONTH, LocalDate.of(2024, 6, 15)),
                        tuple(ReportKind.ANNUAL, LocalDate.of(2024, 12, 15)));
        assertThat(plan.reportingRequirements()).extracting(ParsedRequirement::receiver)
                .containsOnly("Phòng Lao động, Thương binh, Xã hội - Dân tộc");
        assertThat(plan.tasks()).extracting(ParsedTask::sectionNumber).startsWith("II.3", "IV.1.-1");

        assertThat(plan.legalBasis()).first().satisfies(basis -> {
            assertThat(basis.documentNumber()).isEqualTo("16/KH-SLĐTBOXH");
            assertThat(basis.date()).isEqualTo(LocalDate.of(2024, 2, 2));
            assertThat(basis.issuer()).isEqualTo("Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn");
        });
        assertThat(plan.signer().name()).isEqualTo("Hoàng Thị Thúy");
        assertThat(plan.signer().title()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(plan.recipients()).hasSize(11);
    }

    @Test
    void readsTheProvincialPlanConvertedFromWord() throws IOException {
        ParsedPlan plan = parse("004_91c3c8c0567112e0.txt");

        assertThat(plan.year()).isEqualTo(2022);
        assertThat(plan.title()).isEqualTo("Triển khai thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ"
                + " trên địa bàn tỉnh Quảng Ngãi năm 2022");
        assertThat(plan.sections()).extracting(ParsedSection::number, ParsedSection::title, ParsedSection::kind)
                .containsExactly(
                        tuple("I", "MỤC ĐÍCH, YÊU CẦU", SectionKind.PURPOSE),
                        tuple("II", "CÁC NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN", SectionKind.TASKS),
                        tuple("III", "KINH PHÍ THỰC HIỆN", SectionKind.FUNDING),
                        tuple("IV", "TỔ CHỨC THỰC HIỆN", SectionKind.IMPLEMENTATION),
                        tuple("V", "CHẾ ĐỘ BÁO CÁO", SectionKind.REPORTING));
        assertThat(plan.sections()).extracting(s -> s.children().size()).containsExactly(2, 6, 3, 18, 0);
        assertThat(plan.sections().get(1).children().get(1).children()).extracting(ParsedSection::number)
                .containsExactly("a", "b", "c", "d", "đ", "e");

        assertThat(plan.agencies()).hasSize(18);
        assertThat(plan.agencies()).extracting(ParsedAgency::name, ParsedAgency::sectionNumber, ParsedAgency::requested)
                .contains(tuple("Sở Lao động - Thương binh và Xã hội", "IV.1", false),
                        tuple("Sở Văn hoá, Thể thao và Du lịch", "IV.5", false),
                        tuple("Sở Thông tin và Truyền thông", "IV.7", false),
                        tuple("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị - xã hội", "IV.13",
                                true),
                        tuple("Ban Tổ chức Tỉnh ủy", "IV.15", true),
                        tuple("Ủy ban nhân dân các huyện, thị xã, thành phố", "IV.18", false));
        assertThat(plan.agencies()).filteredOn(ParsedAgency::requested).hasSize(3);

        assertThat(plan.reportingRequirements()).extracting(ParsedRequirement::kind, ParsedRequirement::dueDate,
                ParsedRequirement::receiver)
                .containsExactly(
                        tuple(ReportKind.SIX_MONTH, LocalDate.of(2022, 5, 31), "Sở Lao động - Thương binh và Xã hội"),
                        tuple(ReportKind.ANNUAL, LocalDate.of(2022, 11, 30), "Sở Lao động - Thương binh và Xã hội"));
        assertThat(plan.reportingRequirements().get(1).periodFrom()).isEqualTo(LocalDate.of(2021, 12, 15));
        assertThat(plan.reportingRequirements().get(1).periodTo()).isEqualTo(LocalDate.of(2022, 12, 14));
        assertThat(plan.tasks()).extracting(ParsedTask::sectionNumber).startsWith("IV.1.a", "IV.1.b");

        assertThat(plan.legalBasis()).extracting(ParsedLegalBasis::documentType, ParsedLegalBasis::documentNumber,
                ParsedLegalBasis::date, ParsedLegalBasis::issuer)
                .containsExactly(
                        tuple("CV", "481/LĐTBOXH-BĐG", LocalDate.of(2022, 2, 23),
                                "Bộ Lao động - Thương binh và Xã hội"),
                        tuple("TTr", "26/TTr-SLĐTBXH", LocalDate.of(2022, 3, 4),
                                "Sở Lao động - Thương binh và Xã hội"));
        assertThat(plan.signer().name()).isEqualTo("Trần Hoàng Tuấn");
        assertThat(plan.recipients()).hasSize(15);
    }

    /** Every block of "Tổ chức thực hiện" is an assignment: its agency leads (or takes part in) tasks of its own. */
    @Test
    void readsOneAssignmentPerAgencyBlock() throws IOException {
        assertThat(agenciesWithTasks(parse("000_82a86508daba950a.txt"))).hasSizeGreaterThanOrEqualTo(12);
        assertThat(agenciesWithTasks(parse("002_c37a6a71a5913027.txt"))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(agenciesWithTasks(parse("004_91c3c8c0567112e0.txt"))).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void titlesEveryNumberedHeading() throws IOException {
        for (String seed : List.of("000_82a86508daba950a.txt", "002_c37a6a71a5913027.txt",
                "004_91c3c8c0567112e0.txt")) {
            for (SectionTreeBuilder.Located l : SectionTreeBuilder.flatten(parse(seed).sections())) {
                ParsedSection s = l.section();
                boolean bullet = s.number().equals("-") || s.number().equals("+");
                if (!bullet && !s.children().isEmpty()) assertThat(s.title()).as(seed + " " + l.path()).isNotBlank();
                // No heading of the next level was swallowed into the text above it.
                for (String line : s.text().split("\n")) {
                    assertThat(ItemLabel.parse(line)).as(seed + " " + l.path() + ": " + line).isNull();
                }
            }
        }
    }

    private static Set<String> agenciesWithTasks(ParsedPlan plan) {
        Set<String> named = new LinkedHashSet<>();
        for (ParsedAgency agency : plan.agencies()) {
            boolean hasTask = plan.tasks().stream().anyMatch(t -> t.sectionNumber().startsWith(agency.sectionNumber())
                    && (agency.name().equals(t.lead()) || t.coordinating().contains(agency.name())));
            if (hasTask) named.add(agency.name());
        }
        return named;
    }
}
