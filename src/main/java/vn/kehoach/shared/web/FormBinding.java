package vn.kehoach.shared.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Lists in forms as long as real documents: Spring binds at most 256 elements of a list by default, and the preview
 * of an imported 40-page plan has over 300 sections (a 500 error on saving it). The bound that matters is the number
 * of fields a request may carry (see {@link RequestLimits}); a list cannot have more elements than that.
 */
@ControllerAdvice
class FormBinding {

    private final RequestLimits limits;

    FormBinding(RequestLimits limits) {
        this.limits = limits;
    }

    @InitBinder
    void longLists(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(limits.maxFields());
    }
}
