package vn.kehoach.shared.text;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseNumbersTests {

    @Test
    void showsGroupedWithADecimalComma() {
        assertThat(VietnameseNumbers.format(new BigDecimal("1250"))).isEqualTo("1.250");
        assertThat(VietnameseNumbers.format(new BigDecimal("33.30"))).isEqualTo("33,3");
        assertThat(VietnameseNumbers.format(null)).isNull();
    }

    @Test
    void givesFormsPlainNumbersAndReadsCommaOrPoint() {
        assertThat(VietnameseNumbers.plain(new BigDecimal("60.00"))).isEqualTo("60");
        assertThat(VietnameseNumbers.plain(new BigDecimal("1250"))).isEqualTo("1250");
        assertThat(VietnameseNumbers.plain(new BigDecimal("1.70"))).isEqualTo("1,7");
        assertThat(VietnameseNumbers.parse(" 1,7 ")).isEqualByComparingTo("1.7");
        assertThat(VietnameseNumbers.parse("33.3")).isEqualByComparingTo("33.3");
        assertThat(VietnameseNumbers.parse(" ")).isNull();
    }
}
