package vn.kehoach.document.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the reader accepts, decided by content, and every kind of upload it must refuse. */
class PlanFileReaderTests {

    private static final String PLAN = "KẾ HOẠCH\nThực hiện công tác bình đẳng giới năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n"
            + "1. Nâng cao nhận thức của cán bộ, công chức.\n";

    private final PlanFileReader reader = new PlanFileReader();

    private static void assertRefused(ThrowingRead read, PlanParseException.Reason reason) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(PlanParseException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.messageKey()).isEqualTo(reason.key()).startsWith("document.import.error.");
        });
    }

    private interface ThrowingRead {
        void run() throws Exception;
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused(() -> reader.extractText("trong.txt", "text/plain", new byte[0]),
                PlanParseException.Reason.EMPTY);
    }

    @Test
    void refusesWhiteSpaceOnly() {
        byte[] blank = " \r\n\t\u00A0\n  ".getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> reader.extractText("trang.txt", "text/plain", blank), PlanParseException.Reason.EMPTY);
    }

    @Test
    void refusesPicturesPdfAndOldWordWhateverTheirName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertRefused(() -> reader.extractText("ke-hoach.docx", "application/msword", png),
                PlanParseException.Reason.UNSUPPORTED_TYPE);
        assertRefused(() -> reader.extractText("ke-hoach.txt", "text/plain", jpeg),
                PlanParseException.Reason.UNSUPPORTED_TYPE);
        assertRefused(() -> reader.extractText("ke-hoach.txt", "text/plain", pdf),
                PlanParseException.Reason.UNSUPPORTED_TYPE);
        assertRefused(() -> reader.extractText("ke-hoach.doc", "application/msword", doc),
                PlanParseException.Reason.UNSUPPORTED_TYPE);
        assertThatThrownBy(() -> reader.extractText("anh.txt", null, pdf))
                .isInstanceOfSatisfying(PlanParseException.class, e -> assertThat(e.args()).containsExactly("PDF"));
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    void refusesAFiftyMegabyteUploadBeforeReadingIt() {
        byte[] huge = new byte[50 * 1024 * 1024];
        assertRefused(() -> reader.extractText("lon.txt", "text/plain", huge), PlanParseException.Reason.TOO_LARGE);
        InputStream neverRead = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("a declared 50 MB upload must not be read");
            }
        };
        assertRefused(() -> reader.extractText("lon.txt", "text/plain", neverRead, huge.length),
                PlanParseException.Reason.TOO_LARGE);
        assertThatThrownBy(() -> reader.extractText("lon.txt", null, huge))
                .isInstanceOfSatisfying(PlanParseException.class, e -> assertThat(e.args()).containsExactly(10L));
    }

    @Test
    void stopsReadingAStreamThatLiesAboutItsSize() {
        InputStream fifty = new InputStream() {
            private long left = 50L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) return -1;
                int n = (int) Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
        assertRefused(() -> reader.extractText("lon.txt", null, fifty, -1), PlanParseException.Reason.TOO_LARGE);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void refusesAZipBombDocx() throws IOException {
        byte[] bomb = DocxFixtures.zipBomb(200);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertRefused(() -> reader.extractText("bom.docx", null, bomb), PlanParseException.Reason.UNSAFE);
    }

    @Test
    void refusesAZipThatIsNotAWordDocument() throws IOException {
        assertRefused(() -> reader.extractText("ke-hoach.docx", null, DocxFixtures.plainZip()),
                PlanParseException.Reason.UNSUPPORTED_TYPE);
    }

    @Test
    void refusesACorruptZip() throws IOException {
        byte[] docx = DocxFixtures.planWithWordNumberingAndTables();
        byte[] truncated = Arrays.copyOf(docx, docx.length / 3);
        for (int i = 40; i < truncated.length; i += 7) truncated[i] ^= 0x5A;
        assertRefused(() -> reader.extractText("hong.docx", null, truncated), PlanParseException.Reason.CORRUPT);
    }

    @Test
    void refusesTextThatIsNotAPlan() {
        byte[] letter = "Kính gửi anh chị,\nCuộc họp giao ban chuyển sang chiều thứ Sáu.\nTrân trọng."
                .getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> reader.extractText("thu.txt", "text/plain", letter), PlanParseException.Reason.NOT_A_PLAN);
        assertRefused(() -> new PlanTextParser().parse("Biên bản họp chi bộ ngày 03/3/2025."),
                PlanParseException.Reason.NOT_A_PLAN);
    }

    @Test
    void readsTextInUtf8WithOrWithoutBomAndInUtf16() {
        byte[] utf8 = PLAN.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertThat(reader.extractText("a.txt", null, utf8)).isEqualTo(PLAN);
        assertThat(reader.extractText("a.txt", null, bom)).isEqualTo(PLAN);
        assertThat(reader.extractText("a.txt", null, ("\uFEFF" + PLAN).getBytes(StandardCharsets.UTF_16LE)))
                .contains(PLAN);
        assertThat(reader.extractText("a.txt", null, ("\uFEFF" + PLAN).getBytes(StandardCharsets.UTF_16BE)))
                .contains(PLAN);
        assertThat(reader.extractText("a.txt", null, PLAN.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(PLAN);
    }

    @Test
    void decidesByContentNotByName() throws IOException {
        byte[] docx = DocxFixtures.planWithWordNumberingAndTables();
        assertThat(reader.extractText("ke-hoach.txt", "text/plain", docx)).contains("I. MỤC ĐÍCH, YÊU CẦU");
        assertThat(reader.extractText("ke-hoach.docx", "application/octet-stream",
                PLAN.getBytes(StandardCharsets.UTF_8))).isEqualTo(PLAN);
    }

    @Test
    void readsFromAStreamOfKnownSize() {
        byte[] utf8 = PLAN.getBytes(StandardCharsets.UTF_8);
        assertThat(reader.extractText("a.txt", null, new ByteArrayInputStream(utf8), utf8.length)).isEqualTo(PLAN);
    }

    @Test
    void refusesMoreTextThanAnyPlan() {
        String longText = PLAN + "- Nội dung lặp lại.\n".repeat(PlanFileReader.MAX_CHARS / 20 + 10);
        byte[] bytes = longText.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isLessThan((int) PlanFileReader.MAX_BYTES);
        assertRefused(() -> reader.extractText("dai.txt", null, bytes), PlanParseException.Reason.TOO_LONG);
    }
}
