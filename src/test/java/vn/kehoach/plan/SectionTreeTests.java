package vn.kehoach.plan;

import org.junit.jupiter.api.Test;
import vn.kehoach.officialdoc.Numbering;
import vn.kehoach.plan.domain.Plan;
import vn.kehoach.plan.domain.PlanHeader;
import vn.kehoach.plan.domain.PlanSection;
import vn.kehoach.plan.domain.SectionContent;
import vn.kehoach.plan.domain.SectionTree;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The printed labels of a plan's numbered parts, computed from the tree alone (no database). */
class SectionTreeTests {

    private final Instant now = Instant.parse("2026-01-05T00:00:00Z");

    @Test
    void numbersLetterItemsWithDThenEThenG() {
        Plan plan = plan();
        PlanSection tasks = plan.addSection(null, null, content(SectionKind.TASKS, "NHIỆM VỤ"), "t", now);
        // Without a database the sections have no ids yet: the tree is built through the parent objects.
        PlanSection item = section(plan, tasks, 0, content(SectionKind.TASKS, "Truyền thông"));
        List<PlanSection> sections = withChildren(plan, item, 7);
        sections.add(item);
        List<SectionTree.Labelled> labelled = SectionTree.flatten(sections);
        List<String> letters = labelled.stream().filter(l -> l.depth() == 2).map(SectionTree.Labelled::label).toList();
        assertThat(letters).containsExactly("a", "b", "c", "d", "đ", "e", "g");
        assertThat(letters.get(4)).isEqualTo("đ");
        assertThat(letters.get(5)).isEqualTo("e");
        assertThat(letters.get(6)).isEqualTo("g");
        assertThat(labelled.get(labelled.size() - 1).path()).isEqualTo("I.1.g");
    }

    @Test
    void printsDecimalAndBulletItems() {
        Plan plan = plan();
        PlanSection top = plan.addSection(null, null, content(SectionKind.OTHER, "TỔ CHỨC"), "t", now);
        List<PlanSection> all = new ArrayList<>(plan.getSections());
        PlanSection five = section(plan, top, 0, content(SectionKind.OTHER, "Năm"));
        PlanSection decimal = section(plan, five, 0,
                new SectionContent(SectionKind.OTHER, Numbering.Style.DECIMAL, "Một", null));
        PlanSection bullet = section(plan, decimal, 0,
                new SectionContent(SectionKind.OTHER, Numbering.Style.BULLET, null, "<p>x</p>"));
        all.addAll(List.of(five, decimal, bullet));
        List<SectionTree.Labelled> labelled = SectionTree.flatten(all);
        assertThat(labelled).extracting(SectionTree.Labelled::path).containsExactly("I", "I.1", "I.1.1", "I.1.1.-1");
        assertThat(labelled.get(2).label()).isEqualTo("1.1");
        assertThat(labelled.get(2).style().printed(labelled.get(2).label())).isEqualTo("1.1.");
        assertThat(labelled.get(3).style().printed(labelled.get(3).label())).isEqualTo("-");
    }

    private List<PlanSection> withChildren(Plan plan, PlanSection parent, int count) {
        List<PlanSection> all = new ArrayList<>(plan.getSections());
        for (int i = 0; i < count; i++) all.add(section(plan, parent, i, content(SectionKind.TASKS, null)));
        return all;
    }

    private static PlanSection section(Plan plan, PlanSection parent, int position, SectionContent content) {
        return TestSections.create(plan, parent, position, content);
    }

    private Plan plan() {
        return Plan.draft(1, 1, new PlanHeader(2026, "Kế hoạch thử", 1L, null, List.of("ỦY BAN NHÂN DÂN"), "KH-UBND",
                "Quảng Ngãi", null, List.of(), false, null, null, null, null), "t", now);
    }

    private static SectionContent content(SectionKind kind, String title) {
        return new SectionContent(kind, null, title, null);
    }
}
