package vn.kehoach.shared.text;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void readsAPointBeforeThreeDigitsAsGroupingThousands() {
        assertThat(VietnameseNumbers.parse("1.250")).isEqualByComparingTo("1250");
        assertThat(VietnameseNumbers.parse("1.250.000")).isEqualByComparingTo("1250000");
        assertThat(VietnameseNumbers.parse("1 250")).isEqualByComparingTo("1250");
        assertThat(VietnameseNumbers.parse("1.250,5")).isEqualByComparingTo("1250.5");
        assertThat(VietnameseNumbers.parse("1,5")).isEqualByComparingTo("1.5");
        // Not a group: a leading zero, or other than three digits after the point.
        assertThat(VietnameseNumbers.parse("0.250")).isEqualByComparingTo("0.25");
        assertThat(VietnameseNumbers.parse("1.25")).isEqualByComparingTo("1.25");
        assertThat(VietnameseNumbers.parse("1.2500")).isEqualByComparingTo("1.25");
    }

    @Test
    void acceptsInFormsWhatOfficialsTypeAndNothingElse() {
        for (String typed : new String[]{"1.250", "1 250", "1250", "1.250,75", "33,3", "33.3", "0,05", "", " "}) {
            assertThat(typed.matches(VietnameseNumbers.DECIMAL)).as(typed).isTrue();
        }
        for (String typed : new String[]{"1.250.5", "1,250,000", "6O", "-3", "1,23456", "12.34.56"}) {
            assertThat(typed.matches(VietnameseNumbers.DECIMAL)).as(typed).isFalse();
        }
        assertThat("1,255".matches(VietnameseNumbers.DECIMAL_2)).isFalse();
        assertThat("100.000".matches(VietnameseNumbers.WHOLE)).isTrue();
        assertThat("1,5".matches(VietnameseNumbers.WHOLE)).isFalse();
    }

    @Test
    void readsWholeNumbersGroupedOrNot() {
        assertThat(VietnameseNumbers.parseWhole("1.250")).isEqualTo(1250L);
        assertThat(VietnameseNumbers.parseWhole(" 100 000 ")).isEqualTo(100_000L);
        assertThat(VietnameseNumbers.parseWhole("")).isNull();
        assertThatThrownBy(() -> VietnameseNumbers.parseWhole("1,5")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> VietnameseNumbers.parseWhole("1.25")).isInstanceOf(NumberFormatException.class);
    }
}
