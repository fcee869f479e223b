package vn.kehoach.indicator.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kehoach.indicator.domain.LocalTargets;
import vn.kehoach.indicator.domain.LocalTargetsRejected;
import vn.kehoach.indicator.domain.StaleEditException;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.Actions;
import vn.kehoach.shared.web.FormRows;
import vn.kehoach.shared.web.NotFoundException;

import java.util.HashMap;
import java.util.Map;

/** A province's or commune's own targets for 2025 and 2030 beside the national ones. */
@Controller
class LocalTargetController {

    private final LocalTargets localTargets;

    LocalTargetController(LocalTargets localTargets) {
        this.localTargets = localTargets;
    }

    @ModelAttribute("navArea")
    String navArea() {
        return "indicators";
    }

    @GetMapping("/indicators/local-targets")
    String show(@RequestParam(required = false) Long unit, CurrentUser user, Model model) {
        LocalTargets.Page page = localTargets.page(user, unit);
        return page(model, page, LocalTargetsForm.of(page));
    }

    @PostMapping("/indicators/local-targets")
    String save(@RequestParam(required = false) Long unit,
                @Valid @ModelAttribute("localTargetsForm") LocalTargetsForm form,
                BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        Long unitId = unit != null ? unit : user.unitId();
        if (unitId == null) throw new NotFoundException("unit", null);
        LocalTargets.Page page = localTargets.page(user, unitId);
        if (!page.editable()) throw new AccessDeniedException("may not set this unit's local targets");
        FormRows.requireKnown(form.getRows().stream().map(LocalTargetRowForm::getTargetId).toList(),
                page.rows().stream().map(r -> r.entry().id()).toList());
        return Actions.form(result, redirect, () -> page(model, page, form)).on(LocalTargetsRejected.class, e -> {
            for (LocalTargetsRejected.Problem p : e.problems()) {
                if (p.field() == null) {
                    result.reject(p.messageKey(), p.args(), null);
                } else {
                    result.rejectValue("rows[" + p.row() + "]." + p.field(), p.messageKey(), p.args(), null);
                }
            }
            return page(model, page, form);
        }).on(StaleEditException.class, e -> {
            // The page shows the targets as they are now; the user's values stay in the form, against the new version.
            response.setStatus(HttpStatus.CONFLICT.value());
            form.setVersion(e.currentVersion() == null ? 0 : e.currentVersion());
            result.reject(AttainmentController.conflictKey(e), new Object[]{e.updatedBy()}, null);
            return page(model, page, form);
        }).then(() -> {
            localTargets.save(user, unitId, form.getVersion(), form.toChanges());
            return Actions.done(redirect, "indicator.local.saved", "/indicators/local-targets?unit=" + unitId,
                    page.unit().fullName());
        });
    }

    private String page(Model model, LocalTargets.Page page, LocalTargetsForm form) {
        Map<Long, LocalTargets.Row> rows = new HashMap<>();
        page.rows().forEach(r -> rows.put(r.entry().id(), r));
        model.addAttribute("local", page);
        model.addAttribute("rowsById", rows);
        model.addAttribute("localTargetsForm", form);
        return "indicator/local-targets";
    }
}
