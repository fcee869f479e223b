package vn.kehoach.plan;

import vn.kehoach.plan.domain.Plan;
import vn.kehoach.plan.domain.PlanSection;
import vn.kehoach.plan.domain.SectionContent;
import vn.kehoach.plan.domain.TestSectionsAccess;

final class TestSections {

    private TestSections() {
    }

    static PlanSection create(Plan plan, PlanSection parent, int position, SectionContent content) {
        return TestSectionsAccess.create(plan, parent, position, content);
    }
}
