package vn.kehoach.document;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.MultiValueMap;
import vn.kehoach.shared.web.RequestLimits;
import vn.kehoach.support.Forms;
import vn.kehoach.support.HttpSession;
import vn.kehoach.support.IntegrationTest;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The largest real plan goes through the import preview on the real server (Tomcat's limits apply, not MockMvc's):
 * a plan of 40 pages with 300 task sections, each task naming its agencies, is read, shown, and saved as a draft
 * from its preview form unchanged. The fields and bytes it sends are what application.properties sizes the limits on.
 */
@IntegrationTest
class PlanImportSizeTests {

    static final List<String> AGENCIES = List.of("Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Tư pháp", "Công an tỉnh", "Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo");
    static final String LETTERS = "abcdđeghiklmnopqrstuvxy";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RequestLimits limits;

    @Test
    void aFortyPagePlanOfThreeHundredTasksIsPreviewedAndSavedThroughTheRealServer() {
        String text = fortyPagePlan();
        // About 3,000 characters a printed page.
        assertThat(text.length()).isBetween(110_000, 140_000);

        HttpSession browser = new HttpSession(port);
        browser.login("qn.snv", "Demo@2025");
        String csrf = HttpSession.csrfTokenOf(browser.getHtml("/plans/import").body());
        HttpResponse<String> preview = browser.postForm("/plans/import", Map.of("text", text, "_csrf", csrf));
        assertThat(preview.statusCode()).isEqualTo(200);

        MultiValueMap<String, String> form = Forms.fields(preview.body(), "form[action$=/plans/import/confirm]");
        long sections = form.keySet().stream().filter(k -> k.matches("sections\\[\\d+]\\.title")).count();
        assertThat(sections).isGreaterThanOrEqualTo(300);
        int fields = form.values().stream().mapToInt(List::size).sum();
        long bytes = HttpSession.encode(form).length();
        System.out.printf("Import preview of a 40-page plan: %d sections, %d fields, %d bytes form-encoded%n",
                sections, fields, bytes);
        // The limits leave room above the largest real plan.
        assertThat(fields).isLessThan(limits.maxFields() * 2 / 3);
        assertThat(bytes).isLessThan(limits.maxFormBytes() / 4);

        long before = jdbc.queryForObject("select count(*) from plan", Long.class);
        HttpResponse<String> saved = browser.postForm("/plans/import/confirm", form, "/plans/import");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        Matcher location = Pattern.compile("/plans/(\\d+)/edit$")
                .matcher(saved.headers().firstValue("Location").orElseThrow());
        assertThat(location.find()).isTrue();
        long plan = Long.parseLong(location.group(1));
        assertThat(jdbc.queryForObject("select count(*) from plan", Long.class)).isEqualTo(before + 1);
        // Every section, every task and every agency chosen in the preview is in the draft.
        long tasks = form.keySet().stream().filter(k -> k.matches("sections\\[\\d+]\\.task")).count();
        // Sections given a lead in the preview: a task of a matched agency, ticked, with the role of lead.
        Pattern role = Pattern.compile("(assignments\\[\\d+])(\\.tasks\\[\\d+])\\.role");
        long leads = form.keySet().stream().map(role::matcher).filter(Matcher::matches)
                .filter(m -> "LEAD".equals(form.getFirst(m.group(0))))
                .filter(m -> !form.getFirst(m.group(1) + ".agencyId").isBlank())
                .filter(m -> "true".equals(form.getFirst(m.group(1) + m.group(2) + ".include")))
                .map(m -> form.getFirst(m.group(1) + m.group(2) + ".section")).distinct().count();
        assertThat(tasks).isGreaterThanOrEqualTo(290);
        assertThat(jdbc.queryForObject("select count(*) from plan_section where plan_id = ?", Long.class, plan))
                .isEqualTo(sections);
        assertThat(jdbc.queryForObject("select count(*) from plan_section where plan_id = ? and is_task", Long.class,
                plan)).isEqualTo(tasks);
        assertThat(jdbc.queryForObject("select count(*) from plan_section where plan_id = ? and lead_agency_id is not"
                + " null", Long.class, plan)).isEqualTo(leads);
    }

    /** Thirteen groups of 23 tasks (a) to y)), each a paragraph naming its lead and coordinating agencies. */
    static String fortyPagePlan() {
        StringBuilder text = new StringBuilder("""
                ỦY BAN NHÂN DÂN
                TỈNH QUẢNG NGÃI
                Số:      /KH-UBND
                Quảng Ngãi, ngày 10 tháng 3 năm 2025

                KẾ HOẠCH
                Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2025

                Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

                I. MỤC ĐÍCH, YÊU CẦU
                1. Tăng cường trách nhiệm của các cấp, các ngành trong thực hiện công tác bình đẳng giới.
                2. Gắn các mục tiêu bình đẳng giới với kế hoạch phát triển kinh tế - xã hội của địa phương.

                II. NHIỆM VỤ VÀ GIẢI PHÁP
                """);
        for (int group = 1; group <= 13; group++) {
            text.append(group).append(". Nhóm nhiệm vụ ").append(group)
                    .append(": nâng cao hiệu quả thực hiện bình đẳng giới trong lĩnh vực được giao\n");
            for (int i = 0; i < LETTERS.length(); i++) {
                String lead = AGENCIES.get((group + i) % AGENCIES.size());
                String other = AGENCIES.get((group + i + 3) % AGENCIES.size());
                text.append(LETTERS.charAt(i)).append(") Nhiệm vụ ").append(group).append('.').append(i + 1)
                        .append(": tổ chức tuyên truyền, phổ biến chính sách, pháp luật về bình đẳng giới và phòng,"
                                + " chống bạo lực trên cơ sở giới cho cán bộ, công chức, người lao động và nhân dân"
                                + " trên địa bàn, chú trọng phụ nữ vùng đồng bào dân tộc thiểu số, vùng sâu, vùng xa;"
                                + " lồng ghép nội dung bình đẳng giới trong các chương trình, đề án của ngành. Cơ quan"
                                + " chủ trì: ")
                        .append(lead).append(". Cơ quan phối hợp: ").append(other)
                        .append(". Thời gian thực hiện: cả năm 2025.\n");
            }
        }
        text.append("""
                III. TỔ CHỨC THỰC HIỆN
                Các sở, ban, ngành, địa phương căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị, báo cáo kết quả\
                 thực hiện về Sở Nội vụ trước ngày 15 tháng 6 và ngày 15 tháng 12 năm 2025.

                Nơi nhận:
                - Bộ Nội vụ;
                - Các sở, ban, ngành tỉnh;
                - Lưu: VT.
                TM. ỦY BAN NHÂN DÂN
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH
                Nguyễn Văn A
                """);
        return text.toString();
    }
}
