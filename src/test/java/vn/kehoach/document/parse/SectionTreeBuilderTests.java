package vn.kehoach.document.parse;

import org.junit.jupiter.api.Test;
import vn.kehoach.plan.SectionKind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SectionTreeBuilderTests {

    private static List<ParsedSection> build(String text) {
        return SectionTreeBuilder.build(LineJoiner.join(TextNormalizer.normalize(text)));
    }

    @Test
    void recognisesEveryNumberingStyle() {
        assertThat(ItemLabel.parse("IV. TỔ CHỨC THỰC HIỆN")).extracting(ItemLabel::style, ItemLabel::label)
                .containsExactly(ItemLabel.Style.ROMAN, "IV");
        assertThat(ItemLabel.parse("12. Công an xã")).extracting(ItemLabel::style, ItemLabel::label)
                .containsExactly(ItemLabel.Style.ARABIC, "12");
        assertThat(ItemLabel.parse("5.2. Tháng hành động")).extracting(ItemLabel::style, ItemLabel::label)
                .containsExactly(ItemLabel.Style.DECIMAL, "5.2");
        assertThat(ItemLabel.parse("đ) Phối hợp")).extracting(ItemLabel::style, ItemLabel::label)
                .containsExactly(ItemLabel.Style.LETTER, "đ");
        assertThat(ItemLabel.parse("– Treo băng rôn")).extracting(ItemLabel::style).isEqualTo(ItemLabel.Style.DASH);
        assertThat(ItemLabel.parse("+ Nói chuyện chuyên đề")).extracting(ItemLabel::style)
                .isEqualTo(ItemLabel.Style.PLUS);
        assertThat(ItemLabel.parse("2025 là năm đầu tiên")).isNull();
        assertThat(ItemLabel.parse("1.000 người tham gia")).isNull();
        assertThat(ItemLabel.parse("C. Người")).isNull();
    }

    /** "Trên đây là Kế hoạch …" opens the closing; a report's line before it stays with "Chế độ báo cáo". */
    @Test
    void closesThePlanWhereTheClosingFormulaStarts() {
        SectionTreeBuilder.Body body = SectionTreeBuilder.read(LineJoiner.join(TextNormalizer.normalize("""
                I. TỔ CHỨC THỰC HIỆN
                1. Sở Nội vụ
                Chủ trì tổ chức Tháng hành động (mục II.3).
                2. Chế độ báo cáo
                Báo cáo định kỳ năm gửi về Sở Nội vụ trước ngày 15/12/2025.
                Các cơ quan, đơn vị báo cáo kết quả thực hiện gửi về Sở Nội vụ trước ngày 11/12/2025.
                Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh; yêu cầu các cơ quan, đơn vị triển khai thực hiện./.
                """)));
        assertThat(body.sections().get(0).children().get(1).text()).isEqualTo("Báo cáo định kỳ năm gửi về Sở Nội vụ"
                + " trước ngày 15/12/2025.\nCác cơ quan, đơn vị báo cáo kết quả thực hiện gửi về Sở Nội vụ trước ngày"
                + " 11/12/2025.");
        assertThat(body.closing()).isEqualTo("Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh; yêu cầu các cơ quan, đơn"
                + " vị triển khai thực hiện.");
    }

    @Test
    void nestsByLabelStyleAndNumbersBulletsByPosition() {
        List<ParsedSection> tree = build("""
                I. NHIỆM VỤ, GIẢI PHÁP
                1. Truyền thông
                a) Phát thanh
                - Tin ngắn.
                - Phóng sự.
                + Phát lại vào cuối tuần.
                b) Pa nô
                5. Hoạt động trọng tâm
                5.1. Ngày 8/3
                5.2. Ngày 20/10
                II. TỔ CHỨC THỰC HIỆN
                """);
        assertThat(tree).extracting(ParsedSection::number, ParsedSection::kind)
                .containsExactly(tuple("I", SectionKind.TASKS), tuple("II", SectionKind.IMPLEMENTATION));
        assertThat(SectionTreeBuilder.flatten(tree)).extracting(SectionTreeBuilder.Located::path).containsExactly(
                "I", "I.1", "I.1.a", "I.1.a.-1", "I.1.a.-2", "I.1.a.-2.+1", "I.1.b", "I.5", "I.5.1", "I.5.2", "II");
    }

    @Test
    void tellsANumberedHeadingFromANumberedParagraph() {
        List<ParsedSection> items = build("""
                I. MỤC ĐÍCH, YÊU CẦU
                1. Tăng cường sự chỉ đạo, điều hành
                a) Ban hành văn bản chỉ đạo.
                2. Các cơ quan bảo đảm thực hiện đúng tiến độ và báo cáo kết quả đầy đủ, kịp thời theo quy định.
                3. Phòng Văn hóa - Xã hội: theo dõi, đôn đốc việc thực hiện.
                4. Yêu cầu chung
                Bảo đảm thiết thực, hiệu quả.
                II. KINH PHÍ
                """).get(0).children();
        assertThat(items).extracting(ParsedSection::title, ParsedSection::text).containsExactly(
                tuple("Tăng cường sự chỉ đạo, điều hành", ""),
                tuple(null,
                        "Các cơ quan bảo đảm thực hiện đúng tiến độ và báo cáo kết quả đầy đủ, kịp thời theo quy định."),
                tuple("Phòng Văn hóa - Xã hội", "theo dõi, đôn đốc việc thực hiện."),
                tuple("Yêu cầu chung", "Bảo đảm thiết thực, hiệu quả."));
    }

    @Test
    void namesSectionKindsFromTitles() {
        assertThat(SectionKinds.ofTitle("MỤC ĐÍCH, YÊU CẦU")).isEqualTo(SectionKind.PURPOSE);
        assertThat(SectionKinds.ofTitle("MỤC TIÊU, CHỈ TIÊU")).isEqualTo(SectionKind.TARGETS);
        assertThat(SectionKinds.ofTitle("NỘI DUNG HOẠT ĐỘNG")).isEqualTo(SectionKind.TASKS);
        assertThat(SectionKinds.ofTitle("Nhiệm vụ, giải pháp")).isEqualTo(SectionKind.TASKS);
        assertThat(SectionKinds.ofTitle("KINH PHÍ THỰC HIỆN")).isEqualTo(SectionKind.FUNDING);
        assertThat(SectionKinds.ofTitle("TỔ CHỨC THỰC HIỆN")).isEqualTo(SectionKind.IMPLEMENTATION);
        assertThat(SectionKinds.ofTitle("CHẾ ĐỘ BÁO CÁO")).isEqualTo(SectionKind.REPORTING);
        assertThat(SectionKinds.ofTitle("ĐIỀU KHOẢN THI HÀNH")).isEqualTo(SectionKind.OTHER);
        assertThat(SectionKinds.ofNestedTitle("Chế độ báo cáo", SectionKind.IMPLEMENTATION))
                .isEqualTo(SectionKind.REPORTING);
        assertThat(SectionKinds.ofNestedTitle("Kiểm tra và báo cáo vụ việc", SectionKind.TASKS))
                .isEqualTo(SectionKind.TASKS);
    }
}
