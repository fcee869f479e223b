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

        assertThat(text.lines()).contains("I. MỤC ĐÍCH, YÊU CẦU", "1. Lan tỏa thông điệp chia sẻ việc nhà đến mọi hộ gia đình.",
                "II. NỘI DUNG HOẠT ĐỘNG", "1. Lễ phát động",
                "a) Tổ chức lễ phát động tại Nhà văn hóa phường vào ngày 15/11/2025.", "2. Truyền thông trên loa phát thanh",
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
                        tuple("II.2.a", null, List.of(), LocalDate.of(2025, 11, 15), LocalDate.of(2025, 12, 15)));
        assertThat(plan.agencies()).extracting(ParsedAgency::name, ParsedAgency::requested)
                .containsExactly(tuple("Phòng Văn hóa - Xã hội", false), tuple("Ủy ban MTTQ Việt Nam phường", true));
        assertThat(plan.reportingRequirements()).extracting(ParsedRequirement::kind, ParsedRequirement::dueDate,
                        ParsedRequirement::receiver)
                .containsExactly(tuple(ReportKind.OTHER, LocalDate.of(2025, 12, 20), "Sở Nội vụ"));
        assertThat(plan.recipients()).containsExactly("Sở Nội vụ", "Ủy ban MTTQ Việt Nam phường", "Lưu: VT, VHXH");
        assertThat(plan.signer()).isEqualTo(new ParsedSigner(List.of("TM. ỦY BAN NHÂN DÂN"), "CHỦ TỊCH", "Lê Văn Bình"));
        assertThat(plan.warnings()).isEmpty();
    }
}
