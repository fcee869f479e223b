package vn.kehoach.document.parse;

import org.junit.jupiter.api.Test;
import vn.kehoach.plan.ReportKind;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** .docx files built with POI: Word's automatic numbering, header and signature tables, bold run-in titles. */
class DocxImportTests {

    private final PlanFileReader reader = new PlanFileReader();
    private final PlanTextParser parser = new PlanTextParser();

    @Test
    void writesWordNumberingLabelsIntoTheText() throws IOException {
        String text = reader.extractText("ke-hoach.docx", null, DocxFixtures.planWithWordNumberingAndTables());

        assertThat(text.lines()).contains("I. MỤC ĐÍCH, YÊU CẦU",
                "1. Lan tỏa thông điệp chia sẻ việc nhà đến mọi hộ gia đình.",
                "II. NỘI DUNG HOẠT ĐỘNG", "1. Lễ phát động",
                "a) Tổ chức lễ phát động tại Nhà văn hóa phường vào ngày 15/11/2025.",
                "2. Truyền thông trên loa phát thanh",
                "III. TỔ CHỨC THỰC HIỆN", "2. Đề nghị Ủy ban MTTQ Việt Nam phường");
        // Header cells come one after the other, the left column first.
        assertThat(text.lines().limit(6)).containsExactly("ỦY BAN NHÂN DÂN", "PHƯỜNG ĐĂK CẤM",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 305/KH-UBND",
                "Đăk Cấm, ngày 02 tháng 10 năm 2025");
        assertThat(text).contains("**1. Phòng Văn hóa - Xã hội:** chủ trì tổ chức các hoạt động");
    }

    @Test
    void parsesANumberedWordPlanWithTables() throws IOException {
        ParsedPlan plan = parser.parse(reader.extractText("ke-hoach.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                DocxFixtures.planWithWordNumberingAndTables()));

        assertThat(plan.issuerLines()).containsExactly("ỦY BAN NHÂN DÂN", "PHƯỜNG ĐĂK CẤM");
        assertThat(plan.number()).isEqualTo("305");
        assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2025, 10, 2));
        assertThat(plan.title()).isEqualTo("Tổ chức Tháng hành động vì bình đẳng giới năm 2025");
        assertThat(plan.legalBasis()).extracting(ParsedLegalBasis::documentNumber, ParsedLegalBasis::issuer)
                .containsExactly(tuple("210/KH-UBND", "UBND tỉnh Quảng Ngãi"));
        assertThat(plan.sections()).extracting(ParsedSection::number, ParsedSection::title)
                .containsExactly(tuple("I", "MỤC ĐÍCH, YÊU CẦU"), tuple("II", "NỘI DUNG HOẠT ĐỘNG"),
                        tuple("III", "TỔ CHỨC THỰC HIỆN"));
        assertThat(plan.sections().get(1).children()).extracting(ParsedSection::title)
                .containsExactly("Lễ phát động", "Truyền thông trên loa phát thanh");
        assertThat(plan.tasks()).extracting(ParsedTask::sectionNumber, ParsedTask::lead, ParsedTask::coordinating,
                ParsedTask::from, ParsedTask::to)
                .containsExactly(
                        tuple("II.1.b", "Phòng Văn hóa - Xã hội", List.of("Công an phường"), null, null),
                        tuple("II.2.a", null, List.of(), LocalDate.of(2025, 11, 15), LocalDate.of(2025, 12, 15)),
                        tuple("III.1", "Phòng Văn hóa - Xã hội", List.of(), null, null));
        assertThat(plan.agencies()).extracting(ParsedAgency::name, ParsedAgency::requested)
                .containsExactly(tuple("Phòng Văn hóa - Xã hội", false), tuple("Ủy ban MTTQ Việt Nam phường", true));
        assertThat(plan.reportingRequirements()).extracting(ParsedRequirement::kind, ParsedRequirement::dueDate,
                ParsedRequirement::receiver)
                .containsExactly(tuple(ReportKind.OTHER, LocalDate.of(2025, 12, 20), "Sở Nội vụ"));
        assertThat(plan.recipients()).containsExactly("Sở Nội vụ", "Ủy ban MTTQ Việt Nam phường", "Lưu: VT, VHXH");
        assertThat(plan.signer())
                .isEqualTo(new ParsedSigner(List.of("TM. ỦY BAN NHÂN DÂN"), "CHỦ TỊCH", "Lê Văn Bình"));
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void keepsHeadingStylesApartFromTheTextAndReadsTheAppendixTable() throws IOException {
        String text = reader.extractText("ke-hoach.docx", null, DocxFixtures.planWithHeadingStylesAndAppendix());
        // Heading styles become headings, Word's letters labels, the wide table pipe rows (merged cells written out).
        assertThat(text.lines()).contains("## II. NỘI DUNG HOẠT ĐỘNG",
                "## 1. Truyền thông trên hệ thống loa của tổ dân phố",
                "a) Tiếp nhận, tư vấn cho người bị bạo lực tại Nhà văn hóa tổ dân phố 3.",
                "| STT | Nội dung nhiệm vụ | Cơ quan thực hiện | | Thời gian thực hiện |",
                "| I. TRUYỀN THÔNG | | | | |");
        assertThat(text)
                .contains("| 2 | Tọa đàm \"Nam giới chia sẻ việc nhà\" tại tổ dân phố 5 | Phòng Văn hóa - Xã hội |");

        ParsedPlan plan = parser.parse(text);

        ParsedSection content = plan.sections().get(1);
        assertThat(content.children()).extracting(ParsedSection::title, ParsedSection::text).containsExactly(
                tuple("Truyền thông trên hệ thống loa của tổ dân phố",
                        "02 bản tin mỗi tuần từ ngày 15/11/2025 đến ngày 15/12/2025."),
                tuple("Hỗ trợ phụ nữ và trẻ em gái bị bạo lực tại địa chỉ tin cậy của phường", ""));
        assertThat(plan.tasks()).extracting(ParsedTask::sectionNumber, ParsedTask::lead, ParsedTask::coordinating,
                ParsedTask::requested).containsExactly(
                        tuple("II.1", "Phòng Văn hóa - Xã hội", List.of("Các tổ dân phố"), false),
                        tuple("III.1.a", "Phòng Văn hóa - Xã hội", List.of(), false),
                        tuple("III.1.b", "Phòng Văn hóa - Xã hội", List.of(), false),
                        tuple("III.2", "Công an phường", List.of("Trạm Y tế phường"), false),
                        tuple("III.3", "Ủy ban MTTQ Việt Nam phường", List.of(), true),
                        tuple("IV.1.a", "Phòng Văn hóa - Xã hội",
                                List.of("Ủy ban MTTQ Việt Nam phường", "Hội Liên hiệp Phụ nữ phường"), false),
                        tuple("IV.1.b", "Trạm Y tế phường", List.of(), false));
        ParsedTask talk = plan.tasks().get(5);
        assertThat(talk.from()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(talk.to()).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(plan.tasks().get(6).timeNote()).isEqualTo("Thường xuyên");
        assertThat(plan.sections().get(3).title()).isEqualTo("PHÂN CÔNG NHIỆM VỤ THÁNG HÀNH ĐỘNG NĂM 2025");
        assertThat(plan.sections().get(3).children()).extracting(ParsedSection::title).containsExactly("TRUYỀN THÔNG");
        assertThat(plan.closing()).isEqualTo("Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện.");
        assertThat(plan.warnings()).isEmpty();
    }
}
