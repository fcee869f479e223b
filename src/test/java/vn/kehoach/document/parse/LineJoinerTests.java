package vn.kehoach.document.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineJoinerTests {

    private static List<String> join(String text) {
        return LineJoiner.join(TextNormalizer.normalize(text)).stream().map(Paragraph::text).toList();
    }

    /** Printed lines of about 75 characters with an empty line after each, as pdftotext gives them. */
    private static final String PDF = """
            a) Tổ chức tập huấn cho công chức phụ trách công tác văn hóa - xã hội về kỹ

            năng lồng ghép giới trong xây dựng kế hoạch; kết quả tập huấn được báo cáo

            UBND phường trong tháng 6 năm 2025 để theo dõi, đánh giá kết quả đạt được.

            b) Thành lập mới các câu lạc bộ gia đình phát triển bền vững ở khu dân cư

            đông người lao động nhập cư; mỗi câu lạc bộ sinh hoạt ít nhất một lần trong

            mỗi quý với chủ đề do Hội Liên hiệp Phụ nữ phường gợi ý.

            c) Duy trì các câu lạc bộ gia đình hạnh phúc giai đoạn 2021

            - 2025 tại các tổ dân phố có nhiều hộ gia đình trẻ mới đến định cư sinh sống.

            2. Phòng Văn hóa - Xã hội

            Theo dõi việc thực hiện Kế hoạch này.
            """;

    @Test
    void joinsSentencesBrokenAcrossPrintedLines() {
        List<String> paragraphs = join(PDF);
        assertThat(paragraphs.get(0))
                .isEqualTo("a) Tổ chức tập huấn cho công chức phụ trách công tác văn hóa - xã hội về"
                        + " kỹ năng lồng ghép giới trong xây dựng kế hoạch; kết quả tập huấn được báo cáo UBND phường trong tháng 6"
                        + " năm 2025 để theo dõi, đánh giá kết quả đạt được.");
    }

    @Test
    void takesADashThatContinuesAYearRangeForText() {
        assertThat(join(PDF).get(2)).startsWith("c) Duy trì").contains("giai đoạn 2021 - 2025 tại các tổ dân phố");
    }

    @Test
    void keepsAShortHeadingApartFromTheTextBelowIt() {
        assertThat(join(PDF)).endsWith("2. Phòng Văn hóa - Xã hội", "Theo dõi việc thực hiện Kế hoạch này.");
    }

    @Test
    void breaksBeforeEveryNumberingLabel() {
        assertThat(join("1. Mục đích\na) Một ý\nb) Hai ý\n- gạch đầu dòng\n+ dấu cộng\n5.1. Số thập phân"))
                .containsExactly("1. Mục đích", "a) Một ý", "b) Hai ý", "- gạch đầu dòng", "+ dấu cộng",
                        "5.1. Số thập phân");
    }

    @Test
    void joinsALowerCaseLineOfAWordParagraphBrokenAtAPage() {
        assertThat(join(
                "## 1. Tuyên truyền\n\nĐẩy mạnh tuyên truyền về bình đẳng\n\ngiới trong gia đình.\n\n- Ý tiếp theo."))
                .containsExactly("1. Tuyên truyền", "Đẩy mạnh tuyên truyền về bình đẳng giới trong gia đình.",
                        "- Ý tiếp theo.");
    }

    @Test
    void joinsAnUpperCaseHeadingOverTwoLinesButNotIntoTheText() {
        assertThat(join("III. NHIỆM VỤ VÀ GIẢI PHÁP\nTRỌNG TÂM\nCác đơn vị thực hiện."))
                .containsExactly("III. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM", "Các đơn vị thực hiện.");
    }

    @Test
    void treatsSparseEmptyLinesAsParagraphBreaks() {
        assertThat(join("Đoạn thứ nhất chưa có dấu chấm\n\nmột dòng mới sau dòng trống\nvẫn cùng đoạn."))
                .containsExactly("Đoạn thứ nhất chưa có dấu chấm", "một dòng mới sau dòng trống vẫn cùng đoạn.");
    }
}
