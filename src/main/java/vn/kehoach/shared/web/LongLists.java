package vn.kehoach.shared.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * How many rows a page lists whole before it lists only those needing attention, the rest on request: a province has
 * up to 168 communes and some 30 departments, and a list of all of them hides the few that matter (and costs the page
 * most of its time). Every page's model has it as {@code listedWhole}.
 */
@ControllerAdvice
public class LongLists {

    public static final int LISTED_WHOLE = 40;

    @ModelAttribute("listedWhole")
    int listedWhole() {
        return LISTED_WHOLE;
    }
}
