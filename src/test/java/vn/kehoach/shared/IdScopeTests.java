package vn.kehoach.shared;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.kehoach.plan.domain.PlanCreation;
import vn.kehoach.support.Forms;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;
import vn.kehoach.support.RouteSamples;
import vn.kehoach.support.Routes;
import vn.kehoach.support.Transactions;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every id a user sends is checked against their scope. Every input that carries an id — found in the handler
 * mappings: path variables and request parameters of type Long, form fields named *Id or *Ids, and the parameters that
 * name a unit by code — is sent, by a user of tỉnh Quảng Ngãi or one of its communes, with the id of the same kind of
 * thing of tỉnh Lạng Sơn and of the unit above the user; for an id in the path, Lạng Sơn's user also asks for Quảng
 * Ngãi's. Each must be refused — 404, or 422 with the form's message (400 for a row the page does not have) — and leave
 * the database as it was (a fingerprint of the tables of plans, reports, the roster, accounts and targets).
 * <p>
 * The rules are those of reading: what a user may read of a unit above (its agencies, its issued plans) or of the
 * national roster (units are public) is not refused where it is only read or used as a filter, and an action on a thing
 * the user may read but not change may answer 403; the cases say so one by one. A control request with the user's own
 * id shows that the refusal comes from the id: a path id of the user's scope is not 404, a form with the user's own
 * values is accepted (sent in a transaction that is rolled back).
 */
@IntegrationTest
class IdScopeTests {

    /** The walkers: a commune's drafter and reviewer, its leader, a reporter, the province's admin and drafter. */
    private static final List<String> SENDERS = List.of("bato.vhxh", "bato.lanhdao", "dakcam.ca", "qn.admin",
            "qn.snv", "admin");
    /** Stands for a writer of a report still being written (the ward reporter's are all sent), found in the data. */
    private static final String WRITER = "writer of a report being written";
    private String writer;
    private static final String LS_DRAFT_TITLE = "Kế hoạch thử phạm vi của tỉnh Lạng Sơn";
    private static final Set<Integer> REFUSED = Set.of(404, 422);
    private static final Set<Integer> REFUSED_ROW = Set.of(400, 404, 422);
    /** A thing the user may read but not change: 403 reveals nothing the user could not read. */
    private static final Set<Integer> REFUSED_OR_FORBIDDEN = Set.of(403, 404, 422);
    /** Only system administrators, whose scope is the whole country, may use the route at all. */
    private static final Set<Integer> ADMINS_ONLY = Set.of(403);
    /** Readable by the rule for reading: a unit above's agencies and issued plans, the public roster. */
    private static final Set<Integer> READABLE = Set.of(200);
    /**
     * Inputs whose own control is 404 for a reason of the route: dismissing a change no plan above made, comparing
     * with a plan that is no earlier version of the draft.
     */
    /** Why a control is not expected to succeed: the form as the page first shows it lacks what the user types. */
    private static final String EMPTY_FORM = "the empty form of the page is refused for its own reasons (422)";
    private static final Set<String> NOT_FOUND_OWN = Set.of("POST /plans/{id}/parent-change/dismiss id",
            "GET /plans/{id}/diff from");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;
    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    PlanCreation planCreation;

    private Demo demo;

    /** The kinds of thing an id names. */
    enum Kind {
        AGENCY, UNIT, UNIT_CODE, PLAN, SECTION, REQUIREMENT, REPORT, ATTACHMENT, CONTRIBUTION, ACCOUNT, NOTIFICATION, REORGANISATION, LINK, CATALOGUE_TARGET, LOCAL_TARGET_ROW
    }

    /**
     * How one id-carrying input is tested.
     *
     * @param sender  the user of Quảng Ngãi who sends it (their own path and form as the pages make them)
     * @param kind    what the id names
     * @param other   the answers allowed for another province's id
     * @param above   the answers allowed for the id of the unit above the sender's
     * @param control whether a request with the sender's own values must succeed (2xx/3xx): false where the route's
     *                own rules refuse the sender whatever the id (an action not open in the thing's state), said in
     *                {@code why}
     */
    record Case(String sender, Kind kind, Set<Integer> other, Set<Integer> above, boolean control, String why) {

        static Case refused(String sender, Kind kind) {
            return new Case(sender, kind, REFUSED, REFUSED, true, "");
        }
    }

    /** Resolved once: the demo's ids this test sends, by name so that they hold whatever ids the demo got. */
    record Demo(Map<String, Long> agencyOf, Map<String, Long> unitOf, Map<String, Long> accountOf, long lsDraft,
                long lsSection, long lsRequirement, long qnSubmitted, long qnSubmittedSection,
                long qnSubmittedRequirement, long provinceReport, long communeDraft, long otherAttachment,
                long otherContribution,
                long leaderNotification, long reorganisation, long link, long catalogueTarget) {
    }

    @BeforeEach
    void demoIds() {
        if (demo != null) return;
        Map<String, Long> agencyOf = new TreeMap<>();
        Map<String, Long> unitOf = new TreeMap<>();
        Map<String, Long> accountOf = new TreeMap<>();
        jdbc.query(
                "select u.id, u.username, u.agency_id, a.unit_id from app_user u left join agency a on a.id = u.agency_id",
                rs -> {
                    accountOf.put(rs.getString("username"), rs.getLong("id"));
                    if (rs.getObject("agency_id") != null) {
                        agencyOf.put(rs.getString("username"), rs.getLong("agency_id"));
                        unitOf.put(rs.getString("username"), rs.getLong("unit_id"));
                    }
                });
        long lsDraft = lsDraft(unitOf.get("ls.snv"));
        long qnSubmitted = one("select min(id) from plan where issuer_unit_id = ? and status = 'SUBMITTED'",
                unitOf.get("qn.admin"));
        long provinceReport = one("select min(id) from report where owner_agency_id = ?", agencyOf.get("qn.snv"));
        ownAttachment(agencyOf.get("dakcam.ca"));
        writer = jdbc.queryForObject("""
                select u.username from report r join app_user u on u.agency_id = r.owner_agency_id
                join app_user_role ur on ur.user_id = u.id and ur.role in ('DRAFTER', 'REPORTER')
                where r.status in ('DRAFT', 'RETURNED', 'NOT_STARTED') and u.enabled
                order by r.status = 'NOT_STARTED', r.id, u.username limit 1""", String.class);
        Long attachment = jdbc.queryForObject("select min(id) from report_attachment where report_id <> all (select id "
                + "from report where owner_agency_id in (?, ?))", Long.class, agencyOf.get("bato.vhxh"),
                agencyOf.get("dakcam.ca"));
        Long contribution = jdbc.queryForObject("select min(c.id) from report_contribution c join report r on r.id = "
                + "c.report_id where r.owner_agency_id <> ?", Long.class, agencyOf.get("dakcam.ca"));
        demo = new Demo(agencyOf, unitOf, accountOf, lsDraft, first("plan_section", lsDraft),
                first("plan_reporting_requirement", lsDraft), qnSubmitted, first("plan_section", qnSubmitted),
                first("plan_reporting_requirement", qnSubmitted), provinceReport,
                // For the province's users: another agency's report still being written, which only it reads.
                one("select min(id) from report where status in ('NOT_STARTED', 'DRAFT') and owner_agency_id <> ?",
                        agencyOf.get("qn.snv")),
                attachment == null ? Long.MAX_VALUE / 2 : attachment,
                contribution == null ? Long.MAX_VALUE / 2 : contribution,
                one("select min(id) from notification where user_id = ?", accountOf.get("qn.lanhdao")),
                one("select min(id) from reorganisation"), one("select min(id) from unit_link"),
                one("select min(id) from indicator_target"));
    }

    /** Lạng Sơn's own draft (the demo has no plan of it): its ids are another province's plan, part and regime. */
    private long lsDraft(long lsUnit) {
        Long id = jdbc.queryForObject("select min(id) from plan where issuer_unit_id = ? and title = ?", Long.class,
                lsUnit, LS_DRAFT_TITLE);
        if (id != null) return id;
        var user = logins.currentUser("ls.snv");
        long issuer = planCreation.issuerChoices(user).get(0).id();
        return planCreation.create(user, 2031, issuer, LS_DRAFT_TITLE);
    }

    /** A file on one of the ward reporter's reports (the demo has none): the control of the attachment route. */
    private void ownAttachment(long agency) {
        Long report = jdbc.queryForObject("select min(id) from report where owner_agency_id = ?", Long.class, agency);
        assertThat(report).as("a report of the reporter's agency").isNotNull();
        Long existing = jdbc.queryForObject("select count(*) from report_attachment where report_id = ?", Long.class,
                report);
        if (existing == 0) {
            jdbc.update("""
                    insert into report_attachment (report_id, file_name, content_type, size_bytes, sha256, data,
                                                   uploaded_by, uploaded_at)
                    values (?, 'phu-luc.pdf', 'application/pdf', 4, 'x', '%PDF'::bytea, 'dakcam.ca', now())""", report);
        }
    }

    /**
     * The sender's own ids for a route no page of theirs linked in the walk: a report sent to their agency, a
     * contribution asked of it, a file of its report, a unit link (system administrators' pages).
     */
    private Map<String, String> fromDatabase(Routes.Route route, String user) {
        Long agency = demo.agencyOf().get(user);
        String pattern = route.pattern();
        if (pattern.startsWith("/reviews/{id}")) {
            Long id = jdbc.queryForObject("select min(id) from report where receiver_agency_id = ? and status in "
                    + "('SUBMITTED', 'ACCEPTED', 'RETURNED')", Long.class, agency);
            return id == null ? null : Map.of("id", String.valueOf(id));
        }
        if (pattern.startsWith("/reports/{id}/contributions/{sectionId}")) {
            // A report of a task's lead, and the task the sender's agency coordinates.
            return jdbc.query("""
                    select r.id, s.id from report r join plan_section s on s.plan_id = r.subject_plan_id
                    join plan_section_coordinator c on c.section_id = s.id
                    where c.agency_id = ? and r.owner_agency_id = s.lead_agency_id and r.status <> 'CANCELLED'
                    order by r.id, s.id limit 1""", rs -> rs.next()
                    ? Map.of("id", rs.getString(1), "sectionId",
                            rs.getString(2))
                    : null, agency);
        }
        if (pattern.startsWith("/reports/{id}/attachments/{attachmentId}")) {
            return jdbc.query("select a.report_id, a.id from report_attachment a join report r on r.id = a.report_id "
                    + "where r.owner_agency_id = ? order by a.id limit 1",
                    rs -> rs.next()
                            ? Map.of("id",
                                    rs.getString(1), "attachmentId", rs.getString(2))
                            : null,
                    agency);
        }
        if (pattern.startsWith("/roster/links/{id}")) return Map.of("id", String.valueOf(demo.link()));
        return null;
    }

    /**
     * A request built from the route alone, without the page's form, lacks values every page sends: a year, the
     * version, a choice of the buttons (which the forms' fields do not hold). They are added so that the request
     * reaches the ids.
     */
    private static Request withRequiredValues(Request own) {
        Request filled = own;
        for (Routes.Input input : own.route().inputs()) {
            if (input.source() != Routes.Source.QUERY || own.fields().containsKey(input.name())) continue;
            if (input.name().equals("year")) filled = filled.with("year", "2025", false, Map.of());
            if (input.name().equals("version")) filled = filled.with("version", "0", false, Map.of());
            if (input.type().isEnum()) {
                filled = filled.with(input.name(), ((Enum<?>) input.type().getEnumConstants()[0]).name(), false,
                        Map.of());
            }
        }
        return filled;
    }

    /** The sender's own value of a kind, for a control request whose page did not carry the input. */
    private String ownValue(Kind kind, String user) {
        Long unit = demo.unitOf().get(user);
        return switch (kind) {
            case AGENCY -> String.valueOf(demo.agencyOf().get(user));
            case UNIT -> String.valueOf(unit);
            case UNIT_CODE -> code(unit);
            // An issued plan of the unit (else of the nearest unit above): the sender reads it.
            case PLAN -> String.valueOf(
                    one("""
                            select min(p.id) from plan p join administrative_unit issuer on issuer.id = p.issuer_unit_id
                            where p.status = 'ISSUED' and (select path from administrative_unit where id = ?) like issuer.path || '%'
                            group by issuer.path order by length(issuer.path) desc limit 1""",
                            unit));
            default -> null;
        };
    }

    private long first(String table, long planId) {
        return one("select min(id) from " + table + " where plan_id = ?", planId);
    }

    private long one(String sql, Object... args) {
        Long id = jdbc.queryForObject(sql, Long.class, args);
        assertThat(id).as(sql).isNotNull();
        return id;
    }

    // --- the cases ------------------------------------------------------------------------------------------------

    /** Keyed "METHOD /pattern input"; {@link #everyIdCarryingInputHasACase} keeps it complete. */
    private static Map<String, Case> cases() {
        Map<String, Case> c = new TreeMap<>();
        // Plans: the commune's drafter on its returned draft.
        for (String route : List.of("GET /plans/{id}", "GET /plans/{id}/edit", "GET /plans/{id}/diff",
                "GET /api/plans/{id}", "GET /plans/{id}/export.docx", "GET /plans/{id}/export.pdf",
                "GET /plans/{id}/print", "GET /plans/{id}/sections/new", "GET /plans/{id}/requirements/new",
                "POST /plans/{id}/header", "POST /plans/{id}/sections/new", "POST /plans/{id}/requirements/new",
                "POST /plans/{id}/implementation/generate", "POST /plans/{id}/submit")) {
            c.put(route + " id", Case.refused("bato.vhxh", Kind.PLAN));
        }
        for (String route : List.of("POST /plans/{id}/recall", "POST /plans/{id}/return", "POST /plans/{id}/issue",
                "POST /plans/{id}/revoke", "POST /plans/{id}/amend", "POST /plans/{id}/copy-forward",
                "POST /plans/{id}/implement", "POST /plans/{id}/parent-change/dismiss")) {
            c.put(route + " id", new Case("bato.vhxh", Kind.PLAN, REFUSED, REFUSED, false,
                    "an action the returned draft does not allow: the control is only not 404"));
        }
        for (String route : List.of("GET /plans/{id}/sections/{sectionId}/edit",
                "POST /plans/{id}/sections/{sectionId}/edit",
                "POST /plans/{id}/sections/{sectionId}/delete", "POST /plans/{id}/sections/{sectionId}/move")) {
            c.put(route + " id", Case.refused("bato.vhxh", Kind.PLAN));
            c.put(route + " sectionId", Case.refused("bato.vhxh", Kind.SECTION));
        }
        for (String route : List.of("GET /plans/{id}/requirements/{requirementId}/edit",
                "POST /plans/{id}/requirements/{requirementId}/edit",
                "POST /plans/{id}/requirements/{requirementId}/delete")) {
            c.put(route + " id", Case.refused("bato.vhxh", Kind.PLAN));
            c.put(route + " requirementId", Case.refused("bato.vhxh", Kind.REQUIREMENT));
        }
        c.put("GET /plans/{id}/coverage id", Case.refused("bato.vhxh", Kind.PLAN));
        c.put("GET /plans/{id}/coverage task", Case.refused("bato.vhxh", Kind.SECTION));
        c.put("GET /plans/{id}/diff from", new Case("bato.vhxh", Kind.PLAN, REFUSED, REFUSED, false,
                "the returned draft amends no plan: no earlier version of the user's to compare with"));
        c.put("GET /plans/{id}/sections/new parent", Case.refused("bato.vhxh", Kind.SECTION));
        c.put("GET /plans/{id}/sections/new after", Case.refused("bato.vhxh", Kind.SECTION));
        c.put("GET /plans unit", new Case("bato.vhxh", Kind.UNIT, REFUSED, READABLE, true,
                "the issued plans of the units above are the user's to read"));
        c.put("GET /plans assigned", new Case("bato.vhxh", Kind.AGENCY, REFUSED, READABLE, true,
                "the agencies above are readable (reports go to them)"));
        c.put("GET /api/plans unit", new Case("bato.vhxh", Kind.UNIT_CODE, REFUSED, READABLE, true,
                "the issued plans of the units above are the user's to read"));
        c.put("POST /plans/new issuerAgencyId",
                new Case("bato.vhxh", Kind.AGENCY, REFUSED, REFUSED, false, EMPTY_FORM));
        c.put("POST /plans/{id}/header issuerAgencyId", Case.refused("bato.vhxh", Kind.AGENCY));
        c.put("POST /plans/{id}/header legalBasis[0].linkedPlanId", Case.refused("bato.vhxh", Kind.PLAN));
        for (String route : List.of("POST /plans/{id}/sections/new", "POST /plans/{id}/sections/{sectionId}/edit")) {
            c.put(route + " leadAgencyId", Case.refused("bato.vhxh", Kind.AGENCY));
            c.put(route + " coordinatingAgencyIds", Case.refused("bato.vhxh", Kind.AGENCY));
            c.put(route + " implementsSectionId", Case.refused("bato.vhxh", Kind.SECTION));
            c.put(route + " parentId", Case.refused("bato.vhxh", Kind.SECTION));
            c.put(route + " afterId", Case.refused("bato.vhxh", Kind.SECTION));
        }
        c.put("POST /plans/{id}/requirements/new receiverAgencyId", new Case("bato.vhxh", Kind.AGENCY, REFUSED, REFUSED,
                false, EMPTY_FORM));
        c.put("POST /plans/{id}/requirements/{requirementId}/edit receiverAgencyId",
                Case.refused("bato.vhxh", Kind.AGENCY));
        // An imported plan: the preview's form, of the province's drafter.
        for (String input : List.of("issuerAgencyId", "legalBasis[0].planId", "requirements[0].receiverAgencyId",
                "assignments[0].agencyId", "candidateIds")) {
            c.put("POST /plans/import/confirm " + input, Case.refused("qn.snv", input.contains("plan")
                    ? Kind.PLAN
                    : Kind.AGENCY));
        }
        // Reports: the ward's reporter on its own report, the commune's reviewer and leader.
        for (String route : List.of("GET /reports/{id}", "GET /reports/{id}/edit", "POST /reports/{id}/edit",
                "GET /reports/{id}/rounds", "GET /reports/{id}/export.docx", "GET /reports/{id}/annexes.xlsx",
                "POST /reports/{id}/attachments")) {
            c.put(route + " id", Case.refused("dakcam.ca", Kind.REPORT));
        }
        for (String route : List.of("POST /reports/{id}/approve", "POST /reports/{id}/send-back")) {
            c.put(route + " id", new Case("bato.lanhdao", Kind.REPORT, REFUSED, REFUSED, false,
                    "the leader's report may be waiting or not: the control is only not 404"));
        }
        for (String route : List.of("GET /reviews/{id}", "POST /reviews/{id}/accept", "POST /reviews/{id}/return",
                "POST /reviews/{id}/unlock")) {
            c.put(route + " id", new Case("qn.snv", Kind.REPORT, REFUSED, REFUSED, false,
                    "a report sent to the province's focal agency, in whatever state: the control is only not 404"));
        }
        c.put("GET /reports/{id}/attachments/{attachmentId} id", Case.refused("dakcam.ca", Kind.REPORT));
        c.put("GET /reports/{id}/attachments/{attachmentId} attachmentId", Case.refused("dakcam.ca", Kind.ATTACHMENT));
        for (String route : List.of("GET /reports/{id}/contributions/{sectionId}",
                "POST /reports/{id}/contributions/{sectionId}")) {
            c.put(route + " id", Case.refused("dakcam.ca", Kind.REPORT));
            c.put(route + " sectionId", Case.refused("dakcam.ca", Kind.SECTION));
        }
        c.put("POST /reports/{id}/edit takeOver", Case.refused(WRITER, Kind.CONTRIBUTION));
        c.put("POST /reports/{id}/edit removeAttachment", Case.refused(WRITER, Kind.ATTACHMENT));
        c.put("POST /reports/{id}/edit entries[0].sectionId", Case.refused(WRITER, Kind.SECTION));
        c.put("GET /reports plan", Case.refused("dakcam.ca", Kind.PLAN));
        c.put("GET /reviews plan", Case.refused("bato.vhxh", Kind.PLAN));
        for (String route : List.of("GET /reporting/status plan", "GET /reporting/status.xlsx plan",
                "GET /api/reporting/status plan")) {
            c.put(route, Case.refused("qn.snv", Kind.PLAN));
        }
        c.put("GET /reporting/status all", Case.refused("qn.snv", Kind.REQUIREMENT));
        c.put("POST /notifications/{id}/open id", Case.refused("bato.vhxh", Kind.NOTIFICATION));
        // The roster: units are the national list, public; agencies are read in the user's units and above.
        for (String route : List.of("GET /roster/units/{id}")) {
            c.put(route + " id",
                    new Case("qn.admin", Kind.UNIT, READABLE, READABLE, true, "the national list is public"));
        }
        c.put("GET /roster/units parent", new Case("qn.admin", Kind.UNIT, READABLE, READABLE, true,
                "the national list is public"));
        c.put("GET /roster/units/tree parent", new Case("qn.admin", Kind.UNIT, READABLE, READABLE, true,
                "the national list is public"));
        c.put("GET /api/units parent", new Case("qn.admin", Kind.UNIT_CODE, READABLE, READABLE, true,
                "the national list is public"));
        for (String route : List.of("GET /roster/units/new parent", "POST /roster/units/new parentId",
                "GET /roster/units/{id}/edit id", "POST /roster/units/{id}/edit id",
                "POST /roster/units/{id}/edit parentId",
                "POST /roster/links/{id}/confirm id", "POST /roster/links/{id}/reject id",
                "POST /roster/links/confirm-all province", "GET /roster/links province",
                "GET /indicators/catalogue/{id}/edit id", "POST /indicators/catalogue/{id}/edit id")) {
            Kind kind = route.contains("catalogue")
                    ? Kind.CATALOGUE_TARGET
                    : route.contains("links/{id}") ? Kind.LINK : Kind.UNIT;
            c.put(route, new Case("qn.admin", kind, ADMINS_ONLY, ADMINS_ONLY, false,
                    "system administrators only: their scope is the whole country"));
        }
        c.put("POST /roster/units/{id}/apply-templates id", new Case("qn.admin", Kind.UNIT, REFUSED,
                REFUSED_OR_FORBIDDEN, false, "the unit above is readable, not the admin's to change"));
        c.put("GET /roster/agencies unit", new Case("qn.admin", Kind.UNIT, REFUSED, READABLE, true,
                "the agencies above are readable"));
        c.put("GET /api/agencies unit", new Case("qn.admin", Kind.UNIT_CODE, REFUSED, READABLE, true,
                "the agencies above are readable"));
        c.put("GET /api/agencies unitId", new Case("qn.admin", Kind.UNIT, REFUSED, READABLE, true,
                "the agencies above are readable"));
        c.put("GET /roster/agencies/new unit", new Case("qn.admin", Kind.UNIT, REFUSED, REFUSED_OR_FORBIDDEN, true,
                "the unit above is readable, not the admin's to change"));
        c.put("POST /roster/agencies/new unitId", new Case("qn.admin", Kind.UNIT, REFUSED, REFUSED_OR_FORBIDDEN, false,
                "the unit above is readable, not the admin's to change; " + EMPTY_FORM));
        c.put("GET /roster/agencies/{id} id", new Case("qn.admin", Kind.AGENCY, REFUSED, READABLE, true,
                "the agencies above are readable"));
        c.put("POST /roster/agencies/{id}/edit unitId", Case.refused("qn.admin", Kind.UNIT));
        for (String route : List.of("GET /roster/agencies/{id}/edit id", "POST /roster/agencies/{id}/edit id",
                "POST /roster/agencies/{id}/close id", "POST /roster/agencies/{id}/focal id")) {
            c.put(route, new Case("qn.admin", Kind.AGENCY, REFUSED, REFUSED_OR_FORBIDDEN, !route.contains("close")
                    && !route.contains("focal"), "the agencies above are readable, not the admin's to change"));
        }
        c.put("GET /roster/reorganisations/{id:\\d+} id", Case.refused("qn.admin", Kind.REORGANISATION));
        for (String route : List.of("POST /roster/reorganisations/preview", "POST /roster/reorganisations",
                "POST /roster/reorganisations/edit")) {
            for (String input : List.of("predecessorIds", "successorIds", "newUnits[0].parentId")) {
                Set<Integer> refused = route.endsWith("preview") ? REFUSED_ROW : REFUSED;
                c.put(route + " " + input, new Case("qn.admin", Kind.UNIT, refused, refused, false,
                        "the empty form is refused for its own reasons: the control is only not 404; the preview "
                                + "of units that cannot be read together is a request no page sends (400)"));
            }
        }
        // Accounts: the province's administrator.
        for (String route : List.of("GET /admin/accounts/{id}", "GET /admin/accounts/{id}/edit",
                "POST /admin/accounts/{id}/edit", "POST /admin/accounts/{id}/disable",
                "POST /admin/accounts/{id}/enable",
                "POST /admin/accounts/{id}/reset-password")) {
            c.put(route + " id", Case.refused("qn.admin", Kind.ACCOUNT));
        }
        c.put("GET /admin/accounts unit", Case.refused("qn.admin", Kind.UNIT));
        c.put("POST /admin/accounts/{id}/unlock-sign-in id", Case.refused("qn.admin", Kind.ACCOUNT));
        c.put("GET /admin/audit unit", Case.refused("qn.admin", Kind.UNIT));
        c.put("GET /admin/audit/export.csv unit", Case.refused("qn.admin", Kind.UNIT));
        c.put("POST /admin/accounts/new agencyId",
                new Case("qn.admin", Kind.AGENCY, REFUSED, REFUSED, false, EMPTY_FORM));
        c.put("POST /admin/accounts/{id}/edit agencyId", Case.refused("qn.admin", Kind.AGENCY));
        // Strategy targets: by unit code, the province's drafter; local targets by unit id.
        for (String route : List.of("GET /indicators unit", "GET /indicators/targets/{code} unit",
                "POST /indicators/targets/{code}/override unit", "POST /indicators/targets/{code}/override/clear unit",
                "GET /indicators/annex.xlsx unit", "GET /api/indicators/attainment unit")) {
            c.put(route, route.startsWith("POST")
                    ? new Case("qn.snv", Kind.UNIT_CODE, REFUSED, REFUSED, false,
                            "no figure typed, or none to clear: the control is only not 404")
                    : Case.refused("qn.snv", Kind.UNIT_CODE));
        }
        c.put("GET /indicators/local-targets unit", Case.refused("qn.snv", Kind.UNIT));
        c.put("POST /indicators/local-targets unit", Case.refused("qn.snv", Kind.UNIT));
        c.put("POST /indicators/local-targets rows[0].targetId", new Case("qn.snv", Kind.LOCAL_TARGET_ROW, REFUSED_ROW,
                REFUSED_ROW, true, "the catalogue is national: a row the page does not have is refused"));
        return c;
    }

    // --- the tests ------------------------------------------------------------------------------------------------

    @Test
    void everyIdCarryingInputHasACase() {
        assertThat(new TreeSet<>(cases().keySet())).isEqualTo(discovered());
    }

    /** "METHOD /pattern input" of every input that carries an id, from the handler mappings. */
    private Set<String> discovered() {
        Set<String> keys = new TreeSet<>();
        for (Routes.Route route : Routes.of(mapping)) {
            for (Routes.Input input : route.inputs()) {
                boolean unitCode = input.type() == String.class && input.source() == Routes.Source.QUERY
                        && (input.name().equals("unit") || input.name().equals("parent"));
                if (input.carriesId() || unitCode) keys.add(route + " " + input.name());
            }
        }
        return keys;
    }

    @Test
    void noIdOfAnotherProvinceOrOfTheUnitAboveIsAccepted() {
        List<Routes.Route> routes = Routes.of(mapping);
        RouteSamples samples = new RouteSamples(routes);
        List<String> senders = new ArrayList<>(SENDERS);
        senders.add(writer);
        for (String user : senders) samples.walk(user, logins.as(user), mvc, 1, this::rolledBack);
        Map<String, String> problems = new TreeMap<>();
        for (Map.Entry<String, Case> e : cases().entrySet()) {
            String key = e.getKey();
            Case c = e.getValue();
            if (c.sender().equals(WRITER)) c = new Case(writer, c.kind(), c.other(), c.above(), c.control(), c.why());
            int space = key.lastIndexOf(' ');
            String routeName = key.substring(0, space);
            String input = key.substring(space + 1);
            Routes.Route route = routes.stream().filter(r -> r.toString().equals(routeName)).findFirst().orElseThrow();
            Request own = own(route, c.sender(), samples);
            if (own == null) {
                problems.put(key, "no request of " + c.sender() + " to start from");
                continue;
            }
            boolean inPath = route.pathVariables().stream().anyMatch(v -> v.name().equals(input));
            // A page that did not carry the input (a filter left empty): the control sends the sender's own value.
            String ownValue = inPath || own.fields().containsKey(input) ? null : ownValue(c.kind(), c.sender());
            if (ownValue != null) own = own.with(input, ownValue, false, Map.of());
            own = withRequiredValues(own);
            int control = rolledBackStatus(own);
            if (c.control() && !inPath
                    ? control < 200 || control >= 400
                    : control == 404 && !NOT_FOUND_OWN.contains(key)) {
                problems.put(key + " (control)", "the sender's own request answered " + control);
            }
            for (Probe probe : probes(route, input, c, own, inPath)) {
                // Not in a transaction of the test: a refused request must leave nothing, as it would in production
                // (inside one, the rows a service wrote before refusing would still show).
                String before = fingerprint();
                int status = status(probe.request());
                String after = fingerprint();
                if (!probe.allowed().contains(status)) {
                    problems.put(key + " — " + probe.label(), "answered " + status + ", expected " + probe.allowed());
                }
                if (!before.equals(after))
                    problems.put(key + " — " + probe.label() + " (data)", "changed the database");
            }
        }
        assertThat(problems).isEmpty();
    }

    /** One request: who sends it, where, with which fields. */
    private record Request(String user, Routes.Route route, String path, MultiValueMap<String, String> fields) {

        Request with(String input, String value, boolean inPath, Map<String, String> variables) {
            if (inPath) {
                Map<String, String> vars = new LinkedHashMap<>(variables);
                vars.put(input, value);
                return new Request(user, route, Routes.expand(route.pattern(), vars), fields);
            }
            MultiValueMap<String, String> changed = new LinkedMultiValueMap<>();
            fields.forEach((k, v) -> changed.put(k, new ArrayList<>(v)));
            changed.put(input, new ArrayList<>(List.of(value)));
            return new Request(user, route, path, changed);
        }

        Request as(String other) {
            return new Request(other, route, path, fields);
        }
    }

    private record Probe(String label, Request request, Set<Integer> allowed) {
    }

    private final Map<String, Map<String, String>> variablesBySample = new LinkedHashMap<>();

    /** The sender's own request to the route: a page's link or form, else the route with ids of their pages. */
    private Request own(Routes.Route route, String user, RouteSamples samples) {
        if (route.pattern().equals("/plans/import/confirm")) return importPreview(route, user);
        if (route.pattern().equals("/reporting/status") && route.inputs().stream()
                .anyMatch(i -> i.name().equals("all"))) {
            return ownRequirementList(route, user);
        }
        for (RouteSamples.Sample s : samples.of(route)) {
            if (s.user().equals(user)) {
                MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
                s.fields().forEach((k, v) -> fields.put(k, new ArrayList<>(v)));
                variablesBySample.put(route + user, s.variables());
                return new Request(user, route, s.path(), fields);
            }
        }
        Map<String, String> variables = route.pathVariables().isEmpty() ? Map.of() : fromDatabase(route, user);
        if (variables == null && !route.pathVariables().isEmpty()) variables = samples.variablesFor(route, user);
        if (variables == null) return null;
        variablesBySample.put(route + user, variables);
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        return new Request(user, route, Routes.expand(route.pattern(), variables), fields);
    }

    /**
     * A requirement's whole list on the completeness page of the sender's unit's plan: the demo's requirements are
     * short enough to be listed whole, so no page links to it.
     */
    private Request ownRequirementList(Routes.Route route, String user) {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        jdbc.query("""
                select p.id, min(q.id) from plan p join plan_reporting_requirement q on q.plan_id = p.id
                where p.status = 'ISSUED' and p.issuer_unit_id = ? group by p.id order by p.id limit 1""", rs -> {
            fields.add("plan", rs.getString(1));
            fields.add("all", rs.getString(2));
        }, demo.unitOf().get(user));
        return new Request(user, route, route.pattern(), fields);
    }

    /** The preview of the province's 2024 plan read from its text, as the user confirms it. */
    private Request importPreview(Routes.Route route, String user) {
        try (var in = getClass().getResourceAsStream("/fixtures/plans/tinh-quang-ngai-2024-phan-cong.md")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            MvcResult preview = mvc.perform(request(HttpMethod.POST, URI.create("/plans/import"))
                    .param("text", text).with(logins.as(user)).with(csrf())).andReturn();
            MultiValueMap<String, String> fields = Forms.fields(
                    preview.getResponse().getContentAsString(StandardCharsets.UTF_8),
                    "form[action='/plans/import/confirm']");
            fields.remove("_csrf");
            variablesBySample.put(route + user, Map.of());
            return new Request(user, route, "/plans/import/confirm", fields);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Another province's id and the unit above's, in the sender's request; for an id in the path, also Lạng Sơn's user
     * asking for the sender's own thing.
     */
    private List<Probe> probes(Routes.Route route, String input, Case c, Request own, boolean inPath) {
        Map<String, String> variables = variablesBySample.get(route + own.user());
        List<Probe> probes = new ArrayList<>();
        String other = otherProvince(c.kind(), own.user());
        String above = above(c.kind(), own.user());
        if (other != null)
            probes.add(new Probe("another province's id " + other, own.with(input, other, inPath, variables),
                    c.other()));
        if (above != null)
            probes.add(new Probe("the unit above's id " + above, own.with(input, above, inPath, variables),
                    c.above()));
        if (inPath && c.other() != READABLE && c.other() != ADMINS_ONLY) {
            String lsUser = route.pattern().startsWith("/admin") || route.pattern().startsWith("/roster")
                    ? "ls.admin"
                    : "ls.snv";
            probes.add(new Probe("Lạng Sơn asking for the sender's", own.as(lsUser), REFUSED));
        }
        return probes;
    }

    private String otherProvince(Kind kind, String sender) {
        Map<String, Long> agency = demo.agencyOf();
        Map<String, Long> unit = demo.unitOf();
        return switch (kind) {
            case AGENCY -> String.valueOf(agency.get("ls.snv"));
            case UNIT -> String.valueOf(unit.get("ls.admin"));
            case UNIT_CODE -> code(unit.get("ls.admin"));
            case PLAN -> String.valueOf(demo.lsDraft());
            case SECTION -> String.valueOf(demo.lsSection());
            case REQUIREMENT -> String.valueOf(demo.lsRequirement());
            case ACCOUNT -> String.valueOf(demo.accountOf().get("ls.snv"));
            // Lạng Sơn has no reports, files or contributions: another unit's stand in, and Lạng Sơn's user asks for
            // the sender's own (the probe of ids in the path).
            case REPORT -> String.valueOf(sender.startsWith("qn.") ? demo.communeDraft() : demo.provinceReport());
            case ATTACHMENT -> String.valueOf(demo.otherAttachment());
            case CONTRIBUTION -> String.valueOf(demo.otherContribution());
            case NOTIFICATION -> String.valueOf(demo.leaderNotification());
            case REORGANISATION -> null;
            case LINK -> String.valueOf(demo.link());
            case CATALOGUE_TARGET -> String.valueOf(demo.catalogueTarget());
            case LOCAL_TARGET_ROW -> "999999";
        };
    }

    private String above(Kind kind, String sender) {
        Map<String, Long> agency = demo.agencyOf();
        Map<String, Long> unit = demo.unitOf();
        boolean province = sender.startsWith("qn.");
        return switch (kind) {
            case AGENCY -> String.valueOf(province ? agency.get("bnv.reviewer") : agency.get("qn.snv"));
            case UNIT -> String.valueOf(province ? unit.get("bnv.reviewer") : unit.get("qn.admin"));
            case UNIT_CODE -> code(province ? unit.get("bnv.reviewer") : unit.get("qn.admin"));
            // The province has no unit above with a plan it may not read (the ministry's guidance is issued).
            case PLAN -> province ? null : String.valueOf(demo.qnSubmitted());
            case SECTION -> province ? null : String.valueOf(demo.qnSubmittedSection());
            case REQUIREMENT -> province ? null : String.valueOf(demo.qnSubmittedRequirement());
            case ACCOUNT -> String.valueOf(demo.accountOf().get("bnv.reviewer"));
            case REPORT -> province ? null : String.valueOf(demo.provinceReport());
            case NOTIFICATION -> String.valueOf(demo.leaderNotification());
            case ATTACHMENT, CONTRIBUTION, REORGANISATION, LINK, CATALOGUE_TARGET, LOCAL_TARGET_ROW -> null;
        };
    }

    private String code(long unitId) {
        return jdbc.queryForObject("select code from administrative_unit where id = ?", String.class, unitId);
    }

    // --- sending --------------------------------------------------------------------------------------------------

    private int status(Request request) {
        try {
            MvcResult result = mvc.perform(builder(request)).andReturn();
            return result.getResponse().getStatus();
        } catch (Exception e) {
            return 500;
        }
    }

    private int rolledBackStatus(Request request) {
        int[] status = new int[1];
        rolledBack(() -> status[0] = status(request));
        return status[0];
    }

    private AbstractMockHttpServletRequestBuilder<?> builder(Request r) {
        URI uri = URI.create(r.path());
        AbstractMockHttpServletRequestBuilder<?> builder;
        if (r.route().multipart()) {
            MockMultipartHttpServletRequestBuilder upload = multipart(r.route().method(), uri);
            upload.file(new MockMultipartFile("files", "ke-hoach.pdf", "application/pdf",
                    "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            builder = upload;
        } else {
            builder = request(r.route().method(), uri);
        }
        r.fields().forEach((name, values) -> builder.param(name, values.toArray(String[]::new)));
        return builder.with(logins.as(r.user())).with(csrf());
    }

    private void rolledBack(Runnable work) {
        Transactions.rolledBack(transactions, work);
    }

    /** A digest of the tables a request with a wrong id could change. */
    private String fingerprint() {
        StringBuilder all = new StringBuilder();
        for (String table : FINGERPRINTED) {
            all.append(
                    jdbc.queryForObject("select coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '')"
                            + " from (" + table + ") t", String.class));
        }
        return all.toString();
    }

    private static final List<String> FINGERPRINTED = List.of(
            "select * from plan", "select * from plan_legal_basis", "select * from plan_section",
            "select * from plan_section_coordinator", "select * from plan_reporting_requirement",
            "select * from plan_transition", "select * from plan_parent_change", "select * from report",
            "select * from report_entry", "select * from report_target_value", "select * from report_contribution",
            "select id, report_id, file_name, sha256 from report_attachment", "select * from report_source",
            "select * from report_event", "select * from report_comment", "select * from report_round",
            "select * from notification", "select * from administrative_unit", "select * from agency",
            "select * from focal_agency", "select * from unit_link", "select * from reorganisation",
            "select id, username, display_name, enabled, agency_id, version from app_user",
            "select * from app_user_role", "select * from indicator_local_target", "select * from indicator_override",
            "select * from indicator_target");
}
