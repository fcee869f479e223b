package vn.kehoach.dashboard;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;
import vn.kehoach.plan.SectionKind;
import vn.kehoach.plan.domain.PlanAmendments;
import vn.kehoach.plan.domain.PlanCreation;
import vn.kehoach.plan.domain.PlanDrafting;
import vn.kehoach.plan.domain.PlanQueries;
import vn.kehoach.plan.domain.PlanWorkflow;
import vn.kehoach.plan.domain.SectionContent;
import vn.kehoach.plan.domain.TaskContent;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.FlashMessage;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;
import vn.kehoach.support.TestPlans;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Plan events reach the people who must act, in both directions: a plan sent for signature appears on the leader's
 * start page ("Việc cần xử lý") and in their notifications, a returned one on the drafter's, an issued one tells the
 * drafters and the units below that must implement it; an amendment of a plan above flags the plans implementing it
 * with the difference until their drafters adapt or dismiss it.
 */
@IntegrationTest
class WhatWaitsTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanCreation planCreation;
    @Autowired
    PlanDrafting planDrafting;
    @Autowired
    PlanWorkflow planWorkflow;
    @Autowired
    PlanAmendments planAmendments;
    @Autowired
    PlanQueries queries;
    @Autowired
    TestPlans testPlans;

    @Test
    void aPlanSentReturnedAndIssuedReachesWhoeverMustActNext() {
        String title = "Thử nghiệm thông báo kế hoạch năm 2032";
        long id = planCreation.create(logins.currentUser("qn.snv"), 2032, committee("51"), title);
        assertThat(waiting("qn.lanhdao", "PLAN_TO_APPROVE")).noneMatch(li -> li.text().contains(title));

        post("/plans/" + id + "/submit", "qn.snv", Map.of("version", version(id)));
        Element toSign = only(waiting("qn.lanhdao", "PLAN_TO_APPROVE"), title);
        assertThat(toSign.selectFirst("a").attr("href")).isEqualTo("/plans/" + id);
        assertThat(toSign.text()).contains("Ký ban hành kế hoạch", "Dự thảo", "Tỉnh Quảng Ngãi");
        assertThat(notifications("qn.lanhdao")).contains("Kế hoạch “" + title
                + "” do Sở Nội vụ tỉnh Quảng Ngãi trình đang chờ bạn xem xét, ký ban hành.");

        post("/plans/" + id + "/return", "qn.lanhdao", Map.of("reason", "Bổ sung kinh phí truyền thông"));
        assertThat(waiting("qn.lanhdao", "PLAN_TO_APPROVE")).noneMatch(li -> li.text().contains(title));
        Element returned = only(waiting("qn.snv", "PLAN_RETURNED"), title);
        assertThat(returned.selectFirst("a").attr("href")).isEqualTo("/plans/" + id + "/edit");
        assertThat(notifications("qn.snv")).contains("Dự thảo Kế hoạch “" + title
                + "” bị trả lại để chỉnh sửa. Lý do: Bổ sung kinh phí truyền thông");

        post("/plans/" + id + "/submit", "qn.snv", Map.of("version", version(id)));
        post("/plans/" + id + "/issue", "qn.lanhdao", Map.of("number", "91", "issuedOn", "10/01/2032",
                "signerName", "Đặng Ngọc Dũng"));
        assertThat(waiting("qn.snv", "PLAN_RETURNED")).noneMatch(li -> li.text().contains(title));
        assertThat(notifications("qn.snv")).contains("Kế hoạch số 91/KH-UBND “" + title + "” đã được ký ban hành.");
        // The communes below are told, through their focal agency, and find it on their start page.
        for (String commune : List.of("dakcam.vhxh", "bato.vhxh")) {
            assertThat(notifications(commune)).contains("Ủy ban nhân dân tỉnh Quảng Ngãi đã ban hành Kế hoạch số"
                    + " 91/KH-UBND “" + title + "”: đơn vị bạn cần xây dựng kế hoạch triển khai thực hiện.");
            Element toImplement = only(waiting(commune, "PLAN_TO_IMPLEMENT"), title);
            assertThat(toImplement.selectFirst("a").attr("href")).isEqualTo("/plans/" + id);
            assertThat(toImplement.text()).contains("Kế hoạch số 91/KH-UBND", "Ban hành ngày 10/01/2032");
        }
        // A reporter of the ward has nothing to draft, so nothing to implement.
        assertThat(waiting("dakcam.ca", "PLAN_TO_IMPLEMENT")).isEmpty();
        assertThat(notifications("dakcam.ca")).noneMatch(n -> n.contains(title));
    }

    @Test
    void anAmendedParentFlagsTheImplementingPlansUntilTheyAdaptOrDismissIt() {
        LocalDate issued = LocalDate.of(2033, 2, 1);
        long parent = testPlans.issue("51", issued, "Ủy ban nhân dân", "Sở Nội vụ", 2033, "92", null,
                List.of(TestPlans.Task.of("Truyền thông về bình đẳng giới trên sóng phát thanh", "Sở Văn hóa")),
                List.of(new TestPlans.Requirement(ReportKind.ANNUAL, LocalDate.of(2033, 12, 10), "Sở Nội vụ",
                        Reporters.SUBORDINATE_UNITS)));
        long dakCam = implement(parent, "dakcam.vhxh");
        long baTo = implement(parent, "bato.vhxh");
        assertThat(page("/plans/" + dakCam, "dakcam.vhxh").selectFirst("#parent-change")).isNull();

        // The province amends its plan with a new task.
        CurrentUser drafter = logins.currentUser("qn.snv");
        long amendment = planAmendments.amend(drafter, parent);
        long tasks = queries.detailsOf(amendment).sections().stream()
                .filter(s -> s.kind() == SectionKind.TASKS).findFirst().orElseThrow().id();
        planDrafting.addSection(drafter, amendment, queries.detailsOf(amendment).version(), tasks, null,
                new SectionContent(null, null, "Tập huấn cán bộ văn hóa - xã hội cấp xã", null),
                new TaskContent(agency("51", "Sở Nội vụ"), null, List.of(), null, null, "Quý III", "Lớp tập huấn",
                        List.of(), null));
        planWorkflow.submit(drafter, amendment, queries.detailsOf(amendment).version());
        planWorkflow.issue(logins.currentUser("qn.lanhdao"), amendment, "93", LocalDate.of(2033, 6, 1), null, null,
                "Đặng Ngọc Dũng");

        // Each commune's plan now says that the plan above changed, and what.
        Document page = page("/plans/" + dakCam, "dakcam.vhxh");
        Element banner = page.selectFirst("#parent-change");
        assertThat(banner).isNotNull();
        assertThat(banner.text()).contains("Kế hoạch cấp trên đã sửa đổi", "Kế hoạch số 93/KH-UBND ngày 01/06/2033",
                "thay cho Kế hoạch số 92/KH-UBND");
        assertThat(banner.select("ins").eachText())
                .anyMatch(t -> t.contains("Tập huấn cán bộ văn hóa - xã hội cấp xã"));
        String diff = banner.selectFirst("a[href*=diff]").attr("href");
        assertThat(diff).isEqualTo("/plans/" + amendment + "/diff?from=" + parent);
        assertThat(mvc.get().uri(diff).with(logins.as("dakcam.vhxh"))).hasStatusOk().bodyText()
                .contains("Tập huấn cán bộ văn hóa - xã hội cấp xã");
        assertThat(notifications("dakcam.vhxh")).contains("Kế hoạch cấp trên đã được sửa đổi, bổ sung bằng Kế hoạch"
                + " số 93/KH-UBND: xem nội dung thay đổi và điều chỉnh Kế hoạch “"
                + queries.detailsOf(dakCam).title() + "”.");
        Element flagged = waiting("dakcam.vhxh", "PLAN_PARENT_AMENDED").stream()
                .filter(li -> li.selectFirst("a").attr("href").equals("/plans/" + dakCam + "#parent-change"))
                .findFirst().orElseThrow();
        assertThat(flagged.text()).contains("Kế hoạch cấp trên đã sửa đổi");
        // The province's plans that implement nothing are not flagged, nor is the amendment's own chain.
        assertThat(page("/plans/" + amendment, "qn.snv").selectFirst("#parent-change")).isNull();

        // Phường Đăk Cấm keeps its plan as it is: only its drafters may say so, and the banner goes.
        assertThat(mvc.post().uri("/plans/" + dakCam + "/parent-change/dismiss").with(logins.as("dakcam.lanhdao"))
                .with(csrf())).hasStatus(403);
        assertThat(mvc.post().uri("/plans/" + dakCam + "/parent-change/dismiss").with(logins.as("dakcam.vhxh"))
                .with(csrf())).hasStatus3xxRedirection();
        assertThat(page("/plans/" + dakCam, "dakcam.vhxh").selectFirst("#parent-change")).isNull();
        assertThat(waiting("dakcam.vhxh", "PLAN_PARENT_AMENDED"))
                .noneMatch(li -> li.selectFirst("a").attr("href").startsWith("/plans/" + dakCam + "#"));
        assertThat(jdbc.queryForMap("select resolution, resolved_by from plan_parent_change where plan_id = ?", dakCam))
                .containsEntry("resolution", "DISMISSED").containsEntry("resolved_by", "dakcam.vhxh");
        assertThat(mvc.post().uri("/plans/" + dakCam + "/parent-change/dismiss").with(logins.as("dakcam.vhxh"))
                .with(csrf())).hasStatus(404);

        // Xã Ba Tơ adapts: the banner stays while it revises, and goes once its plan is issued.
        assertThat(page("/plans/" + baTo, "bato.vhxh").selectFirst("#parent-change")).isNotNull();
        post("/plans/" + baTo + "/submit", "bato.vhxh", Map.of("version", version(baTo)));
        post("/plans/" + baTo + "/issue", "bato.lanhdao", Map.of("number", "94", "issuedOn", "05/06/2033",
                "signerName", "Đinh Văn Hùng"));
        assertThat(page("/plans/" + baTo, "bato.vhxh").selectFirst("#parent-change")).isNull();
        assertThat(jdbc.queryForMap("select resolution, resolved_by from plan_parent_change where plan_id = ?", baTo))
                .containsEntry("resolution", "ADAPTED").containsEntry("resolved_by", "bato.lanhdao");
    }

    private long implement(long parent, String user) {
        MvcTestResult result = mvc.post().uri("/plans/" + parent + "/implement").with(logins.as(user)).with(csrf())
                .exchange();
        assertThat(result).hasStatus3xxRedirection();
        return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
    }

    private void post(String uri, String user, Map<String, String> params) {
        var request = mvc.post().uri(uri).with(logins.as(user)).with(csrf());
        params.forEach(request::param);
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatus3xxRedirection();
        assertThat(((FlashMessage) result.getMvcResult().getFlashMap().get(FlashMessage.ATTRIBUTE)).kind())
                .isEqualTo(FlashMessage.Kind.SUCCESS);
    }

    private List<Element> waiting(String user, String kind) {
        return page("/", user).select("#waiting li[data-kind=" + kind + "]");
    }

    private static Element only(List<Element> items, String text) {
        List<Element> matching = items.stream().filter(li -> li.text().contains(text)).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private List<String> notifications(String user) {
        return page("/notifications", user).select("main li").eachText().stream()
                .map(t -> t.replaceFirst("^\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2} ", "").replaceFirst(" Mở$", ""))
                .toList();
    }

    private Document page(String uri, String user) {
        MvcTestResult result = mvc.get().uri(uri).with(logins.as(user)).exchange();
        assertThat(result).hasStatusOk();
        return Html.parse(Html.body(result));
    }

    private String version(long id) {
        PlanDetails plan = queries.detailsOf(id);
        return String.valueOf(plan.version());
    }

    private long committee(String unitCode) {
        return agency(unitCode, "Ủy ban nhân dân");
    }

    private long agency(String unitCode, String prefix) {
        return jdbc.queryForObject("""
                select a.id from agency a join administrative_unit u on u.id = a.unit_id
                where u.code = ? and u.valid_to is null and a.valid_to is null and a.name like ? limit 1""",
                Long.class, unitCode, prefix + "%");
    }
}
