package vn.kehoach.officialdoc;

import vn.kehoach.officialdoc.Numbering.Style;

import java.time.LocalDate;
import java.util.List;

/**
 * Documents written for the export tests: the 2025 gender-equality plan of a province and a half-year report of its
 * Sở Nội vụ. The wording is the team's own; agencies, dates and structure follow real plans of this kind.
 */
final class ExportFixtures {

    static final String PLAN_TITLE = "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2025";
    static final String SIGNER_NAME = "Trần Thị Minh Hạnh";
    static final String REPORT_TITLE = "Kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ "
            + "6 tháng đầu năm 2025";

    private ExportFixtures() {
    }

    /** Kế hoạch 72/KH-UBND of the provincial People's Committee, with a task annex and a target annex. */
    static OfficialDocument plan() {
        return OfficialDocument.builder(DocumentKind.PLAN)
                .issuer(List.of("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"))
                .number("72")
                .symbol("KH-UBND")
                .place("Quảng Ngãi")
                .date(LocalDate.of(2025, 4, 8))
                .title(PLAN_TITLE)
                .opening(List.of("Thực hiện Công văn số 739/BNV-CTTN&BĐG ngày 28/3/2025 của Bộ Nội vụ về việc "
                        + "hướng dẫn triển khai công tác bình đẳng giới năm 2025; căn cứ tình hình thực tế của địa "
                        + "phương, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện công tác bình đẳng giới và vì "
                        + "sự tiến bộ của phụ nữ trên địa bàn tỉnh năm 2025 như sau:"))
                .section(muc("I", "Mục đích, yêu cầu",
                        khoan("1", "Mục đích", "<p>Nâng cao vai trò lãnh đạo của cấp ủy, trách nhiệm quản lý của "
                                + "chính quyền các cấp và người đứng đầu cơ quan, đơn vị đối với công tác bình đẳng "
                                + "giới; từng bước thu hẹp khoảng cách giới trong các lĩnh vực chính trị, kinh tế, "
                                + "văn hóa, xã hội và gia đình.</p><p>Phấn đấu hoàn thành các chỉ tiêu năm 2025 "
                                + "của Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 trên địa bàn "
                                + "tỉnh.</p>"),
                        khoan("2", "Yêu cầu", "<ul><li>Các nhiệm vụ được giao phải gắn với chức năng, nhiệm vụ "
                                + "của từng cơ quan, đơn vị và lồng ghép vào kế hoạch công tác năm 2025;</li>"
                                + "<li>Bảo đảm sự phối hợp chặt chẽ giữa các sở, ngành, Ủy ban Mặt trận Tổ quốc "
                                + "Việt Nam tỉnh và Ủy ban nhân dân các xã, phường, đặc khu;</li><li>Thực hiện "
                                + "chế độ báo cáo <strong>đúng thời hạn</strong>, số liệu phân tách theo giới."
                                + "</li></ul>")))
                .section(muc("II", "Nhiệm vụ, giải pháp",
                        khoan("1", "Lãnh đạo, chỉ đạo và quản lý nhà nước về bình đẳng giới", null,
                                diem("a", "Quán triệt các văn bản của Trung ương về bình đẳng giới đến cán bộ, "
                                        + "công chức, viên chức và người lao động."),
                                diem("b", "Rà soát kết quả thực hiện các mục tiêu, chỉ tiêu của Chiến lược quốc "
                                        + "gia về bình đẳng giới giai đoạn 2021 - 2024 và dự báo khả năng hoàn "
                                        + "thành năm 2025."),
                                diem("c", "Lồng ghép vấn đề bình đẳng giới trong xây dựng kế hoạch phát triển "
                                        + "kinh tế - xã hội và dự thảo văn bản quy phạm pháp luật của tỉnh."),
                                diem("d", "Kiện toàn đội ngũ cán bộ làm công tác bình đẳng giới ở cấp tỉnh và "
                                        + "cấp xã sau khi sắp xếp đơn vị hành chính."),
                                diem("đ", "Tổ chức tập huấn kiến thức về giới và kỹ năng lồng ghép giới cho "
                                        + "cán bộ các xã, phường, đặc khu."),
                                diem("e", "Kiểm tra việc thực hiện pháp luật về bình đẳng giới tại một số cơ "
                                        + "quan, đơn vị và địa phương."),
                                diem("g", "Thu thập, cập nhật số liệu thống kê về giới phục vụ công tác quản "
                                        + "lý và báo cáo.")),
                        khoan("2", "Truyền thông nâng cao nhận thức về bình đẳng giới", null,
                                diem("a", "Đa dạng hóa hình thức truyền thông trên báo chí, mạng xã hội và hệ "
                                        + "thống thông tin cơ sở; chú trọng truyền thông bằng tiếng dân tộc thiểu "
                                        + "số ở các xã miền núi."),
                                diem("b", "Tổ chức <strong>Tháng hành động vì bình đẳng giới và phòng ngừa, ứng "
                                        + "phó với bạo lực trên cơ sở giới</strong> từ ngày 15/11 đến ngày "
                                        + "15/12/2025.")),
                        khoan("3", "Phòng ngừa, ứng phó với bạo lực trên cơ sở giới", "<p>Duy trì và nhân "
                                + "rộng các mô hình hỗ trợ nạn nhân có hiệu quả, trong đó:</p>",
                                bullet("Duy trì đường dây nóng và địa chỉ tin cậy tại cộng đồng;"),
                                bullet("Hỗ trợ kịp thời người bị bạo lực trên cơ sở giới được phát hiện.")),
                        khoan("4", null, "Các sở, ngành, địa phương chủ động đề xuất nhiệm vụ cụ thể theo "
                                + "Phụ lục I kèm theo Kế hoạch này.")))
                .section(muc("III", "Kinh phí thực hiện", "<p>Kinh phí thực hiện Kế hoạch được bố trí trong dự "
                        + "toán ngân sách năm 2025 của các cơ quan, đơn vị, địa phương theo phân cấp hiện hành và "
                        + "Thông tư số 191/2009/TT-BTC của Bộ Tài chính; khuyến khích huy động các nguồn hợp pháp "
                        + "khác.</p>"))
                .section(muc("IV", "Tổ chức thực hiện",
                        khoan("1", "Sở Nội vụ", "<p>Là cơ quan thường trực, chủ trì, phối hợp với các cơ quan, "
                                + "đơn vị hướng dẫn, theo dõi, đôn đốc việc triển khai Kế hoạch; tổng hợp, báo cáo "
                                + "Ủy ban nhân dân tỉnh và Bộ Nội vụ trước ngày <em>10/12/2025</em>.</p>"),
                        khoan("2", "Sở Y tế", "<p>Chủ trì các nhiệm vụ về mất cân bằng giới tính khi sinh, sức "
                                + "khỏe sinh sản và trợ giúp xã hội đối với phụ nữ, trẻ em gái.</p>"),
                        khoan("3", "Sở Giáo dục và Đào tạo", "<p>Lồng ghép nội dung giới trong hoạt động giáo dục "
                                + "ở các cơ sở giáo dục; duy trì tỷ lệ trẻ em gái dân tộc thiểu số đến trường.</p>"),
                        khoan("4", "Sở Văn hóa, Thể thao và Du lịch", "<p>Thực hiện công tác gia đình và phòng, "
                                + "chống bạo lực gia đình; chỉ đạo các cơ quan báo chí tăng thời lượng tuyên truyền "
                                + "về bình đẳng giới.</p>"),
                        khoan("5", "Sở Tài chính", "<p>Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy "
                                + "định.</p>"),
                        khoan("6", "Công an tỉnh", "<p>Chủ trì phòng, chống mua bán người; tiếp nhận, xử lý "
                                + "nghiêm các vụ việc bạo lực trên cơ sở giới.</p>"),
                        khoan("7", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "<p>Chỉ đạo Hội Liên hiệp "
                                + "Phụ nữ tỉnh và các tổ chức thành viên tham gia giám sát, phản biện xã hội về bình "
                                + "đẳng giới.</p>"),
                        khoan("8", "Ủy ban nhân dân các xã, phường, đặc khu", "<p>Xây dựng kế hoạch thực hiện "
                                + "trên địa bàn; báo cáo kết quả về Sở Nội vụ trước ngày 05/12/2025.</p>")))
                .closing(List.of("Trên đây là Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ "
                        + "nữ năm 2025 trên địa bàn tỉnh Quảng Ngãi. Trong quá trình thực hiện, nếu có khó khăn, "
                        + "vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy "
                        + "ban nhân dân tỉnh xem xét, chỉ đạo."))
                .signer(new DocumentSigner(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), "PHÓ CHỦ TỊCH",
                        SIGNER_NAME))
                .recipients(List.of("Bộ Nội vụ (để b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (để b/c)",
                        "CT, các PCT UBND tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "Các sở, ban, ngành (theo phân công)",
                        "UBND các xã, phường, đặc khu", "Lưu: VT, VX"))
                .appendix(taskTable())
                .appendix(targetTable())
                .build();
    }

    /** Phụ lục I: the tasks with lead and coordinating agencies (six columns, so landscape). */
    static DocumentTable taskTable() {
        return new DocumentTable("Phụ lục I", "Danh mục nhiệm vụ thực hiện công tác bình đẳng giới năm 2025",
                "(Kèm theo Kế hoạch số 72/KH-UBND ngày 08/4/2025 của Ủy ban nhân dân tỉnh Quảng Ngãi)",
                List.of("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Sản phẩm"),
                List.of(5, 35, 15, 20, 10, 15),
                List.of(
                        List.of("1", "Tập huấn kiến thức về giới cho cán bộ cấp xã", "Sở Nội vụ",
                                "UBND các xã, phường, đặc khu", "Quý II - III", "Lớp tập huấn"),
                        List.of("2", "Tổ chức Tháng hành động vì bình đẳng giới", "Sở Nội vụ",
                                "Các sở, ngành; Hội LHPN tỉnh", "15/11 - 15/12", "Kế hoạch, báo cáo"),
                        List.of("3", "Truyền thông về bình đẳng giới trên báo chí", "Sở Văn hóa, Thể thao và Du lịch",
                                "Báo và Phát thanh, Truyền hình tỉnh", "Cả năm", "Chuyên mục, tin bài"),
                        List.of("4", "Kiểm tra thực hiện pháp luật về bình đẳng giới", "Sở Nội vụ",
                                "Sở Tư pháp; Sở Y tế", "Quý III", "Báo cáo kiểm tra"),
                        List.of("5", "Thống kê số liệu phân tách theo giới", "Thống kê tỉnh", "Các sở, ngành",
                                "Quý IV", "Bộ số liệu"),
                        List.of("6", "Hỗ trợ nạn nhân bạo lực trên cơ sở giới", "Sở Y tế",
                                "Công an tỉnh; Hội LHPN tỉnh", "Cả năm", "Báo cáo kết quả")));
    }

    /** Phụ lục II: the year's targets, with numbers and percentages (four columns, portrait). */
    static DocumentTable targetTable() {
        return new DocumentTable("Phụ lục II", "Chỉ tiêu bình đẳng giới năm 2025",
                "(Kèm theo Kế hoạch số 72/KH-UBND ngày 08/4/2025 của Ủy ban nhân dân tỉnh Quảng Ngãi)",
                List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025"),
                List.of(6, 60, 16, 18),
                List.of(
                        List.of("1", "Cơ quan quản lý nhà nước có lãnh đạo chủ chốt là nữ", "%", "60%"),
                        List.of("2", "Lao động nữ làm công hưởng lương", "%", "50,5%"),
                        List.of("3", "Cán bộ cấp xã được tập huấn về giới", "người", "1.250"),
                        List.of("4", "Mã đơn vị hành chính tỉnh", "mã", "51")));
    }

    /** A half-year report of Sở Nội vụ, not yet numbered or dated, sent upward with a "Kính gửi" block. */
    static OfficialDocument report() {
        return OfficialDocument.builder(DocumentKind.REPORT)
                .parentBody(List.of("UBND TỈNH QUẢNG NGÃI"))
                .issuer(List.of("SỞ NỘI VỤ"))
                .symbol("BC-SNV")
                .place("Quảng Ngãi")
                .year(2025)
                .title(REPORT_TITLE)
                .kinhGui(List.of("Bộ Nội vụ (Vụ Công tác thanh niên và Bình đẳng giới)",
                        "Ủy ban nhân dân tỉnh Quảng Ngãi"))
                .opening(List.of("Thực hiện Kế hoạch số 72/KH-UBND ngày 08/4/2025 của Ủy ban nhân dân tỉnh, Sở "
                        + "Nội vụ báo cáo kết quả 6 tháng đầu năm 2025 như sau:"))
                .section(muc("I", "Kết quả thực hiện", "<p>Các sở, ngành và địa phương đã ban hành kế hoạch "
                        + "thực hiện; <strong>28/30</strong> cơ quan gửi báo cáo đúng hạn.</p>"))
                .section(muc("II", "Đánh giá chung",
                        khoan("1", "Kết quả đạt được", "<p>Nhận thức về bình đẳng giới của cán bộ và Nhân dân "
                                + "được nâng lên.</p>"),
                        khoan("2", "Tồn tại, hạn chế", "<p>Số liệu phân tách theo giới ở cấp xã còn thiếu.</p>")))
                .section(muc("III", "Phương hướng, nhiệm vụ 6 tháng cuối năm", "<p>Tập trung tổ chức Tháng "
                        + "hành động vì bình đẳng giới năm 2025.</p>"))
                .closing(List.of("Sở Nội vụ kính báo cáo."))
                .signer(new DocumentSigner(List.of("KT. GIÁM ĐỐC"), "PHÓ GIÁM ĐỐC", "Lê Văn Bình"))
                .recipients(List.of("Như trên", "Giám đốc Sở (để b/c)", "Lưu: VT, CTTN&BĐG"))
                .appendix(new DocumentTable("Phụ lục", "Kết quả thực hiện chỉ tiêu 6 tháng đầu năm 2025",
                        "(Kèm theo Báo cáo số      /BC-SNV ngày      tháng      năm 2025 của Sở Nội vụ)",
                        List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm", "Thực hiện 6 tháng",
                                "Đánh giá"),
                        List.of(6, 40, 12, 14, 14, 14),
                        List.of(List.of("1", "Cán bộ cấp xã được tập huấn về giới", "người", "1.250", "640",
                                "Đạt 51,2%"))))
                .build();
    }

    static DocumentSection muc(String label, String title, DocumentSection... children) {
        return new DocumentSection(label, Style.ROMAN, title, null, List.of(children));
    }

    static DocumentSection muc(String label, String title, String html) {
        return new DocumentSection(label, Style.ROMAN, title, html, List.of());
    }

    static DocumentSection khoan(String label, String title, String html, DocumentSection... children) {
        return new DocumentSection(label, Style.ARABIC, title, html, List.of(children));
    }

    static DocumentSection diem(String label, String html) {
        return new DocumentSection(label, Style.LETTER, null, html, List.of());
    }

    static DocumentSection bullet(String html) {
        return new DocumentSection("-", Style.BULLET, null, html, List.of());
    }
}
