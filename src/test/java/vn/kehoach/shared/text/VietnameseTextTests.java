package vn.kehoach.shared.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTests {

    @Test
    void cleansDecomposedAccentsAndOddSpaces() {
        String decomposed = Normalizer.normalize("Phường  Đăk\u00A0Cấm ", Normalizer.Form.NFD);
        assertThat(VietnameseText.clean(decomposed)).isEqualTo("Phường Đăk Cấm");
    }

    @Test
    void foldsToTheSameKeyAsTheDatabase() {
        assertThat(VietnameseText.fold("Phường Đăk Cấm")).isEqualTo("phuong dak cam");
        assertThat(VietnameseText.fold("Xã Ba Tơ")).isEqualTo("xa ba to");
    }

    @Test
    void treatsBothToneMarkConventionsAsEqual() {
        assertThat(VietnameseText.toneKey("Hoà Bình")).isEqualTo(VietnameseText.toneKey("Hòa Bình"));
        assertThat(VietnameseText.toneKey("Thuỷ Nguyên")).isEqualTo(VietnameseText.toneKey("Thủy Nguyên"));
        assertThat(VietnameseText.toneKey("Khánh Hoà")).isEqualTo(VietnameseText.toneKey("Khánh Hòa"));
        assertThat(VietnameseText.toneKey("Thanh Hoá")).isEqualTo(VietnameseText.toneKey("Thanh Hóa"));
    }

    @Test
    void keepsDifferentNamesDifferent() {
        assertThat(VietnameseText.toneKey("Hòa")).isNotEqualTo(VietnameseText.toneKey("Hóa"));
        assertThat(VietnameseText.toneKey("Quý Lộc")).isEqualTo("quý lộc");
        assertThat(VietnameseText.toneKey("Hoàng Mai")).isEqualTo("hoàng mai");
    }
}
