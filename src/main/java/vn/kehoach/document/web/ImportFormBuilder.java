package vn.kehoach.document.web;

import vn.kehoach.document.importing.ImportedStyles;
import vn.kehoach.document.importing.PlanImports;
import vn.kehoach.document.parse.AgencyKeys;
import vn.kehoach.document.parse.ParsedAgency;
import vn.kehoach.document.parse.ParsedLegalBasis;
import vn.kehoach.document.parse.ParsedPlan;
import vn.kehoach.document.parse.ParsedRequirement;
import vn.kehoach.document.parse.ParsedSection;
import vn.kehoach.document.parse.ParsedTask;
import vn.kehoach.document.parse.SectionTreeBuilder;
import vn.kehoach.document.web.ImportForm.AssignmentRow;
import vn.kehoach.document.web.ImportForm.BasisRow;
import vn.kehoach.document.web.ImportForm.LinkRow;
import vn.kehoach.document.web.ImportForm.RequirementRow;
import vn.kehoach.document.web.ImportForm.Role;
import vn.kehoach.document.web.ImportForm.SectionRow;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.SectionKind;
import vn.kehoach.shared.text.VietnameseText;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills the import preview from what the parser read: agencies matched to the roster, cited plans linked. Kept apart
 * from {@link ImportForm}, which is what the page binds, because only the first showing of the preview needs it.
 */
final class ImportFormBuilder {

    private ImportFormBuilder() {
    }

    static ImportForm of(PlanImports.ImportedPlan imported, Long defaultIssuer, int defaultYear, String sourceName) {
        ParsedPlan p = imported.parsed();
        ImportForm form = new ImportForm();
        form.setYear(p.year() != null ? p.year() : defaultYear);
        form.setTitle(p.title());
        form.setIssuerAgencyId(defaultIssuer);
        form.setParentBodyLine(p.parentBodyLines().isEmpty() ? null : String.join(" ", p.parentBodyLines()));
        form.setIssuerLines(String.join("\n", p.issuerLines()));
        form.setSymbol(p.symbol());
        form.setPlace(p.place());
        addLegalBasis(form, imported);
        flatten(p.sections(), 0, null, form.getSections());
        form.getAssignments().addAll(assignments(p, form.getSections(), imported));
        form.setClosing(p.closing());
        addRequirements(form, imported);
        form.setRecipients(String.join("\n", p.recipients()));
        if (p.signer() != null) {
            form.setSignerAuthority(String.join("\n", p.signer().authorityLines()));
            form.setSignerTitle(p.signer().title());
            form.setSignerName(p.signer().name());
        }
        form.setWarnings(new ArrayList<>(p.warnings()));
        form.setSourceName(sourceName);
        return form;
    }

    private static void addLegalBasis(ImportForm form, PlanImports.ImportedPlan imported) {
        List<ParsedLegalBasis> basis = imported.parsed().legalBasis();
        for (int i = 0; i < basis.size(); i++) {
            ParsedLegalBasis b = basis.get(i);
            BasisRow row = new BasisRow();
            row.setText(b.text());
            row.setDocumentNumber(b.documentNumber());
            row.setDate(b.date());
            row.setIssuer(b.issuer());
            row.setPlanId(imported.linkedPlans().get(i));
            form.getLegalBasis().add(row);
        }
    }

    private static void flatten(List<ParsedSection> sections, int depth, SectionKind parentKind,
                                List<SectionRow> into) {
        for (ParsedSection s : sections) {
            SectionRow row = new SectionRow();
            row.setDepth(depth);
            row.setLabel(s.number());
            row.setStyle(ImportedStyles.of(s.number(), depth));
            row.setKind(s.kind() != null ? s.kind() : parentKind);
            row.setTitle(s.title());
            row.setText(s.text());
            into.add(row);
            flatten(s.children(), depth + 1, row.getKind(), into);
        }
    }

    /** The agencies the plan names, each with the tasks it leads or takes part in; marks the task rows. */
    private static Collection<AssignmentRow> assignments(ParsedPlan p, List<SectionRow> sections,
                                                         PlanImports.ImportedPlan imported) {
        List<String> paths = SectionTreeBuilder.paths(p.sections());
        Map<String, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < paths.size(); i++) rowOf.putIfAbsent(paths.get(i), i);
        Map<String, AssignmentRow> byKey = new LinkedHashMap<>();
        for (ParsedAgency agency : p.agencies()) {
            AssignmentRow row = agency(byKey, agency.name(), imported);
            row.setRequested(row.isRequested() || agency.requested());
        }
        for (ParsedTask task : p.tasks()) {
            Integer index = rowOf.get(task.sectionNumber());
            if (index == null) continue;
            markTask(sections.get(index), task);
            assign(byKey, task, index, imported);
        }
        return byKey.values();
    }

    private static void markTask(SectionRow row, ParsedTask task) {
        row.setTask(true);
        row.setFrom(task.from());
        row.setTo(task.to());
        row.setOutput(task.output());
        row.setTimeNote(task.timeNote());
        if (task.title() != null && !task.title().equals(row.getTitle())) row.setTaskTitle(task.title());
    }

    /** Links the task's lead and partners to their agency rows, partners in the order the plan names them. */
    private static void assign(Map<String, AssignmentRow> byKey, ParsedTask task, int index,
                               PlanImports.ImportedPlan imported) {
        if (task.lead() != null) {
            AssignmentRow lead = agency(byKey, task.lead(), imported);
            lead.setRequested(lead.isRequested() || task.requested());
            lead.getTasks().add(link(index, Role.LEAD, 0));
        }
        int position = 0;
        for (String name : task.coordinating()) {
            // "các ngành liên quan" names no agency of the roster; only a body's name does.
            if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) continue;
            AssignmentRow partner = agency(byKey, name, imported);
            int at = ++position;
            if (partner.getTasks().stream().noneMatch(l -> l.getSection() == index)) {
                partner.getTasks().add(link(index, Role.COORDINATING, at));
            }
        }
    }

    /**
     * The row of an agency, one per agency however the plan spells it ("Phòng TC-KH", "Phòng Tài chính - Kế
     * hoạch").
     */
    private static AssignmentRow agency(Map<String, AssignmentRow> byKey, String name,
                                        PlanImports.ImportedPlan imported) {
        String key = AgencyKeys.key(name);
        if (key.isEmpty()) key = VietnameseText.fold(name);
        return byKey.computeIfAbsent(key, k -> {
            AssignmentRow row = new AssignmentRow();
            row.setName(name);
            row.setAgencyId(imported.matchedId(name));
            return row;
        });
    }

    private static LinkRow link(int section, Role role, int position) {
        LinkRow link = new LinkRow();
        link.setSection(section);
        link.setRole(role);
        link.setPosition(position);
        return link;
    }

    private static void addRequirements(ImportForm form, PlanImports.ImportedPlan imported) {
        for (ParsedRequirement r : imported.parsed().reportingRequirements()) {
            RequirementRow row = new RequirementRow();
            row.setKind(r.kind() == null ? ReportKind.OTHER : r.kind());
            row.setPeriodFrom(r.periodFrom());
            row.setPeriodTo(r.periodTo());
            row.setDueDate(r.dueDate());
            row.setReceiverAgencyId(imported.matchedId(r.receiver()));
            // The name of a matched receiver is the agency's; the text is for a receiver the roster does not hold.
            row.setReceiverText(row.getReceiverAgencyId() == null ? r.receiver() : null);
            row.setText(r.text());
            form.getRequirements().add(row);
        }
    }
}
