package vn.kehoach.shared.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvFileTests {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws Exception {
        List<CsvFile.Row> rows = CsvFile
                .parse("code,name\r\n01,\"Hà Nội, thủ đô\"\r\n02,\"Nói \"\"to\"\"\nhai dòng\"\n\n03,x");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).fields()).containsExactly("01", "Hà Nội, thủ đô");
        assertThat(rows.get(2).fields()).containsExactly("02", "Nói \"to\"\nhai dòng");
        assertThat(rows.get(3).line()).isEqualTo(6);
        assertThat(rows.get(3).get(5)).isNull();
        assertThat(rows).extracting(CsvFile.Row::line).containsExactly(1, 2, 3, 6);
    }

    @Test
    void cleansCellsAsFormInputAndRefusesAQuoteThatIsNotClosedProperly() throws Exception {
        assertThat(CsvFile.parse("code,name\n01,\"Xã\u0000 Ba Tơ\"").get(1).fields()).containsExactly("01", "Xã Ba Tơ");
        assertThatThrownBy(() -> CsvFile.parse("code,name\n01,\"Xã Ba Tơ\" thêm"))
                .isInstanceOf(CsvFile.NotTextException.class);
    }

    @Test
    void dropsTheByteOrderMarkAndRefusesBinary() throws Exception {
        assertThat(CsvFile.decodeUtf8("\uFEFFcode".getBytes(StandardCharsets.UTF_8))).isEqualTo("code");
        assertThatThrownBy(() -> CsvFile.decodeUtf8(new byte[]{(byte) 0x89, 'P', 'N', 'G', (byte) 0xFF}))
                .isInstanceOf(CsvFile.NotTextException.class);
    }
}
