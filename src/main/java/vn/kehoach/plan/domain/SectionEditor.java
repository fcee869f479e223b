package vn.kehoach.plan.domain;

import vn.kehoach.officialdoc.Numbering;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.NotFoundException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Changes to the section tree of a plan, kept as the flat list the plan maps (each section points at its parent and
 * has a position among its siblings; {@link SectionTree} turns that into numbering). Only {@link Plan} uses it, after
 * checking that the plan may change and before stamping it, so that every change to the tree moves the plan's
 * version.
 */
final class SectionEditor {

    private final Plan plan;
    private final List<PlanSection> sections;

    SectionEditor(Plan plan, List<PlanSection> sections) {
        this.plan = plan;
        this.sections = sections;
    }

    /** Adds a section under {@code parentId} (null: top level), after {@code afterId} (null: at the end). */
    PlanSection add(Long parentId, Long afterId, SectionContent content) {
        PlanSection parent = parentId == null ? null : section(parentId);
        List<PlanSection> siblings = children(parent);
        int index = siblings.size();
        if (afterId != null) {
            PlanSection after = section(afterId);
            if (!Objects.equals(after.getParentId(), parentId))
                throw new BusinessRuleException("plan.section.badPlace");
            index = siblings.indexOf(after) + 1;
        }
        PlanSection created = new PlanSection(plan, parent, index, content);
        siblings.add(index, created);
        sections.add(created);
        renumber(siblings);
        return created;
    }

    void update(long sectionId, SectionContent content, TaskContent task) {
        PlanSection section = section(sectionId);
        section.apply(content);
        if (task == null) {
            section.clearTask();
        } else {
            section.makeTask(task);
        }
    }

    /** Removes a section with everything under it. */
    void delete(long sectionId) {
        PlanSection section = section(sectionId);
        List<PlanSection> removed = new ArrayList<>();
        collect(section, removed);
        // Children first, so that no removed row still points at a parent being deleted.
        removed.sort(Comparator.comparingInt(SectionEditor::depthOf).reversed());
        sections.removeAll(removed);
        renumber(children(section.getParent()));
    }

    /** Moves a section among its siblings; false (nothing changed) when it is already first or last. */
    boolean move(long sectionId, int delta) {
        PlanSection section = section(sectionId);
        List<PlanSection> siblings = children(section.getParent());
        int index = siblings.indexOf(section);
        int target = index + delta;
        if (target < 0 || target >= siblings.size()) return false;
        siblings.remove(index);
        siblings.add(target, section);
        renumber(siblings);
        return true;
    }

    /** Makes the section the last child of the sibling above it (1. → a) under the previous item). */
    void indent(long sectionId) {
        PlanSection section = section(sectionId);
        List<PlanSection> siblings = children(section.getParent());
        int index = siblings.indexOf(section);
        if (index == 0) throw new BusinessRuleException("plan.section.cannotIndent");
        PlanSection newParent = siblings.get(index - 1);
        siblings.remove(section);
        renumber(siblings);
        List<PlanSection> newSiblings = children(newParent);
        section.placeUnder(newParent, newSiblings.size());
        resetStyleIfDefault(section);
    }

    /** Makes the section the next sibling of its parent. */
    void outdent(long sectionId) {
        PlanSection section = section(sectionId);
        PlanSection parent = section.getParent();
        if (parent == null) throw new BusinessRuleException("plan.section.cannotOutdent");
        List<PlanSection> oldSiblings = children(parent);
        oldSiblings.remove(section);
        renumber(oldSiblings);
        List<PlanSection> newSiblings = children(parent.getParent());
        newSiblings.add(newSiblings.indexOf(parent) + 1, section);
        section.placeUnder(parent.getParent(), 0);
        renumber(newSiblings);
        resetStyleIfDefault(section);
    }

    /** A section moved to another depth takes that depth's numbering unless it had a decimal style. */
    private static void resetStyleIfDefault(PlanSection section) {
        SectionContent content = section.content();
        if (content.style() != null && content.style() != Numbering.Style.DECIMAL) {
            section.apply(new SectionContent(content.kind(), null, content.title(), content.bodyHtml()));
        }
    }

    /** The sections directly under {@code parent} (null: top level), in order; a new list each call. */
    List<PlanSection> children(PlanSection parent) {
        List<PlanSection> out = new ArrayList<>();
        // Entities are unique per persistence context, so identity is the right comparison (new ones have no id yet).
        for (PlanSection s : sections) {
            if (s.getParent() == parent) out.add(s);
        }
        out.sort(Comparator.comparingInt(PlanSection::getPosition));
        return out;
    }

    PlanSection section(long sectionId) {
        return sections.stream().filter(s -> s.getId() != null && s.getId() == sectionId).findFirst()
                .orElseThrow(() -> new NotFoundException("section", sectionId));
    }

    private static void renumber(List<PlanSection> siblings) {
        for (int i = 0; i < siblings.size(); i++) siblings.get(i).setPosition(i);
    }

    private void collect(PlanSection section, List<PlanSection> into) {
        into.add(section);
        for (PlanSection child : children(section)) collect(child, into);
    }

    private static int depthOf(PlanSection section) {
        int depth = 0;
        for (PlanSection p = section.getParent(); p != null; p = p.getParent()) depth++;
        return depth;
    }
}
