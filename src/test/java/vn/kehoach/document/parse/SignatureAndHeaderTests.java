package vn.kehoach.document.parse;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SignatureAndHeaderTests {

    private static final List<String> RECIPIENTS = List.of("Sở Nội vụ", "TT HĐND xã", "Lưu: VT, VHXH");
    private static final ParsedSigner SIGNER = new ParsedSigner(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"),
            "PHÓ CHỦ TỊCH", "Trần Thị Mai");

    private static SignatureParser.Tail tail(String text) {
        return SignatureParser.parse(TextNormalizer.normalize(text));
    }

    @Test
    void readsRecipientsThenSignature() {
        SignatureParser.Tail tail = tail("""
                Nơi nhận:
                - Sở Nội vụ;
                - TT HĐND xã;
                - Lưu: VT, VHXH.
                TM. ỦY BAN NHÂN DÂN
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH
                (Đã ký)
                Trần Thị Mai
                """);
        assertThat(tail.recipients()).isEqualTo(RECIPIENTS);
        assertThat(tail.signer()).isEqualTo(SIGNER);
    }

    @Test
    void readsSignatureAndRecipientsInterleavedLineByLine() {
        SignatureParser.Tail tail = tail("""
                TM. ỦY BAN NHÂN DÂN
                Nơi nhận:
                KT. CHỦ TỊCH
                - Sở Nội vụ;
                PHÓ CHỦ TỊCH
                - TT HĐND xã;
                - Lưu: VT, VHXH.
                Trần Thị Mai
                """);
        assertThat(tail.recipients()).isEqualTo(RECIPIENTS);
        assertThat(tail.signer()).isEqualTo(SIGNER);
    }

    @Test
    void readsColumnsRunTogetherOnOneLine() {
        SignatureParser.Tail tail = tail("Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Sở Nội vụ; KT. CHỦ TỊCH\n- TT HĐND xã;"
                + "       PHÓ CHỦ TỊCH\n- Lưu: VT,\nVHXH.\nTrần Thị Mai");
        assertThat(tail.recipients()).isEqualTo(RECIPIENTS);
        assertThat(tail.signer()).isEqualTo(SIGNER);
    }

    @Test
    void readsAHeaderRunTogetherByPdfExtraction() {
        HeaderParser.Header header = HeaderParser.parse(TextNormalizer.normalize("""
                UBND TỈNH QUẢNG NGÃI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc
                Số: 08/KH-SNV Quảng Ngãi, ngày 05 tháng 02 năm 2026
                """));
        assertThat(header.parentBodyLines()).containsExactly("UBND TỈNH QUẢNG NGÃI");
        assertThat(header.issuerLines()).containsExactly("SỞ NỘI VỤ");
        assertThat(header.number()).isEqualTo("08");
        assertThat(header.symbol()).isEqualTo("KH-SNV");
        assertThat(header.place()).isEqualTo("Quảng Ngãi");
        assertThat(header.issuedOn()).isEqualTo(LocalDate.of(2026, 2, 5));
    }

    @Test
    void leavesBlankNumberAndDateEmpty() {
        HeaderParser.Header header = HeaderParser.parse(TextNormalizer.normalize(
                "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố:      /KH-UBND\nTân Lập, ngày     tháng     năm 2026"));
        assertThat(header.number()).isNull();
        assertThat(header.symbol()).isEqualTo("KH-UBND");
        assertThat(header.issuedOn()).isNull();
        assertThat(header.dateYear()).isEqualTo(2026);
        assertThat(header.issuerLines()).containsExactly("ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP");
    }
}
