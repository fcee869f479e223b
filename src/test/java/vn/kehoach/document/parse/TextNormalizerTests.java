package vn.kehoach.document.parse;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTests {

    private static List<String> texts(String input) {
        return TextNormalizer.normalize(input).stream().map(SourceLine::text).toList();
    }

    @Test
    void composesDecomposedVietnameseAndPlainsOddSpaces() {
        String decomposed = Normalizer.normalize("Phòng Văn hóa - Xã hội", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Phòng Văn hóa - Xã hội");
        assertThat(texts(decomposed)).containsExactly("Phòng Văn hóa - Xã hội");
        assertThat(texts("Sở\u00A0Nội\u202Fvụ\tphường\u200B Đăk\u2009Cấm, hỗ\u00ADtrợ"))
                .containsExactly("Sở Nội vụ phường Đăk Cấm, hỗtrợ");
    }

    @Test
    void acceptsEveryKindOfLineEnd() {
        assertThat(texts("I. MỤC TIÊU\r\n1. Một\r2. Hai\n3. Ba\u2028")).containsExactly("I. MỤC TIÊU", "1. Một",
                "2. Hai", "3. Ba");
    }

    @Test
    void dropsPageNumbersAndStrayUrls() {
        assertThat(texts("đầu trang\n2\n- 3 -\nTrang 4\n5/12\nhttps://thuvienphapluat.vn/van-ban/abc\ncuối trang"))
                .containsExactly("đầu trang", "cuối trang");
    }

    @Test
    void stripsMarkdownButRemembersHeadingsAndBoldRunInTitles() {
        List<SourceLine> lines = TextNormalizer.normalize(
                "## **II. NHIỆM VỤ**\n**1. Công an phường:** tiếp nhận tin báo\n*(Đã ký)*\n1\\. Thoát ký tự");
        assertThat(lines).extracting(SourceLine::text)
                .containsExactly("II. NHIỆM VỤ", "1. Công an phường: tiếp nhận tin báo", "(Đã ký)", "1. Thoát ký tự");
        assertThat(lines.get(0).standalone()).isTrue();
        assertThat(lines.get(1).standalone()).isFalse();
        assertThat(lines.get(1).boldLead()).isEqualTo("1. Công an phường:");
    }

    @Test
    void splitsMarkdownTablesIntoCells() {
        assertThat(texts("| Nơi nhận:<br>- Sở Nội vụ; | KT. CHỦ TỊCH |\n|---|---|"))
                .containsExactly("Nơi nhận:", "- Sở Nội vụ;", "KT. CHỦ TỊCH");
    }

    @Test
    void keepsWideGapsBetweenColumnsInTheRawLine() {
        SourceLine line = TextNormalizer.normalize("Số: 12/KH-UBND        Ba Tơ, ngày 05 tháng 3 năm 2024").get(0);
        assertThat(line.raw()).contains("UBND        Ba Tơ");
        assertThat(line.text()).isEqualTo("Số: 12/KH-UBND Ba Tơ, ngày 05 tháng 3 năm 2024");
    }
}
