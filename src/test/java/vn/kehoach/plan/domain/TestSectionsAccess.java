package vn.kehoach.plan.domain;

/** Lets tests outside the package build sections the way the aggregate does, without a database. */
public final class TestSectionsAccess {

    private TestSectionsAccess() {
    }

    public static PlanSection create(Plan plan, PlanSection parent, int position, SectionContent content) {
        return new PlanSection(plan, parent, position, content);
    }
}
