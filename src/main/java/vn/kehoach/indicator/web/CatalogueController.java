package vn.kehoach.indicator.web;

import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kehoach.indicator.domain.Catalogue;
import vn.kehoach.indicator.domain.CatalogueAdmin;
import vn.kehoach.indicator.domain.TargetDefinitionDetails;
import vn.kehoach.plan.StrategyTarget.Direction;
import vn.kehoach.plan.StrategyTarget.Measure;
import vn.kehoach.shared.security.Access;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.Actions;
import vn.kehoach.shared.web.BusinessRuleException;

import java.util.List;

/** The catalogue of the strategy's goals and targets: everyone reads it, a system administrator keeps it. */
@Controller
class CatalogueController {

    private static final String CODE_TAKEN = "indicator.catalogue.error.codeTaken";
    private static final String CODE_FIXED = "indicator.catalogue.error.codeFixed";

    private final Catalogue catalogue;
    private final CatalogueAdmin admin;

    CatalogueController(Catalogue catalogue, CatalogueAdmin admin) {
        this.catalogue = catalogue;
        this.admin = admin;
    }

    /** A goal with its targets, in catalogue order. */
    public record GoalSection(Catalogue.GoalRow goal, List<Catalogue.Entry> targets) {
    }

    @ModelAttribute("navArea")
    String navArea() {
        return "indicators";
    }

    @GetMapping("/indicators/catalogue")
    String list(CurrentUser user, Model model) {
        List<Catalogue.Entry> entries = catalogue.entries(false);
        model.addAttribute("sections", catalogue.goals().stream()
                .map(g -> new GoalSection(g, entries.stream().filter(e -> e.target().goalNo() == g.no()).toList()))
                .toList());
        model.addAttribute("canManage", user.isSystemAdmin());
        return "indicator/catalogue";
    }

    @GetMapping("/indicators/catalogue/new")
    String showCreateForm(CurrentUser user, Model model) {
        Access.requireSystemAdmin(user);
        return form(model, new TargetForm(), null);
    }

    @PostMapping("/indicators/catalogue/new")
    String create(@Valid @ModelAttribute("targetForm") TargetForm form, BindingResult result, CurrentUser user,
                  Model model, RedirectAttributes redirect) {
        Access.requireSystemAdmin(user);
        return Actions.form(result, redirect, () -> form(model, form, null)).on(BusinessRuleException.class, e -> {
            reject(result, e);
            return form(model, form, null);
        }).then(() -> {
            admin.create(user, form.toCommand());
            return Actions.done(redirect, "indicator.catalogue.created", "/indicators/catalogue", form.getCode());
        });
    }

    @GetMapping("/indicators/catalogue/{id}/edit")
    String showEditForm(@PathVariable long id, CurrentUser user, Model model) {
        TargetDefinitionDetails target = admin.get(user, id);
        return form(model, TargetForm.of(target), target);
    }

    @PostMapping("/indicators/catalogue/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("targetForm") TargetForm form, BindingResult result,
                  CurrentUser user, Model model, RedirectAttributes redirect) {
        TargetDefinitionDetails current = admin.get(user, id);
        return Actions.form(result, redirect, () -> form(model, form, current)).on(BusinessRuleException.class, e -> {
            reject(result, e);
            return form(model, form, current);
        }).on(ObjectOptimisticLockingFailureException.class, e -> {
            // The user's input stays; saving again overwrites the other change, which the form names.
            result.reject("form.conflict");
            TargetDefinitionDetails now = admin.get(user, id);
            form.setVersion(now.version());
            return form(model, form, now);
        }).then(() -> {
            admin.update(user, id, form.getVersion(), form.toCommand());
            return Actions.done(redirect, "indicator.catalogue.updated", "/indicators/catalogue", form.getCode());
        });
    }

    private static void reject(BindingResult result, BusinessRuleException e) {
        if (CODE_TAKEN.equals(e.messageKey()) || CODE_FIXED.equals(e.messageKey())) {
            result.rejectValue("code", e.messageKey(), e.args(), null);
        } else {
            result.reject(e.messageKey(), e.args(), null);
        }
    }

    private String form(Model model, TargetForm form, TargetDefinitionDetails target) {
        model.addAttribute("targetForm", form);
        model.addAttribute("target", target);
        model.addAttribute("goals", catalogue.goals());
        model.addAttribute("measures", Measure.values());
        model.addAttribute("directions", Direction.values());
        return "indicator/catalogue-form";
    }
}
