package vn.kehoach.officialdoc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumericTextTests {

    @Test
    void readsNumbersWrittenTheVietnameseWay() {
        assertThat(NumericText.parse("12")).contains(new NumericText(12, "0"));
        assertThat(NumericText.parse("1.250")).contains(new NumericText(1250, "#,##0"));
        assertThat(NumericText.parse("12,5")).contains(new NumericText(12.5, "0.0"));
        assertThat(NumericText.parse("1.234.567,25")).contains(new NumericText(1234567.25, "#,##0.00"));
        assertThat(NumericText.parse("-3")).contains(new NumericText(-3, "0"));
        assertThat(NumericText.parse("60%")).contains(new NumericText(0.6, "0%"));
        assertThat(NumericText.parse(" 0 ")).contains(new NumericText(0, "0"));
    }

    @Test
    void leavesCodesLabelsAndWordsAsText() {
        assertThat(NumericText.parse("01")).isEmpty();
        assertThat(NumericText.parse("1.1")).isEmpty();
        assertThat(NumericText.parse("1.10")).isEmpty();
        assertThat(NumericText.parse("12.5")).isEmpty();
        assertThat(NumericText.parse("Quý III")).isEmpty();
        assertThat(NumericText.parse("15/11")).isEmpty();
        assertThat(NumericText.parse("")).isEmpty();
        assertThat(NumericText.parse(null)).isEmpty();
    }
}
