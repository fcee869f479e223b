package vn.kehoach.officialdoc;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class NumberingTests {

    @Test
    void numbersLetterItemsInVietnameseOrder() {
        assertThat(IntStream.rangeClosed(1, 9).mapToObj(Numbering::letter))
                .containsExactly("a", "b", "c", "d", "đ", "e", "g", "h", "i");
        assertThat(Numbering.letter(5)).isEqualTo("đ");
        assertThat(Numbering.letter(6)).isEqualTo("e");
        assertThat(Numbering.letter(7)).isEqualTo("g");
        assertThat(IntStream.rangeClosed(1, 23).mapToObj(Numbering::letter)).doesNotContain("f", "j", "w", "z");
        assertThat(Numbering.letter(24)).isEqualTo("aa");
    }

    @Test
    void readsLettersBack() {
        IntStream.rangeClosed(1, 30).forEach(n -> assertThat(Numbering.parseLetter(Numbering.letter(n))).isEqualTo(n));
        assertThat(Numbering.parseLetter("f")).isEqualTo(-1);
        assertThat(Numbering.parseLetter("ab")).isEqualTo(-1);
    }

    @Test
    void writesAndReadsRomanNumerals() {
        assertThat(Numbering.roman(4)).isEqualTo("IV");
        assertThat(Numbering.roman(9)).isEqualTo("IX");
        assertThat(Numbering.roman(14)).isEqualTo("XIV");
        IntStream.rangeClosed(1, 60).forEach(n -> assertThat(Numbering.parseRoman(Numbering.roman(n))).isEqualTo(n));
        assertThat(Numbering.parseRoman("IIII")).isEqualTo(-1);
        assertThat(Numbering.parseRoman("Ix")).isEqualTo(-1);
    }

    @Test
    void printsLabelsTheWayTheDecreePrescribes() {
        assertThat(Numbering.Style.ROMAN.printed("II")).isEqualTo("II.");
        assertThat(Numbering.Style.LETTER.printed("đ")).isEqualTo("đ)");
        assertThat(Numbering.Style.DECIMAL.printed(Numbering.decimal("5", 1))).isEqualTo("5.1.");
        assertThat(Numbering.Style.BULLET.printed("-")).isEqualTo("-");
        assertThat(Numbering.defaultStyle(2)).isEqualTo(Numbering.Style.LETTER);
    }
}
