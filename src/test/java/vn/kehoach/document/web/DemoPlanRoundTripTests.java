package vn.kehoach.document.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.kehoach.document.PlanExports;
import vn.kehoach.document.importing.PlanImports;
import vn.kehoach.document.parse.ParsedPlan;
import vn.kehoach.officialdoc.Numbering;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.PlanDraft;
import vn.kehoach.plan.PlanStatus;
import vn.kehoach.plan.Plans;
import vn.kehoach.shared.text.RichText;
import vn.kehoach.shared.text.VietnameseText;
import vn.kehoach.support.Forms;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every demo plan exported to Word and read in again the way a user does it — the file read into the preview form
 * ({@link PlanImports#read}, {@link ImportForm#of}) and the form as the draft it saves ({@link ImportForm#toDraft}) —
 * gives back the plan: the same sections (numbering, titles, text, kinds), the same tasks with their leads,
 * coordinating agencies (in order), requested leads, periods, time notes and outputs, the same reporting requirements
 * (kind, data period, deadline, receiver, wording), recipients, signer, closing, legal basis and the plan it
 * implements. The provincial plan also goes through the pages (upload, preview form as the browser sends it,
 * confirm) into a saved draft that holds and prints the same.
 *
 * <p>The document is the plan as printed, so the sections compared are the printed ones
 * ({@link PlanExports#printedSections}): where "Tổ chức thực hiện" or "Chế độ báo cáo" was left to be written from the
 * assignments and the regime, the written text comes back as the plan's own (a Word file cannot tell written from
 * generated prose; the plan read in prints the same document). A reference keeps "mục" and its place together with a
 * no-break space in print only; the text compares with plain spaces.
 *
 * <p>What a plan holds and its document does not print, so that no import can give it back:
 * <ul>
 *   <li>{@code Requirement.reporters} — who reports (assigned agencies, units below or both) is not in the regime's
 *       text; a plan read in asks both;</li>
 *   <li>{@code Task.targets} — the strategy targets a task serves are not printed;</li>
 *   <li>{@code Task.implementsSectionId} — which task of the plan above a commune's task carries down;</li>
 *   <li>{@code amendsPlanId}, {@code status}, {@code revision}, the drafting agency — the system's record of the plan,
 *       not its text (a plan read in is a draft of the user's agency);</li>
 *   <li>{@code LegalBasisEntry.issuer} when the cited text does not name it ("Căn cứ Luật Bình đẳng giới …" is the
 *       Quốc hội's only by knowledge), and a number or date the citation does not give;</li>
 *   <li>a full stop ending a requirement's own words: the regime's sentence ends there anyway.</li>
 * </ul>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoPlanRoundTripTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Plans plans;
    @Autowired
    PlanImports imports;

    /** A demo plan, named as its document is. */
    record DemoPlan(long id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    List<DemoPlan> demoPlans() {
        List<DemoPlan> out = new ArrayList<>();
        for (long id : jdbc.queryForList("select id from plan where created_by = 'demo' order by id", Long.class)) {
            PlanDetails plan = plans.detailsOf(id);
            out.add(new DemoPlan(id, plan.status() + " " + (plan.number() == null ? "…" : plan.number()) + "/"
                    + plan.symbol() + " " + plan.year() + " " + plan.issuer().unitName()));
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(10);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoPlans")
    void readsBackTheSamePlanFromItsWordDocument(DemoPlan demo) {
        PlanDetails plan = plans.detailsOf(demo.id());
        PlanImports.ImportedPlan imported = imports.read(logins.currentUser("admin"), "ke-hoach.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx(demo.id()));
        ParsedPlan parsed = imported.parsed();
        PlanDraft draft = ImportForm.of(imported, plan.issuer().agencyId(), plan.year(), "ke-hoach.docx").toDraft();

        // Only what the plan itself leaves out: the signer's name of a draft, the legal basis of a plan citing none.
        assertThat(parsed.warnings()).as("warnings")
                .allMatch(w -> w.contains("họ tên người ký") || w.contains("văn bản căn cứ"));
        assertThat(imported.unit()).as("issuing unit").isNotNull();
        assertThat(imported.unit().code()).as("issuing unit").isEqualTo(plan.issuer().unitCode());
        assertThat(List.of(Objects.toString(parsed.number()), Objects.toString(parsed.issuedOn()), parsed.symbol(),
                parsed.place(), Objects.toString(parsed.year()), parsed.title())).as("header")
                .containsExactly(Objects.toString(plan.number()), Objects.toString(plan.issuedOn()), plan.symbol(),
                        plan.place(), Integer.toString(plan.year()), plan.title());
        assertThat(draft.parentBodyLine()).as("parent body line").isEqualTo(plan.issuer().parentBodyLine());
        assertThat(draft.issuerLines()).as("issuer lines").isEqualTo(plan.issuer().issuerLines());

        assertThat(legalBasis(draft.legalBasis(), plan.legalBasis())).as("legal basis")
                .containsExactlyElementsOf(legalBasis(plan.legalBasis()));
        Long cited = draft.legalBasis().stream().map(PlanDraft.LegalBasisEntry::planId).filter(Objects::nonNull)
                .findFirst().orElse(null);
        assertThat(cited).as("the plan it implements").isEqualTo(plan.parentPlanId());

        Shape expected = Shape.of(plan);
        Shape read = Shape.of(draft);
        assertThat(read.sections()).as("sections").containsExactlyElementsOf(expected.sections());
        assertThat(read.tasks()).as("tasks").containsExactlyElementsOf(expected.tasks());

        assertThat(draft.requirements().stream().map(r -> requirement(r.kind(), r.periodFrom(), r.periodTo(),
                r.dueDate(), r.receiverAgencyId(), r.receiverText(), r.text())).toList()).as("reporting requirements")
                .containsExactlyElementsOf(requirements(plan));
        assertThat(draft.recipients()).as("recipients").containsExactlyElementsOf(plan.recipients());
        assertThat(List.of(Objects.toString(draft.signerAuthority()), Objects.toString(draft.signerTitle()),
                Objects.toString(draft.signerName()))).as("signer").containsExactly(
                        Objects.toString(plan.signer().authority()), Objects.toString(plan.signer().title()),
                        Objects.toString(plan.signer().name()));
        // "./." ends the document, not the closing: the writer puts it after the last sentence, "hướng dẫn." or not.
        assertThat(draft.closing()).as("closing").isEqualTo(
                plan.closing() == null ? null : plan.closing().replaceFirst("\\./\\.$", "."));
    }

    /**
     * The provincial plan (35/KH-UBND) read from its Word file by Sở Nội vụ's drafter through the pages — upload,
     * preview, confirm — is saved as a draft that holds the same plan and prints the same sections.
     */
    @Test
    void savesThePlanReadThroughThePreviewAsTheSamePlan() {
        long id = jdbc.queryForObject("""
                select p.id from plan p join administrative_unit u on u.id = p.issuer_unit_id
                where u.code = '51' and p.year = 2025 and p.number = '35' and p.created_by = 'demo'""", Long.class);
        PlanDetails plan = plans.detailsOf(id);
        MvcTestResult preview = mvc.post().uri("/plans/import").multipart()
                .file(new MockMultipartFile("file", "ke-hoach-35.docx", "application/octet-stream", docx(id)))
                .with(logins.as("qn.snv")).with(csrf()).exchange();
        assertThat(preview).hasStatusOk();
        MvcTestResult saved = Forms.submit(mvc, "/plans/import/confirm",
                Forms.fields(Html.body(preview), "form[action='/plans/import/confirm']"), logins.as("qn.snv"), f -> {
                });
        assertThat(saved).hasStatus3xxRedirection();
        PlanDetails copy = plans
                .detailsOf(Long.parseLong(saved.getResponse().getRedirectedUrl().replaceAll("\\D+", "")));

        assertThat(copy.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(List.of(copy.title(), Integer.toString(copy.year()), copy.issuer().agencyName(), copy.symbol(),
                copy.place())).containsExactly(plan.title(), Integer.toString(plan.year()), plan.issuer().agencyName(),
                        plan.symbol(), plan.place());
        Shape expected = Shape.of(plan);
        Shape kept = Shape.of(copy);
        assertThat(kept.sections()).as("sections").containsExactlyElementsOf(expected.sections());
        assertThat(kept.tasks()).as("tasks").containsExactlyElementsOf(expected.tasks());
        assertThat(requirements(copy)).as("reporting requirements").containsExactlyElementsOf(requirements(plan));
        assertThat(legalBasis(copy.legalBasis().stream().map(b -> new PlanDraft.LegalBasisEntry(b.text(),
                b.documentNumber(), b.date(), b.issuer(), b.planId())).toList(), plan.legalBasis())).as("legal basis")
                .containsExactlyElementsOf(legalBasis(plan.legalBasis()));
        assertThat(copy.parentPlanId()).as("the plan it implements").isEqualTo(plan.parentPlanId());
        assertThat(copy.recipients()).as("recipients").containsExactlyElementsOf(plan.recipients());
        assertThat(copy.signer()).as("signer").isEqualTo(plan.signer());
    }

    private byte[] docx(long id) {
        MvcTestResult result = mvc.get().uri("/plans/" + id + "/export.docx").with(logins.as("admin")).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    /**
     * A plan's sections as "II.1.a LETTER/TASKS [task] Title | text" lines, depth first, and its tasks as "II.1.a: lead
     * 177 requested, with [181], 2025-07-15 – 2025-09-30 (note), output …" lines; agencies by their roster ids.
     */
    record Shape(List<String> sections, List<String> tasks) {

        /** The plan as its document prints it. */
        static Shape of(PlanDetails plan) {
            Shape shape = new Shape(new ArrayList<>(), new ArrayList<>());
            Map<Long, String> taskPaths = new HashMap<>();
            shape.printed(PlanExports.printedSections(plan), "", taskPaths);
            for (PlanDetails.Task t : plan.tasks()) {
                shape.tasks.add(task(taskPaths.get(t.sectionId()), t.lead() == null ? null : t.lead().agencyId(),
                        t.leadNote(), t.coordinating().stream().map(PlanDetails.AgencyName::agencyId).toList(),
                        t.from(), t.to(), t.timeNote(), t.output(), t.leadRequested()));
            }
            return shape;
        }

        /** The plan the preview would save. */
        static Shape of(PlanDraft draft) {
            Shape shape = new Shape(new ArrayList<>(), new ArrayList<>());
            shape.drafted(draft.sections(), "");
            return shape;
        }

        private void printed(List<PlanDetails.Section> items, String parent, Map<Long, String> taskPaths) {
            for (PlanDetails.Section s : items) {
                String path = parent + s.number();
                sections.add(section(path, s.style(), s.kind().name(), s.task(), s.title(), s.html()));
                if (s.task()) taskPaths.put(s.id(), path);
                printed(s.children(), path + ".", taskPaths);
            }
        }

        private void drafted(List<PlanDraft.Section> items, String parent) {
            String parentLabel = parent.isEmpty()
                    ? ""
                    : parent.substring(parent.lastIndexOf('.', parent.length() - 2) + 1, parent.length() - 1);
            for (int i = 0; i < items.size(); i++) {
                PlanDraft.Section s = items.get(i);
                String label = s.style() == Numbering.Style.DECIMAL
                        ? Numbering.decimal(parentLabel, i + 1)
                        : s.style().label(i + 1);
                String path = parent + label;
                sections.add(section(path, s.style(), s.kind().name(), s.task() != null, s.title(), s.html()));
                PlanDraft.Task t = s.task();
                if (t != null) {
                    tasks.add(task(path, t.leadAgencyId(), t.leadNote(), t.coordinatingAgencyIds(), t.from(), t.to(),
                            t.timeNote(), t.output(), t.leadRequested()));
                }
                drafted(s.children(), path + ".");
            }
        }
    }

    /** Kind, data period, deadline, receiver (the roster's agency, or the words when it has none) and wording. */
    private static List<String> requirements(PlanDetails plan) {
        return plan.reportingRequirements().stream().map(r -> requirement(r.kind(), r.periodFrom(), r.periodTo(),
                r.dueDate(), r.receiverAgencyId(), r.receiverAgencyId() == null ? r.receiver() : null, r.text()))
                .toList();
    }

    private static String section(String path, Numbering.Style style, String kind, boolean task, String title,
                                  String html) {
        String text = RichText.toPlainText(html).lines().map(VietnameseText::clean)
                .collect(Collectors.joining("\n"));
        return path + " " + style + "/" + kind + (task ? " [task] " : " ") + title + " | " + text;
    }

    private static String task(String path, Long lead, String leadNote, List<Long> coordinating, Object from,
                               Object to, String timeNote, String output, boolean requested) {
        return path + ": lead " + lead + (leadNote == null ? "" : " (" + leadNote + ")")
                + (requested ? " requested" : "")
                + ", with " + coordinating + ", " + from + " – " + to + (timeNote == null ? "" : " (" + timeNote + ")")
                + ", output " + output;
    }

    private static String requirement(Object kind, Object from, Object to, Object due, Long receiver,
                                      String receiverText, String text) {
        return kind + " " + from + " – " + to + " due " + due + " to " + receiver
                + (receiverText == null ? "" : " (" + receiverText + ")") + ": " + text;
    }

    private static List<String> legalBasis(List<PlanDetails.LegalBasisEntry> entries) {
        return entries.stream().map(b -> b.text() + " | " + b.documentNumber() + " | " + b.date() + " | "
                + (b.issuer() != null && b.text().contains(b.issuer()) ? b.issuer() : null) + " | " + b.planId())
                .toList();
    }

    /** The entries read, with the number, date and issuer only where the plan records them from the cited text. */
    private static List<String> legalBasis(List<PlanDraft.LegalBasisEntry> read,
                                           List<PlanDetails.LegalBasisEntry> held) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            PlanDraft.LegalBasisEntry b = read.get(i);
            PlanDetails.LegalBasisEntry h = i < held.size() ? held.get(i) : null;
            boolean numbered = h == null || h.documentNumber() != null;
            boolean dated = h == null || h.date() != null;
            boolean issued = h == null || h.issuer() != null && h.text().contains(h.issuer());
            out.add(b.text() + " | " + (numbered ? b.documentNumber() : null) + " | " + (dated ? b.date() : null)
                    + " | " + (issued ? b.issuer() : null) + " | " + b.planId());
        }
        return out;
    }
}
