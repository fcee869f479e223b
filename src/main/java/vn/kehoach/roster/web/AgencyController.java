package vn.kehoach.roster.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kehoach.roster.AgencyKind;
import vn.kehoach.roster.Sector;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.domain.AgencySearch;
import vn.kehoach.roster.domain.AgencyService;
import vn.kehoach.roster.domain.AgencySummary;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.Actions;
import vn.kehoach.shared.web.BadRequestException;
import vn.kehoach.shared.web.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;

@Controller
class AgencyController {

    private final AgencyService agencies;
    private final Clock clock;

    AgencyController(AgencyService agencies, Clock clock) {
        this.agencies = agencies;
        this.clock = clock;
    }

    @ModelAttribute("navArea")
    String navArea() {
        return "roster";
    }

    @GetMapping("/roster/agencies")
    String list(@RequestParam(required = false) Long unit, @RequestParam(required = false) String q,
                @RequestParam(required = false) AgencyKind kind,
                @RequestParam(defaultValue = "false") boolean includeClosed,
                @RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
        Long unitId = unit != null ? unit : user.unitId();
        UnitRef selected = unitId == null ? null : agencies.readableUnit(user, unitId);
        model.addAttribute("unit", selected);
        model.addAttribute("page", agencies.search(user, new AgencySearch(unitId, true, q, kind,
                includeClosed ? null : today(), page, 50)));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("includeClosed", includeClosed);
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("canManage", selected != null && AgencyService.canManage(user, selected.path()));
        return "roster/agencies";
    }

    @GetMapping("/roster/agencies/{id}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        return page(id, user, model);
    }

    /** The agency's page; a form of it sent back with errors is already in the model, with what was typed. */
    private String page(long id, CurrentUser user, Model model) {
        AgencySummary agency = agencies.get(user, id);
        model.addAttribute("agency", agency);
        model.addAttribute("canManage", AgencyService.canManage(user, agency.unitPath()));
        if (!model.containsAttribute("focalForm")) {
            AgencyDateForms.Focal focal = new AgencyDateForms.Focal();
            focal.setFrom(today());
            model.addAttribute("focalForm", focal);
        }
        if (!model.containsAttribute("closeForm")) {
            AgencyDateForms.Close close = new AgencyDateForms.Close();
            close.setEffectiveOn(today());
            model.addAttribute("closeForm", close);
        }
        return "roster/agency";
    }

    @GetMapping("/roster/agencies/new")
    String showCreateForm(@RequestParam long unit, CurrentUser user, Model model) {
        agencies.manageableUnit(user, unit);
        AgencyForm form = new AgencyForm();
        form.setUnitId(unit);
        form.setValidFrom(today());
        return form(model, form, user, null);
    }

    @PostMapping("/roster/agencies/new")
    String create(@Valid @ModelAttribute("agencyForm") AgencyForm form, BindingResult result, CurrentUser user,
                  Model model, RedirectAttributes redirect) {
        // The unit is a hidden field of the page; without it there is no form to show again.
        if (form.getUnitId() == null) throw new BadRequestException("error.param.invalid");
        agencies.manageableUnit(user, form.getUnitId());
        return Actions.form(result, redirect, () -> form(model, form, user, null)).then(() -> {
            long id = agencies.create(user, form.toCommand());
            return Actions.done(redirect, "roster.agency.created", "/roster/agencies/" + id, form.getName());
        });
    }

    @GetMapping("/roster/agencies/{id}/edit")
    String showEditForm(@PathVariable long id, CurrentUser user, Model model) {
        AgencySummary agency = agencies.get(user, id);
        agencies.manageableUnit(user, agency.unitId());
        return form(model, AgencyForm.of(agency, agencies.versionOf(id)), user, id);
    }

    @PostMapping("/roster/agencies/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("agencyForm") AgencyForm form, BindingResult result,
                  CurrentUser user, Model model, RedirectAttributes redirect) {
        AgencySummary agency = agencies.get(user, id);
        agencies.manageableUnit(user, agency.unitId());
        // An agency stays in its unit: the page sends that unit back, any other names no agency of this id (404).
        if (form.getUnitId() != null && !form.getUnitId().equals(agency.unitId())) {
            throw new NotFoundException("unit", form.getUnitId());
        }
        form.setUnitId(agency.unitId());
        return Actions.form(result, redirect, () -> form(model, form, user, id)).conflictTold().then(() -> {
            agencies.update(user, id, form.getVersion(), form.toCommand());
            return Actions.done(redirect, "roster.agency.updated", "/roster/agencies/" + id, form.getName());
        });
    }

    @PostMapping("/roster/agencies/{id}/close")
    String close(@PathVariable long id, @Valid @ModelAttribute("closeForm") AgencyDateForms.Close form,
                 BindingResult result,
                 CurrentUser user, Model model, RedirectAttributes redirect) {
        return act(id, result, user, model, redirect, "roster.agency.closed",
                () -> agencies.close(user, id, form.getEffectiveOn(), null));
    }

    @PostMapping("/roster/agencies/{id}/focal")
    String makeFocal(@PathVariable long id, @Valid @ModelAttribute("focalForm") AgencyDateForms.Focal form,
                     BindingResult result,
                     CurrentUser user, Model model, RedirectAttributes redirect) {
        return act(id, result, user, model, redirect, "roster.agency.focalSet",
                () -> agencies.makeFocal(user, id, form.getFrom()));
    }

    /** Done and back to the agency with a message, or its page again with the form's problems (422). */
    private String act(long id, BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect,
                       String successKey, Runnable action) {
        return Actions.submit(result, redirect, successKey, "/roster/agencies/" + id, action,
                () -> page(id, user, model));
    }

    private String form(Model model, AgencyForm form, CurrentUser user, Long id) {
        model.addAttribute("agencyForm", form);
        model.addAttribute("agencyId", id);
        model.addAttribute("unit", agencies.readableUnit(user, form.getUnitId()));
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("sectors", Sector.values());
        return "roster/agency-form";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
