package vn.kehoach.roster.web;

import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kehoach.roster.UnitLevel;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.UnitSearch;
import vn.kehoach.roster.UnitType;
import vn.kehoach.roster.domain.AgencySearch;
import vn.kehoach.roster.domain.AgencyService;
import vn.kehoach.roster.domain.UnitService;
import vn.kehoach.shared.security.Access;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.Actions;
import vn.kehoach.shared.web.FlashMessage;

import java.time.Clock;
import java.time.LocalDate;

@Controller
class UnitController {

    private final UnitService units;
    private final AgencyService agencies;
    private final Clock clock;

    UnitController(UnitService units, AgencyService agencies, Clock clock) {
        this.units = units;
        this.agencies = agencies;
        this.clock = clock;
    }

    @ModelAttribute("navArea")
    String navArea() {
        return "roster";
    }

    @GetMapping("/roster/units")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) UnitLevel level,
                @RequestParam(required = false) UnitType type, @RequestParam(required = false) Long parent,
                @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate at,
                @RequestParam(defaultValue = "false") boolean allPeriods, @RequestParam(defaultValue = "0") int page,
                Model model) {
        LocalDate date = allPeriods ? null : (at == null ? today() : at);
        model.addAttribute("page", units.search(new UnitSearch(q, level, type, parent, null, date, page, 50)));
        model.addAttribute("q", q);
        model.addAttribute("level", level);
        model.addAttribute("type", type);
        model.addAttribute("at", at == null ? today() : at);
        model.addAttribute("allPeriods", allPeriods);
        model.addAttribute("parent", parent == null ? null : units.get(parent));
        model.addAttribute("levels", UnitLevel.values());
        model.addAttribute("types", UnitType.values());
        return "roster/units";
    }

    /** Drill-down through the hierarchy as it stood on a date. */
    @GetMapping("/roster/units/tree")
    String tree(@RequestParam(required = false) Long parent,
                @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate at,
                @RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate date = at == null ? today() : at;
        UnitRef node = units.get(parent == null ? 1L : parent);
        model.addAttribute("node", node);
        model.addAttribute("chain", units.chain(node));
        model.addAttribute("at", date);
        model.addAttribute("page", units.search(new UnitSearch(null, null, null, node.id(), null, date, page, 100)));
        return "roster/tree";
    }

    @GetMapping("/roster/units/{id}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        UnitRef unit = units.get(id);
        model.addAttribute("unit", unit);
        model.addAttribute("chain", units.chain(unit));
        model.addAttribute("childCount", units.countChildren(id));
        model.addAttribute("history", units.history(id));
        boolean agenciesVisible = AgencyService.canRead(user, unit.path());
        model.addAttribute("agenciesVisible", agenciesVisible);
        if (agenciesVisible) {
            model.addAttribute("agencies",
                    agencies.search(user, new AgencySearch(id, false, null, null, null, 0, 200)));
            model.addAttribute("focalHistory", agencies.focalHistory(id));
            model.addAttribute("templates", agencies.templatesFor(unit));
        }
        model.addAttribute("canManageAgencies", AgencyService.canManage(user, unit.path()));
        model.addAttribute("canEdit", user.isSystemAdmin());
        return "roster/unit";
    }

    @GetMapping("/roster/units/new")
    String showCreateForm(@RequestParam(required = false) Long parent, CurrentUser user, Model model) {
        Access.requireSystemAdmin(user);
        UnitForm form = new UnitForm();
        form.setParentId(parent);
        form.setValidFrom(today());
        return form(model, form, null);
    }

    @PostMapping("/roster/units/new")
    String create(@Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result, CurrentUser user,
                  Model model, RedirectAttributes redirect) {
        Access.requireSystemAdmin(user);
        return Actions.form(result, redirect, () -> form(model, form, null)).then(() -> {
            UnitRef unit = units.create(user, form.toCommand());
            return Actions.done(redirect, "roster.unit.created", "/roster/units/" + unit.id(), unit.fullName());
        });
    }

    @GetMapping("/roster/units/{id}/edit")
    String showEditForm(@PathVariable long id, CurrentUser user, Model model) {
        Access.requireSystemAdmin(user);
        UnitRef unit = units.get(id);
        return form(model, UnitForm.of(unit, units.versionOf(id)), unit);
    }

    @PostMapping("/roster/units/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result,
                  CurrentUser user, Model model, RedirectAttributes redirect) {
        Access.requireSystemAdmin(user);
        UnitRef unit = units.get(id);
        return Actions.form(result, redirect, () -> form(model, form, unit))
                .on(ObjectOptimisticLockingFailureException.class, e -> {
                    result.reject("form.conflict");
                    model.addAttribute("conflict", true);
                    return form(model, form, unit);
                }).then(() -> {
                    units.update(user, id, form.getVersion(), form.toCommand());
                    return Actions.done(redirect, "roster.unit.updated", "/roster/units/" + id, form.getFullName());
                });
    }

    @PostMapping("/roster/units/{id}/apply-templates")
    String applyTemplates(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        int created = agencies.applyTemplates(user, id);
        redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, created == 0
                ? FlashMessage.info("roster.templates.nothing")
                : FlashMessage.success("roster.templates.applied", created));
        return "redirect:/roster/units/" + id;
    }

    private String form(Model model, UnitForm form, UnitRef unit) {
        model.addAttribute("unitForm", form);
        model.addAttribute("unit", unit);
        model.addAttribute("types", UnitType.values());
        if (form.getParentId() != null) model.addAttribute("parentUnit", units.get(form.getParentId()));
        return "roster/unit-form";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
