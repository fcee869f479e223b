package vn.kehoach.shared.web;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

import java.util.List;

/** Puts the rules a service refused a form for into the form's errors, each beside its field where it names one. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult result, BusinessRuleException e) {
        reject(result, e.brokenRules());
    }

    public static void reject(BindingResult result, List<BusinessRuleException> problems) {
        for (BusinessRuleException problem : problems) {
            if (problem.field() == null) {
                result.reject(problem.messageKey(), problem.args(), null);
                continue;
            }
            if (result.hasFieldErrors(problem.field())) continue; // the form's own checks said it already
            try {
                result.rejectValue(problem.field(), problem.messageKey(), problem.args(), null);
            } catch (NotReadablePropertyException notOnThisForm) {
                // A rule about an input this form does not show: still said, at the top of the form.
                result.reject(problem.messageKey(), problem.args(), null);
            }
        }
    }
}
