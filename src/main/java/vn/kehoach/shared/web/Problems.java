package vn.kehoach.shared.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules one submission breaks, gathered so that a service checks every independent rule before it refuses, and
 * the form shows all the messages at once instead of one per attempt.
 *
 * <pre>{@code
 * Problems problems = new Problems();
 * if (taken) problems.add("number", "plan.issue.numberTaken", reference);
 * if (signer == null) problems.add("signerName", "plan.issue.signerRequired");
 * problems.throwIfAny();
 * }</pre>
 */
public final class Problems {

    private final List<BusinessRuleException> found = new ArrayList<>();

    /** A rule about one field of the form. */
    public Problems add(String field, String messageKey, Object... args) {
        found.add(BusinessRuleException.onField(field, messageKey, args));
        return this;
    }

    /** A rule about the request as a whole. */
    public Problems addGeneral(String messageKey, Object... args) {
        found.add(new BusinessRuleException(messageKey, args));
        return this;
    }

    public boolean isEmpty() { return found.isEmpty(); }

    public boolean has(String field) {
        return found.stream().anyMatch(p -> field.equals(p.field()));
    }

    public List<BusinessRuleException> list() {
        return List.copyOf(found);
    }

    /** Refuses the request with every problem found, when there is one. */
    public void throwIfAny() {
        if (found.size() == 1) throw found.get(0);
        if (!found.isEmpty()) throw new Several(found);
    }

    /** Several broken rules as one exception; its own key (for a page with no form) is the first one's. */
    static final class Several extends BusinessRuleException {

        private final transient List<BusinessRuleException> problems;

        Several(List<BusinessRuleException> problems) {
            super(problems.get(0).messageKey(), problems.get(0).args());
            this.problems = List.copyOf(problems);
        }

        @Override
        public List<BusinessRuleException> brokenRules() {
            return problems;
        }
    }
}
