package vn.kehoach.document.parse;

import org.junit.jupiter.api.Test;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.SectionKind;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The team's own plans in the three formats officials have: PDF-extracted, Word-converted markdown, clean text. */
class FixturePlansParsingTests {

    private final PlanTextParser parser = new PlanTextParser();

    static String fixture(String name) throws IOException {
        try (InputStream in = FixturePlansParsingTests.class.getResourceAsStream("/fixtures/plans/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsAWardPlanExtractedFromPdfWithColumnsSideBySide() throws IOException {
        ParsedPlan plan = parser.parse(fixture("phuong-dak-cam-2025-pdf.txt"));

        assertThat(plan.parentBodyLines()).isEmpty();
        assertThat(plan.issuerLines()).containsExactly("ỦY BAN NHÂN DÂN", "PHƯỜNG ĐĂK CẤM");
        assertThat(plan.number()).isEqualTo("211");
        assertThat(plan.symbol()).isEqualTo("KH-UBND");
        assertThat(plan.place()).isEqualTo("Đăk Cấm");
        assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2025, 8, 18));
        assertThat(plan.year()).isEqualTo(2025);
        assertThat(plan.title()).isEqualTo(
                "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn phường Đăk Cấm năm 2025");
        assertThat(plan.sections()).extracting(ParsedSection::number, ParsedSection::kind).containsExactly(
                tuple("I", SectionKind.PURPOSE), tuple("II", SectionKind.TASKS), tuple("III", SectionKind.FUNDING),
                tuple("IV", SectionKind.IMPLEMENTATION));
        assertThat(plan.sections()).extracting(s -> s.children().size()).containsExactly(2, 3, 0, 7);
        ParsedSection communication = plan.sections().get(1).children().get(0);
        assertThat(communication.title())
                .isEqualTo("Truyền thông thay đổi nhận thức về giới trong gia đình và cộng đồng dân cư");
        // The page number "2" and the URL between paragraphs are gone, the broken sentences whole.
        assertThat(communication.children()).extracting(ParsedSection::text).containsExactly(
                "Phát thanh chuyên mục về bình đẳng giới trên hệ thống loa của các tổ dân phố mỗi tháng một lần; "
                        + "đăng tin, bài trên trang thông tin điện tử của phường.",
                "Lồng ghép nội dung phòng, chống bạo lực gia đình vào các buổi họp tổ dân phố, sinh hoạt chi hội phụ nữ"
                        + " và câu lạc bộ người cao tuổi.");

        assertThat(plan.legalBasis()).extracting(ParsedLegalBasis::documentType, ParsedLegalBasis::documentNumber,
                ParsedLegalBasis::date, ParsedLegalBasis::issuer).containsExactly(
                        tuple("KH", "152/KH-UBND", LocalDate.of(2025, 7, 28), "UBND tỉnh Quảng Ngãi"),
                        tuple("CV", "96/SNV-CTTN", LocalDate.of(2025, 8, 4), "Sở Nội vụ"));

        // The tasks of the body first, then each agency's duties under "Tổ chức thực hiện".
        assertThat(plan.tasks()).startsWith(
                new ParsedTask("II.2", "Tổ chức Tháng hành động vì bình đẳng giới năm 2025", "Phòng Văn hóa - Xã hội",
                        List.of("Trạm Y tế phường", "Công an phường", "Ủy ban MTTQ Việt Nam phường"),
                        LocalDate.of(2025, 11, 15), LocalDate.of(2025, 12, 15), null),
                new ParsedTask("II.3", "Nâng cao năng lực cho người làm công tác bình đẳng giới",
                        "Văn phòng HĐND và UBND phường", List.of("Phòng Văn hóa - Xã hội"),
                        LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30), "01 lớp tập huấn"));
        assertThat(plan.tasks()).extracting(ParsedTask::sectionNumber, ParsedTask::lead, ParsedTask::requested)
                .containsSubsequence(tuple("IV.1.a", "Phòng Văn hóa - Xã hội", false),
                        tuple("IV.1.b", "Phòng Văn hóa - Xã hội", false),
                        tuple("IV.2", "Văn phòng HĐND và UBND phường", false),
                        tuple("IV.4", "Công an phường", false),
                        tuple("IV.6", "Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội phường", true),
                        tuple("IV.7", "Các tổ dân phố", false));

        assertThat(plan.agencies()).extracting(ParsedAgency::name, ParsedAgency::requested).containsExactly(
                tuple("Phòng Văn hóa - Xã hội", false),
                tuple("Văn phòng HĐND và UBND phường", false),
                tuple("Phòng Kinh tế, Hạ tầng và Đô thị", false),
                tuple("Công an phường", false),
                tuple("Trạm Y tế phường", false),
                tuple("Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội phường", true),
                tuple("Các tổ dân phố", false));

        assertThat(plan.reportingRequirements()).containsExactly(
                new ParsedRequirement(ReportKind.ANNUAL, LocalDate.of(2024, 12, 15), LocalDate.of(2025, 12, 14),
                        LocalDate.of(2025, 12, 5), "Sở Nội vụ",
                        "Tổng hợp, tham mưu UBND phường báo cáo kết quả thực hiện năm 2025 về Sở Nội vụ trước ngày"
                                + " 05 tháng 12 năm 2025."),
                new ParsedRequirement(ReportKind.THEMATIC, LocalDate.of(2025, 11, 15), LocalDate.of(2025, 12, 15),
                        LocalDate.of(2025, 12, 20), "Phòng Văn hóa - Xã hội",
                        "Các cơ quan, đơn vị báo cáo kết quả thực hiện Tháng hành động về UBND phường (qua Phòng Văn hóa"
                                + " - Xã hội) trước ngày 20/12/2025 để tổng hợp."));

        // Recipients and signature side by side on the same lines.
        assertThat(plan.recipients()).containsExactly("UBND tỉnh Quảng Ngãi (b/c)", "Sở Nội vụ tỉnh Quảng Ngãi",
                "TT Đảng ủy, TT HĐND phường", "Ủy ban MTTQ Việt Nam phường", "Các cơ quan, đơn vị thuộc UBND phường",
                "Các tổ dân phố", "Lưu: VT, VHXH");
        assertThat(plan.signer()).isEqualTo(new ParsedSigner(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"),
                "PHÓ CHỦ TỊCH", "Nguyễn Thị Thu Hà"));
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void readsADepartmentPlanConvertedFromWord() throws IOException {
        ParsedPlan plan = parser.parse(fixture("so-ldtbxh-2024-word.md"));

        assertThat(plan.parentBodyLines()).containsExactly("UBND TỈNH QUẢNG NGÃI");
        assertThat(plan.issuerLines()).containsExactly("SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI");
        assertThat(plan.number()).isEqualTo("27");
        assertThat(plan.symbol()).isEqualTo("KH-SLĐTBXH");
        assertThat(plan.place()).isEqualTo("Quảng Ngãi");
        assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(plan.title())
                .isEqualTo("Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ngành Lao động"
                        + " - Thương binh và Xã hội năm 2024");
        assertThat(plan.sections()).extracting(ParsedSection::number, ParsedSection::title, ParsedSection::kind)
                .containsExactly(tuple("I", "MỤC ĐÍCH, YÊU CẦU", SectionKind.PURPOSE),
                        tuple("II", "CHỈ TIÊU", SectionKind.TARGETS),
                        tuple("III", "NHIỆM VỤ, GIẢI PHÁP", SectionKind.TASKS),
                        tuple("IV", "KINH PHÍ", SectionKind.FUNDING),
                        tuple("V", "TỔ CHỨC THỰC HIỆN", SectionKind.IMPLEMENTATION));
        assertThat(plan.sections()).extracting(s -> s.children().size()).containsExactly(2, 3, 3, 0, 5);
        ParsedSection implementation = plan.sections().get(4);
        assertThat(implementation.children().get(0).title()).isEqualTo("Phòng Bảo trợ xã hội - Bình đẳng giới");
        assertThat(implementation.children().get(0).text()).startsWith("là đầu mối theo dõi");
        assertThat(implementation.children().get(4).kind()).isEqualTo(SectionKind.REPORTING);
        assertThat(plan.sections().get(2).children().get(2).title())
                .isEqualTo("Hỗ trợ nạn nhân bạo lực trên cơ sở giới");

        assertThat(plan.legalBasis()).extracting(ParsedLegalBasis::documentNumber, ParsedLegalBasis::issuer)
                .containsExactly(tuple("70/2008/NĐ-CP", "Chính phủ"), tuple("61/KH-UBND", "UBND tỉnh Quảng Ngãi"));
        assertThat(plan.tasks()).startsWith(
                new ParsedTask("III.1.a", "Mở 02 lớp bồi dưỡng kiến thức về giới cho công chức cấp xã phụ trách văn hóa"
                        + " - xã hội", "Phòng Bảo trợ xã hội - Bình đẳng giới",
                        List.of("Trường Cao đẳng Kỹ thuật Công nghệ Quảng Ngãi", "Hội Liên hiệp Phụ nữ tỉnh"),
                        LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30), "120 học viên được cấp giấy chứng nhận"),
                new ParsedTask("III.2", "Truyền thông về bình đẳng giới trong lĩnh vực lao động, việc làm",
                        "Trung tâm Dịch vụ việc làm", List.of("các doanh nghiệp có đông lao động nữ"),
                        LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 31), null));
        // "3. Trung tâm Dịch vụ việc làm" with two bullets: two duties of its own; "4. Đề nghị Hội …" a request.
        assertThat(plan.tasks()).extracting(ParsedTask::sectionNumber, ParsedTask::lead, ParsedTask::requested)
                .endsWith(tuple("V.3.-1", "Trung tâm Dịch vụ việc làm", false),
                        tuple("V.3.-2", "Trung tâm Dịch vụ việc làm", false),
                        tuple("V.4", "Hội Liên hiệp Phụ nữ tỉnh", true));
        assertThat(plan.agencies()).extracting(ParsedAgency::name, ParsedAgency::sectionNumber, ParsedAgency::requested)
                .containsExactly(tuple("Phòng Bảo trợ xã hội - Bình đẳng giới", "V.1", false),
                        tuple("Văn phòng Sở", "V.2", false),
                        tuple("Trung tâm Dịch vụ việc làm", "V.3", false),
                        tuple("Hội Liên hiệp Phụ nữ tỉnh", "V.4", true));
        assertThat(plan.reportingRequirements()).extracting(ParsedRequirement::kind, ParsedRequirement::dueDate,
                ParsedRequirement::receiver)
                .containsExactly(
                        tuple(ReportKind.SIX_MONTH, LocalDate.of(2024, 6, 10), "Phòng Bảo trợ xã hội - Bình đẳng giới"),
                        tuple(ReportKind.ANNUAL, LocalDate.of(2024, 12, 10), "Phòng Bảo trợ xã hội - Bình đẳng giới"));
        assertThat(plan.recipients()).containsExactly("UBND tỉnh (b/c)", "Bộ LĐTBXH (b/c)", "Giám đốc, các PGĐ Sở",
                "Các phòng, đơn vị thuộc Sở", "Lưu: VT, BTXH-BĐG");
        assertThat(plan.signer()).isEqualTo(new ParsedSigner(List.of("KT. GIÁM ĐỐC"), "PHÓ GIÁM ĐỐC", "Đinh Văn Khoa"));
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void readsACommunePlanWithDecimalNumberingAndLongLetterLists() throws IOException {
        ParsedPlan plan = parser.parse(fixture("xa-son-ha-2025-clean.txt"));

        assertThat(plan.issuerLines()).containsExactly("ỦY BAN NHÂN DÂN", "XÃ SƠN HÀ");
        assertThat(plan.number()).isNull();
        assertThat(plan.symbol()).isEqualTo("KH-UBND");
        assertThat(plan.place()).isEqualTo("Sơn Hà");
        assertThat(plan.issuedOn()).isNull();
        assertThat(plan.year()).isEqualTo(2025);
        assertThat(plan.sections()).extracting(ParsedSection::number).containsExactly("I", "II", "III", "IV", "V",
                "VI");
        assertThat(plan.sections()).extracting(s -> s.children().size()).containsExactly(2, 3, 5, 2, 5, 0);
        ParsedSection leadership = plan.sections().get(2).children().get(0);
        assertThat(leadership.title()).isEqualTo("Công tác lãnh đạo, chỉ đạo");
        assertThat(leadership.children()).extracting(ParsedSection::number)
                .containsExactly("a", "b", "c", "d", "đ", "e", "g");
        ParsedSection activities = plan.sections().get(2).children().get(4);
        assertThat(activities.children()).extracting(ParsedSection::number, ParsedSection::title).containsExactly(
                tuple("5.1", "Hưởng ứng Ngày Quốc tế Phụ nữ 8/3"), tuple("5.2", "Tháng hành động vì bình đẳng giới"));
        assertThat(activities.children().get(1).children()).extracting(ParsedSection::number).containsExactly("-", "-");

        assertThat(plan.legalBasis()).extracting(ParsedLegalBasis::documentType, ParsedLegalBasis::documentNumber)
                .containsExactly(tuple("Luật", "Luật Tổ chức chính quyền địa phương"), tuple("QĐ", "1790/QĐ-TTg"),
                        tuple("HD", "05/HD-SNV"));
        assertThat(plan.tasks()).extracting(ParsedTask::sectionNumber, ParsedTask::lead, ParsedTask::coordinating,
                ParsedTask::from, ParsedTask::to).containsExactly(
                        tuple("III.5.1", "Phòng Văn hóa - Xã hội", List.of(), LocalDate.of(2025, 3, 1),
                                LocalDate.of(2025, 3, 31)),
                        tuple("III.5.2", "Phòng Văn hóa - Xã hội", List.of("Công an xã", "Trạm Y tế xã"),
                                LocalDate.of(2025, 11, 15), LocalDate.of(2025, 12, 15)),
                        tuple("V.1", "Phòng Văn hóa - Xã hội", List.of(), null, null),
                        tuple("V.2", "Văn phòng HĐND và UBND xã", List.of(), null, null),
                        tuple("V.3", "Công an xã", List.of(), null, null),
                        tuple("V.4", "Trạm Y tế xã", List.of(), null, null),
                        tuple("V.5", "Ủy ban MTTQ Việt Nam xã", List.of(), null, null));
        assertThat(plan.agencies()).extracting(ParsedAgency::name).containsExactly("Phòng Văn hóa - Xã hội",
                "Văn phòng HĐND và UBND xã", "Công an xã", "Trạm Y tế xã", "Ủy ban MTTQ Việt Nam xã");
        assertThat(plan.reportingRequirements()).extracting(ParsedRequirement::kind, ParsedRequirement::dueDate)
                .containsExactly(tuple(ReportKind.SIX_MONTH, LocalDate.of(2025, 6, 5)),
                        tuple(ReportKind.ANNUAL, LocalDate.of(2025, 12, 5)),
                        tuple(ReportKind.SELF_INSPECTION, LocalDate.of(2025, 11, 25)));
        assertThat(plan.reportingRequirements().get(0).periodFrom()).isEqualTo(LocalDate.of(2024, 12, 15));
        assertThat(plan.reportingRequirements().get(0).periodTo()).isEqualTo(LocalDate.of(2025, 6, 14));
        assertThat(plan.recipients()).hasSize(5);
        assertThat(plan.signer())
                .isEqualTo(new ParsedSigner(List.of("TM. ỦY BAN NHÂN DÂN"), "CHỦ TỊCH", "Phạm Minh Đức"));
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void readsTheSamePlanFromWindowsLineEndsDecomposedAccentsAndOddSpaces() throws IOException {
        String clean = fixture("xa-son-ha-2025-clean.txt");
        String messy = Normalizer.normalize(clean, Normalizer.Form.NFD)
                .replace("\n", "\r\n")
                .replace("Phòng Văn hóa", "Phòng\u00A0Văn\thóa")
                .replace("5.1. ", "5.1.\u00A0 ");
        assertThat(messy).isNotEqualTo(clean);
        assertThat(parser.parse(messy)).isEqualTo(parser.parse(clean));
    }
}
