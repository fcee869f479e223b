package vn.kehoach.officialdoc;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Decree30Tests {

    @Test
    void padsNumbersBelowTen() {
        assertThat(Decree30.numberLine("5", "KH-UBND")).isEqualTo("Số: 05/KH-UBND");
        assertThat(Decree30.numberLine("72", "KH-UBND")).isEqualTo("Số: 72/KH-UBND");
        assertThat(Decree30.numberLine("10", "BC-SNV")).isEqualTo("Số: 10/BC-SNV");
        assertThat(Decree30.numberLine(null, "KH-UBND")).matches("Số: {3,}/KH-UBND");
    }

    @Test
    void writesTheDateWithLeadingZerosWhereTheDecreeWantsThem() {
        assertThat(Decree30.placeAndDate("Quảng Ngãi", LocalDate.of(2025, 3, 5), 2025))
                .isEqualTo("Quảng Ngãi, ngày 05 tháng 3 năm 2025");
        assertThat(Decree30.placeAndDate("Quảng Ninh", LocalDate.of(2026, 1, 5), 2026))
                .isEqualTo("Quảng Ninh, ngày 05 tháng 01 năm 2026");
        assertThat(Decree30.placeAndDate("Huế", LocalDate.of(2025, 2, 28), 2025))
                .isEqualTo("Huế, ngày 28 tháng 02 năm 2025");
        assertThat(Decree30.placeAndDate("Huế", LocalDate.of(2025, 12, 1), 2025))
                .isEqualTo("Huế, ngày 01 tháng 12 năm 2025");
        assertThat(Decree30.placeAndDate("Quảng Ngãi", null, 2025))
                .matches("Quảng Ngãi, ngày {3,}tháng {3,}năm 2025");
    }

    @Test
    void punctuatesRecipientLists() {
        assertThat(Decree30.recipientLines(List.of("Bộ Nội vụ (để b/c)", "- CT, các PCT UBND tỉnh;", "Lưu: VT, VX.")))
                .containsExactly("- Bộ Nội vụ (để b/c);", "- CT, các PCT UBND tỉnh;", "- Lưu: VT, VX.");
        assertThat(Decree30.kinhGuiLines(List.of("Ủy ban nhân dân tỉnh Quảng Ngãi")))
                .containsExactly("Ủy ban nhân dân tỉnh Quảng Ngãi");
        assertThat(Decree30.kinhGuiLines(List.of("Bộ Nội vụ", "Ủy ban nhân dân tỉnh")))
                .containsExactly("- Bộ Nội vụ;", "- Ủy ban nhân dân tỉnh.");
    }

    @Test
    void endsTheTextWithTheClosingMarkOnce() {
        assertThat(Decree30.withEndMark("xem xét, chỉ đạo.")).isEqualTo("xem xét, chỉ đạo./.");
        assertThat(Decree30.withEndMark("xem xét, chỉ đạo")).isEqualTo("xem xét, chỉ đạo./.");
        assertThat(Decree30.withEndMark("xem xét, chỉ đạo./. ")).isEqualTo("xem xét, chỉ đạo./.");
    }
}
