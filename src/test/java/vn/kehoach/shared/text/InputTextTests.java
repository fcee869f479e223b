package vn.kehoach.shared.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InputTextTests {

    @Test
    void dropsNulAndOtherControlCharactersButKeepsTabsAndLineBreaks() {
        assertThat(InputText.clean("Kế\u0000 hoạch\u0007\u001b[31m\u007f số\t1\r\nII."))
                .isEqualTo("Kế hoạch[31m số\t1\r\nII.");
    }

    @Test
    void composesDecomposedVietnamese() {
        String decomposed = "Qua\u0309ng Nga\u0303i";
        assertThat(InputText.clean(decomposed)).isEqualTo("Quảng Ngãi").hasSize(10);
    }

    @Test
    void dropsHalvesOfSurrogatePairsAndKeepsWholePairs() {
        assertThat(InputText.clean("a\uD800b\uDC00c 😀")).isEqualTo("abc 😀");
    }

    @Test
    void leavesCleanTextAsItIs() {
        String clean = "Thực hiện Kế hoạch số 35/KH-UBND ngày 20/3/2025";
        assertThat(InputText.clean(clean)).isSameAs(clean);
        assertThat(InputText.clean(null)).isNull();
        assertThat(InputText.clean("")).isEmpty();
    }
}
