package vn.kehoach.officialdoc;

import org.junit.jupiter.api.Test;
import vn.kehoach.officialdoc.Numbering.Style;

import java.text.Normalizer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BodyLayoutTests {

    @Test
    void printsMucKhoanDiemAndBulletsTheDecreeWay() {
        List<BodyParagraph> body = BodyLayout.of(document(List.of(), List.of(
                new DocumentSection("II", Style.ROMAN, "Nhiệm vụ, giải pháp", null, List.of(
                        new DocumentSection("1", Style.ARABIC, "Truyền thông", "<p>Nội dung.</p>", List.of(
                                new DocumentSection("đ", Style.LETTER, null, "Tổ chức tập huấn.", List.of()),
                                new DocumentSection("-", Style.BULLET, null, "<p>Một ý.</p>", List.of()))),
                        new DocumentSection("2", Style.ARABIC, null, "Không có tiêu đề.", List.of())))),
                List.of("Trên đây là Kế hoạch.")));

        assertThat(body).extracting(BodyLayoutTests::text).containsExactly("II. NHIỆM VỤ, GIẢI PHÁP",
                "1. Truyền thông", "Nội dung.", "đ) Tổ chức tập huấn.", "- Một ý.", "2. Không có tiêu đề.",
                "Trên đây là Kế hoạch./.");
        assertThat(body.get(0).role()).isEqualTo(BodyParagraph.Role.HEADING);
        assertThat(body.get(0).runs()).allSatisfy(run -> assertThat(run.bold()).isTrue());
        assertThat(body.get(1).role()).isEqualTo(BodyParagraph.Role.TITLE);
        assertThat(body.get(1).runs()).allSatisfy(run -> assertThat(run.bold()).isTrue());
        assertThat(body.get(3).runs()).noneSatisfy(run -> assertThat(run.bold()).isTrue());
        assertThat(body.get(5).runs()).noneSatisfy(run -> assertThat(run.bold()).isTrue());
    }

    @Test
    void keepsNoBreakSpacesAndCollapsesTheOtherSpaces() {
        assertThat(RichText.paragraphs("<p>tại   mục&nbsp;II.2.a,\n  II.3</p>")).extracting(BodyLayoutTests::text)
                .containsExactly("tại mục\u00A0II.2.a, II.3");
    }

    @Test
    void guessesTheStyleFromTheLabelWhenNoneIsGiven() {
        assertThat(BodyLayout.styleOf(new DocumentSection("IV", null, "x", null, null), 0)).isEqualTo(Style.ROMAN);
        assertThat(BodyLayout.styleOf(new DocumentSection("3", null, "x", null, null), 1)).isEqualTo(Style.ARABIC);
        assertThat(BodyLayout.styleOf(new DocumentSection("5.1", null, "x", null, null), 2)).isEqualTo(Style.DECIMAL);
        assertThat(BodyLayout.styleOf(new DocumentSection("đ", null, "x", null, null), 2)).isEqualTo(Style.LETTER);
        assertThat(BodyLayout.styleOf(new DocumentSection("i", null, "x", null, null), 2)).isEqualTo(Style.LETTER);
        assertThat(BodyLayout.styleOf(new DocumentSection("-", null, "x", null, null), 3)).isEqualTo(Style.BULLET);
    }

    @Test
    void readsTheRichTextSubset() {
        List<List<TextRun>> paragraphs = RichText.paragraphs("<p>Một <strong>đậm</strong> <em>nghiêng</em>"
                + "<br>dòng mới</p><ul><li>ý một<ul><li>ý con</li></ul></li><li><u>gạch</u></li></ul>"
                + "<ol><li>bước</li></ol>Văn bản trần");
        assertThat(paragraphs).extracting(BodyLayoutTests::text).containsExactly("Một đậm nghiêng\ndòng mới",
                "- ý một", "+ ý con", "- gạch", "- bước", "Văn bản trần");
        List<TextRun> first = paragraphs.get(0);
        assertThat(first).filteredOn(TextRun::bold).extracting(TextRun::text).containsExactly("đậm");
        assertThat(first).filteredOn(TextRun::italic).extracting(TextRun::text).containsExactly("nghiêng");
        assertThat(first).filteredOn(TextRun::isBreak).hasSize(1);
        assertThat(paragraphs.get(3)).filteredOn(TextRun::underline).extracting(TextRun::text).containsExactly("gạch");
        assertThat(RichText.paragraphs("Chỉ một đoạn văn.")).hasSize(1);
        assertThat(RichText.paragraphs("  ")).isEmpty();
        assertThat(RichText.paragraphs(null)).isEmpty();
    }

    @Test
    void normalisesDecomposedVietnameseToNfc() {
        String decomposed = Normalizer.normalize("Bình đẳng giới", Normalizer.Form.NFD);
        OfficialDocument document = document(List.of(decomposed), List.of(), List.of());
        assertThat(document.openingParagraphs().get(0)).isEqualTo("Bình đẳng giới");
        assertThat(new DocumentSection("1", Style.ARABIC, decomposed, decomposed, null).title())
                .isEqualTo("Bình đẳng giới");
    }

    private static OfficialDocument document(List<String> opening, List<DocumentSection> sections,
                                             List<String> closing) {
        return OfficialDocument.builder(DocumentKind.PLAN).issuer(List.of("ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP"))
                .symbol("KH-UBND").place("Tân Lập").year(2025).title("Thử").opening(opening).sections(sections)
                .closing(closing).build();
    }

    private static String text(BodyParagraph paragraph) {
        return text(paragraph.runs());
    }

    private static String text(List<TextRun> runs) {
        StringBuilder out = new StringBuilder();
        runs.forEach(run -> out.append(run.text()));
        return out.toString();
    }
}
