package vn.kehoach.document.parse;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LegalBasisExtractorTests {

    private static List<ParsedLegalBasis> read(String... paragraphs) {
        return LegalBasisExtractor.extract(List.of(paragraphs), String.join("\n", paragraphs));
    }

    @Test
    void completesABareProvincialCommitteeWithTheProvinceTheTextNames() {
        assertThat(read("Thực hiện Kế hoạch số 45/KH-UBND ngày 20/3/2025 của UBND tỉnh về công tác bình đẳng giới trên"
                + " địa bàn tỉnh Quảng Ngãi năm 2025, UBND xã ban hành Kế hoạch như sau:"))
                .singleElement().satisfies(basis -> {
                    assertThat(basis.documentType()).isEqualTo("KH");
                    assertThat(basis.documentNumber()).isEqualTo("45/KH-UBND");
                    assertThat(basis.date()).isEqualTo(LocalDate.of(2025, 3, 20));
                    assertThat(basis.issuer()).isEqualTo("UBND tỉnh Quảng Ngãi");
                });
    }

    @Test
    void keepsEachCitationAsWrittenWithItsPunctuation() {
        assertThat(read("Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
                "Thực hiện Công văn số 739/BNV-CTTN&BĐG ngày 28/3/2025 của Bộ Nội vụ, Ủy ban nhân dân tỉnh ban hành Kế"
                        + " hoạch như sau:"))
                .extracting(ParsedLegalBasis::text)
                .containsExactly("Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
                        "Thực hiện Công văn số 739/BNV-CTTN&BĐG ngày 28/3/2025 của Bộ Nội vụ, Ủy ban nhân dân tỉnh ban"
                                + " hành Kế hoạch như sau:");
    }

    @Test
    void givesOneEntryPerCitedDocument() {
        assertThat(read("Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
                "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ; Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban"
                        + " Bí thư; Công văn 739/BNV-CTTN&BĐG ngày 28/3/2025 của Bộ Nội vụ về hướng dẫn năm 2025;",
                "Theo đề nghị của Phòng Văn hóa - Xã hội tại Tờ trình số 14/TTr-VHXH ngày 02/4/2025."))
                .extracting(ParsedLegalBasis::documentType, ParsedLegalBasis::documentNumber, ParsedLegalBasis::date,
                        ParsedLegalBasis::issuer)
                .containsExactly(
                        tuple("Luật", "Luật Bình đẳng giới", LocalDate.of(2006, 11, 29), null),
                        tuple("NQ", "28/NQ-CP", LocalDate.of(2021, 3, 3), "Chính phủ"),
                        tuple("CT", "21-CT/TW", LocalDate.of(2018, 1, 20), "Ban Bí thư"),
                        tuple("CV", "739/BNV-CTTN&BĐG", LocalDate.of(2025, 3, 28), "Bộ Nội vụ"),
                        tuple("TTr", "14/TTr-VHXH", LocalDate.of(2025, 4, 2), "Phòng Văn hóa - Xã hội"));
    }

    @Test
    void keepsCommasThatBelongToTheIssuerName() {
        assertThat(read("Thực hiện Hướng dẫn số 12/HD-SVHTTDL ngày 05/02/2025 của Sở Văn hóa, Thể thao và Du lịch về"
                + " công tác gia đình.")).extracting(ParsedLegalBasis::issuer)
                .containsExactly("Sở Văn hóa, Thể thao và Du lịch");
    }
}
