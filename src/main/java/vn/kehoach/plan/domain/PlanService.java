package vn.kehoach.plan.domain;

/**
 * Only what {@link PlanQueries} still calls here while another branch changes it: the plan use cases moved to
 * {@link PlanCreation}, {@link PlanDrafting}, {@link PlanWorkflow} and {@link PlanAmendments}. Remove once PlanQueries
 * calls {@link SectionTree#firstSentence} itself.
 */
final class PlanService {

    private PlanService() {
    }

    static String firstSentence(String text) {
        return SectionTree.firstSentence(text);
    }
}
