package vn.kehoach.document.web;

import vn.kehoach.document.web.ImportForm.AssignmentRow;
import vn.kehoach.document.web.ImportForm.LinkRow;
import vn.kehoach.document.web.ImportForm.Role;
import vn.kehoach.document.web.ImportForm.SectionRow;
import vn.kehoach.plan.PlanDraft;
import vn.kehoach.shared.text.InputText;
import vn.kehoach.shared.text.RichText;
import vn.kehoach.shared.text.VietnameseText;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checked preview as a plan draft: rows rebuilt into a tree by depth, excluded rows left out, each task carried
 * out by the agencies whose kept links name it.
 */
final class ImportDraftAssembler {

    private ImportDraftAssembler() {
    }

    static PlanDraft draft(ImportForm form) {
        Map<SectionRow, Carriers> carriers = carriers(form);
        List<Node> roots = new ArrayList<>();
        Deque<Node> open = new ArrayDeque<>();
        for (SectionRow row : form.getSections()) {
            if (!row.isInclude()) continue;
            while (!open.isEmpty() && open.peek().row.getDepth() >= row.getDepth()) open.pop();
            Node node = new Node(row, carriers.get(row));
            if (open.isEmpty()) {
                roots.add(node);
            } else {
                open.peek().children.add(node);
            }
            open.push(node);
        }
        List<PlanDraft.LegalBasisEntry> basis = form.getLegalBasis().stream().filter(b -> b.isInclude()
                && b.getText() != null && !b.getText().isBlank())
                .map(b -> new PlanDraft.LegalBasisEntry(VietnameseText.clean(b.getText()),
                        InputText.blankToNull(b.getDocumentNumber()),
                        b.getDate(), InputText.blankToNull(b.getIssuer()), b.getPlanId()))
                .toList();
        List<PlanDraft.Requirement> regime = form.getRequirements().stream()
                .filter(r -> r.isInclude() && r.getDueDate() != null)
                .map(r -> new PlanDraft.Requirement(r.getKind(), r.getPeriodFrom(), r.getPeriodTo(), r.getDueDate(),
                        r.getReceiverAgencyId(),
                        r.getReceiverAgencyId() == null ? InputText.blankToNull(r.getReceiverText()) : null,
                        InputText.blankToNull(r.getText())))
                .toList();
        return new PlanDraft(form.getYear(), VietnameseText.clean(form.getTitle()), form.getIssuerAgencyId(),
                InputText.blankToNull(form.getParentBodyLine()), lines(form.getIssuerLines()),
                InputText.blankToNull(form.getSymbol()),
                InputText.blankToNull(form.getPlace()), basis, roots.stream().map(Node::build).toList(), regime,
                lines(form.getRecipients()), InputText.blankToNull(form.getSignerAuthority()),
                InputText.blankToNull(form.getSignerTitle()),
                InputText.blankToNull(form.getSignerName()), InputText.blankToNull(form.getClosing()));
    }

    /** Who carries out the task of a section row, from the kept links of the assignments. */
    private record Carriers(AssignmentRow lead, List<Long> coordinating) {
    }

    private static Map<SectionRow, Carriers> carriers(ImportForm form) {
        record Link(AssignmentRow agency, LinkRow link) {
        }
        List<SectionRow> sections = form.getSections();
        List<Link> links = new ArrayList<>();
        for (AssignmentRow agency : form.getAssignments()) {
            agency.getTasks().forEach(l -> links.add(new Link(agency, l)));
        }
        // Partners in the order the plan names them; a stable sort keeps the agencies' order among equals.
        links.sort(Comparator.comparingInt(l -> l.link().getPosition()));
        Map<SectionRow, Carriers> out = new IdentityHashMap<>();
        for (Link each : links) {
            AssignmentRow agency = each.agency();
            LinkRow link = each.link();
            if (!link.isInclude() || link.getSection() < 0 || link.getSection() >= sections.size()) continue;
            SectionRow row = sections.get(link.getSection());
            Carriers now = out.getOrDefault(row, new Carriers(null, List.of()));
            if (link.getRole() != Role.COORDINATING && now.lead() == null) {
                out.put(row, new Carriers(agency, now.coordinating()));
            } else if (agency.getAgencyId() != null && !now.coordinating().contains(agency.getAgencyId())) {
                List<Long> coordinating = new ArrayList<>(now.coordinating());
                coordinating.add(agency.getAgencyId());
                out.put(row, new Carriers(now.lead(), coordinating));
            }
        }
        return out;
    }

    /** A section while the tree is rebuilt from the rows' depths. */
    private static final class Node {
        final SectionRow row;
        final Carriers carriers;
        final List<Node> children = new ArrayList<>();

        Node(SectionRow row, Carriers carriers) {
            this.row = row;
            this.carriers = carriers == null ? new Carriers(null, List.of()) : carriers;
        }

        PlanDraft.Section build() {
            AssignmentRow lead = carriers.lead();
            Long leadId = lead == null ? null : lead.getAgencyId();
            List<Long> coordinating = carriers.coordinating().stream().filter(id -> !id.equals(leadId)).toList();
            PlanDraft.Task task = row.isTask()
                    ? new PlanDraft.Task(leadId,
                            lead == null || leadId != null ? null : InputText.blankToNull(lead.getName()), coordinating,
                            row.getFrom(),
                            row.getTo(), InputText.blankToNull(row.getTimeNote()),
                            InputText.blankToNull(row.getOutput()),
                            lead != null && lead.isRequested())
                    : null;
            return new PlanDraft.Section(row.getKind(), row.getStyle(), InputText.blankToNull(row.getTitle()),
                    RichText.fromPlainText(row.getText()), task, children.stream().map(Node::build).toList());
        }
    }

    private static List<String> lines(String text) {
        if (text == null) return List.of();
        return Arrays.stream(text.split("\\R")).map(VietnameseText::clean).filter(l -> !l.isEmpty()).toList();
    }

}
