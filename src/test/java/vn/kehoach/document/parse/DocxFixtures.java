package vn.kehoach.document.parse;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds .docx test files with POI, so no binary is committed. */
public final class DocxFixtures {

    private DocxFixtures() {
    }

    /**
     * A commune plan whose header and signature are two-column tables and whose body is numbered by Word (Roman
     * mục, Arabic khoản, letters), with one bold run-in agency title.
     */
    static byte[] planWithWordNumberingAndTables() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable header = doc.createTable(2, 2);
            cell(header.getRow(0).getCell(0), "ỦY BAN NHÂN DÂN", "PHƯỜNG ĐĂK CẤM");
            cell(header.getRow(0).getCell(1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
            cell(header.getRow(1).getCell(0), "Số: 305/KH-UBND");
            cell(header.getRow(1).getCell(1), "Đăk Cấm, ngày 02 tháng 10 năm 2025");
            paragraph(doc, "KẾ HOẠCH");
            paragraph(doc, "Tổ chức Tháng hành động vì bình đẳng giới năm 2025");
            paragraph(doc, "Thực hiện Kế hoạch số 210/KH-UBND ngày 25/9/2025 của UBND tỉnh Quảng Ngãi, Ủy ban nhân dân"
                    + " phường ban hành Kế hoạch như sau:");

            BigInteger list = multiLevelList(doc);
            numbered(doc, list, 0, "MỤC ĐÍCH, YÊU CẦU");
            numbered(doc, list, 1, "Lan tỏa thông điệp chia sẻ việc nhà đến mọi hộ gia đình.");
            numbered(doc, list, 0, "NỘI DUNG HOẠT ĐỘNG");
            numbered(doc, list, 1, "Lễ phát động");
            numbered(doc, list, 2, "Tổ chức lễ phát động tại Nhà văn hóa phường vào ngày 15/11/2025.");
            numbered(doc, list, 2, "Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an phường bố trí địa điểm.");
            numbered(doc, list, 1, "Truyền thông trên loa phát thanh");
            numbered(doc, list, 2, "Phát bản tin hằng tuần từ ngày 15/11/2025 đến ngày 15/12/2025.");
            numbered(doc, list, 0, "TỔ CHỨC THỰC HIỆN");
            XWPFParagraph agency = numberedParagraph(doc, list, 1);
            XWPFRun bold = agency.createRun();
            bold.setBold(true);
            bold.setText("Phòng Văn hóa - Xã hội:");
            agency.createRun().setText(" chủ trì tổ chức các hoạt động; báo cáo kết quả về Sở Nội vụ trước ngày"
                    + " 20/12/2025.");
            numbered(doc, list, 1, "Đề nghị Ủy ban MTTQ Việt Nam phường");
            paragraph(doc, "Yêu cầu các đơn vị nghiêm túc triển khai thực hiện./.");

            XWPFTable signature = doc.createTable(1, 2);
            cell(signature.getRow(0).getCell(0), "Nơi nhận:", "- Sở Nội vụ;", "- Ủy ban MTTQ Việt Nam phường;",
                    "- Lưu: VT, VHXH.");
            cell(signature.getRow(0).getCell(1), "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Lê Văn Bình");
            return bytes(doc);
        }
    }

    private static BigInteger multiLevelList(XWPFDocument doc) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ONE);
        level(abstractNum, 0, STNumberFormat.UPPER_ROMAN, "%1.");
        level(abstractNum, 1, STNumberFormat.DECIMAL, "%2.");
        level(abstractNum, 2, STNumberFormat.LOWER_LETTER, "%3)");
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }

    private static void level(CTAbstractNum abstractNum, int ilvl, STNumberFormat.Enum format, String text) {
        CTLvl lvl = abstractNum.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    private static void numbered(XWPFDocument doc, BigInteger numId, int level, String text) {
        numberedParagraph(doc, numId, level).createRun().setText(text);
    }

    private static XWPFParagraph numberedParagraph(XWPFDocument doc, BigInteger numId, int level) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        return p;
    }

    private static void paragraph(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    /** Fills a table cell with one paragraph per line. */
    private static void cell(XWPFTableCell cell, String... lines) {
        cell.getParagraphs().get(0).createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) cell.addParagraph().createRun().setText(lines[i]);
    }

    private static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }

    /** A .docx whose document.xml inflates to {@code megabytes} MB of spaces: a zip bomb of a few hundred KB. */
    public static byte[] zipBomb(int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) zip.write(spaces);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A zip holding one text file: an archive, not a Word document. */
    static byte[] plainZip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("ghi-chu.txt"));
            zip.write("KẾ HOẠCH trong một tệp nén".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
