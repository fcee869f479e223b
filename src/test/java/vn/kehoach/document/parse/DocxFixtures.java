package vn.kehoach.document.parse;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
            header(doc, "Số: 305/KH-UBND", "Đăk Cấm, ngày 02 tháng 10 năm 2025");
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

    /**
     * A ward plan as offices type them: mục and khoản typed by hand in heading styles (one wrapped over two heading
     * paragraphs), letters by Word's numbering, the body text after a heading starting with a figure, agencies'
     * blocks under "Tổ chức thực hiện" (two agencies in one bold run-in title), and "Phụ lục phân công": a table whose
     * two-row header splits "Cơ quan thực hiện" into "Chủ trì" and "Phối hợp", with a group row across it and a lead
     * merged down two rows.
     */
    public static byte[] planWithHeadingStylesAndAppendix() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            headingStyle(styles, "Heading1", "heading 1");
            headingStyle(styles, "Heading2", "heading 2");
            header(doc, "Số: 318/KH-UBND", "Đăk Cấm, ngày 20 tháng 10 năm 2025");
            bold(doc, "KẾ HOẠCH");
            bold(doc, "Tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới"
                    + " năm 2025");
            paragraph(doc, "Thực hiện Kế hoạch số 210/KH-UBND ngày 25/9/2025 của UBND tỉnh Quảng Ngãi, Ủy ban nhân dân"
                    + " phường ban hành Kế hoạch như sau:");
            styled(doc, "Heading1", "I. MỤC ĐÍCH, YÊU CẦU");
            paragraph(doc, "Lan tỏa thông điệp chia sẻ việc nhà đến mọi hộ gia đình trên địa bàn phường.");
            styled(doc, "Heading1", "II. NỘI DUNG HOẠT ĐỘNG");
            styled(doc, "Heading2", "1. Truyền thông trên hệ thống loa của tổ dân phố");
            paragraph(doc, "02 bản tin mỗi tuần từ ngày 15/11/2025 đến ngày 15/12/2025.");
            styled(doc, "Heading2", "2. Hỗ trợ phụ nữ và trẻ em gái bị bạo lực");
            styled(doc, "Heading2", "tại địa chỉ tin cậy của phường");
            BigInteger letters = letterList(doc);
            numbered(doc, letters, 0, "Tiếp nhận, tư vấn cho người bị bạo lực tại Nhà văn hóa tổ dân phố 3.");
            numbered(doc, letters, 0, "Giới thiệu người bị bạo lực đến Trạm Y tế phường khi cần.");
            styled(doc, "Heading1", "III. TỔ CHỨC THỰC HIỆN");
            styled(doc, "Heading2", "1. Phòng Văn hóa - Xã hội");
            BigInteger duties = letterList(doc);
            numbered(doc, duties, 0, "Theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch.");
            numbered(doc, duties, 0, "Tổng hợp kết quả, báo cáo UBND phường trước ngày 20/12/2025.");
            XWPFParagraph shared = doc.createParagraph();
            XWPFRun names = shared.createRun();
            names.setBold(true);
            names.setText("2. Công an phường, Trạm Y tế phường:");
            shared.createRun().setText(" tiếp nhận, xử lý tin báo về bạo lực gia đình; chăm sóc y tế cho người bị"
                    + " bạo lực.");
            bold(doc, "3. Đề nghị Ủy ban MTTQ Việt Nam phường");
            paragraph(doc, "Vận động hội viên, đoàn viên tham gia các hoạt động của Tháng hành động.");
            paragraph(doc, "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.");

            XWPFTable signature = doc.createTable(1, 2);
            cell(signature.getRow(0).getCell(0), "Nơi nhận:", "- Sở Nội vụ;", "- Lưu: VT, VHXH.");
            cell(signature.getRow(0).getCell(1), "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Lê Văn Bình");

            bold(doc, "Phụ lục");
            bold(doc, "PHÂN CÔNG NHIỆM VỤ THÁNG HÀNH ĐỘNG NĂM 2025");
            appendix(doc);
            return bytes(doc);
        }
    }

    /** STT | Nội dung nhiệm vụ | Cơ quan thực hiện (Chủ trì | Phối hợp) | Thời gian thực hiện. */
    private static void appendix(XWPFDocument doc) {
        XWPFTable table = doc.createTable(6, 5);
        XWPFTableRow top = table.getRow(0);
        cell(top.getCell(0), "STT");
        cell(top.getCell(1), "Nội dung nhiệm vụ");
        cell(top.getCell(2), "Cơ quan thực hiện");
        span(top.getCell(2), 2);
        top.removeCell(3);
        cell(top.getCell(3), "Thời gian thực hiện");
        XWPFTableRow sub = table.getRow(1);
        cell(sub.getCell(2), "Chủ trì");
        cell(sub.getCell(3), "Phối hợp");
        XWPFTableRow group = table.getRow(2);
        cell(group.getCell(0), "I. TRUYỀN THÔNG");
        span(group.getCell(0), 5);
        for (int c = 4; c >= 1; c--) group.removeCell(c);
        row(table.getRow(3), "1", "Truyền thông trên hệ thống loa của tổ dân phố", "Phòng Văn hóa - Xã hội",
                "Các tổ dân phố", "15/11/2025 - 15/12/2025");
        merge(table.getRow(3).getCell(2), STMerge.RESTART);
        row(table.getRow(4), "2", "Tọa đàm \"Nam giới chia sẻ việc nhà\" tại tổ dân phố 5", "",
                "Ủy ban MTTQ Việt Nam phường<br>Hội Liên hiệp Phụ nữ phường", "Tháng 11/2025");
        merge(table.getRow(4).getCell(2), STMerge.CONTINUE);
        row(table.getRow(5), "3", "Cập nhật số liệu người bị bạo lực được hỗ trợ", "Trạm Y tế phường", "",
                "Thường xuyên");
    }

    /** The header of phường Đăk Cấm as a borderless two-column table: issuer and motto, number and date. */
    private static void header(XWPFDocument doc, String number, String placeAndDate) {
        XWPFTable header = doc.createTable(2, 2);
        cell(header.getRow(0).getCell(0), "ỦY BAN NHÂN DÂN", "PHƯỜNG ĐĂK CẤM");
        cell(header.getRow(0).getCell(1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
        cell(header.getRow(1).getCell(0), number);
        cell(header.getRow(1).getCell(1), placeAndDate);
    }

    private static void row(XWPFTableRow row, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) cell(row.getCell(c), cells[c].split("<br>"));
        }
    }

    private static void span(XWPFTableCell cell, int columns) {
        tcPr(cell).addNewGridSpan().setVal(BigInteger.valueOf(columns));
    }

    private static void merge(XWPFTableCell cell, STMerge.Enum how) {
        CTVMerge merge = tcPr(cell).addNewVMerge();
        if (how == STMerge.RESTART) merge.setVal(how);
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static void headingStyle(XWPFStyles styles, String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        styles.addStyle(new XWPFStyle(style));
    }

    private static void styled(XWPFDocument doc, String styleId, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styleId);
        p.createRun().setText(text);
    }

    private static void bold(XWPFDocument doc, String text) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setBold(true);
        run.setText(text);
    }

    private static BigInteger letterList(XWPFDocument doc) {
        XWPFNumbering numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(100 + numbering.getAbstractNums().size()));
        level(abstractNum, 0, STNumberFormat.LOWER_LETTER, "%1)");
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
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
            Arrays.fill(spaces, (byte) ' ');
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
            zip.write("KẾ HOẠCH trong một tệp nén".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
