package vn.kehoach.roster.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.UnitType;
import vn.kehoach.roster.domain.Reorganisation;
import vn.kehoach.roster.domain.ReorganisationCommand;
import vn.kehoach.roster.domain.ReorganisationService;
import vn.kehoach.roster.domain.UnitService;
import vn.kehoach.shared.security.Access;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.text.VietnameseText;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.FlashMessage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Recording a merge, split, renaming or the end of a district. */
@Controller
class ReorganisationController {

    private final ReorganisationService reorganisations;
    private final UnitService units;

    ReorganisationController(ReorganisationService reorganisations, UnitService units) {
        this.reorganisations = reorganisations;
        this.units = units;
    }

    @ModelAttribute("navArea")
    String navArea() {
        return "admin";
    }

    @GetMapping("/roster/reorganisations")
    String list(CurrentUser user, Model model) {
        Access.requireSystemAdmin(user);
        model.addAttribute("reorganisations", reorganisations.recent(100));
        return "roster/reorganisations";
    }

    @GetMapping("/roster/reorganisations/new")
    String showForm(CurrentUser user, Model model) {
        Access.requireSystemAdmin(user);
        ReorganisationForm form = new ReorganisationForm();
        form.setEffectiveOn(LocalDate.of(2025, 7, 1));
        return form(model, form);
    }

    @PostMapping("/roster/reorganisations/new")
    String record(@Valid @ModelAttribute("reorganisationForm") ReorganisationForm form, BindingResult result,
                  CurrentUser user, Model model, RedirectAttributes redirect) {
        Access.requireSystemAdmin(user);
        if (result.hasErrors()) return form(model, form);
        LocalDate on = form.getEffectiveOn();
        List<Long> predecessors = resolve(form.getPredecessorCodes(), on.minusDays(1), "predecessorCodes", result);
        List<Long> successors = resolve(form.getSuccessorCodes(), on, "successorCodes", result);
        List<ReorganisationCommand.NewUnit> newUnits = new ArrayList<>();
        if (form.describesNewUnit()) {
            if (form.getNewName() == null || form.getNewName().isBlank()) result.rejectValue("newName", "NotBlank");
            if (form.getNewType() == null) result.rejectValue("newType", "NotNull");
            UnitRef parent = form.getNewParentCode() == null || form.getNewParentCode().isBlank()
                    || "TW".equals(form.getNewParentCode()) ? units.get(1)
                    : units.findByCodeAt(form.getNewParentCode().strip(), on).orElse(null);
            if (parent == null) result.rejectValue("newParentCode", "roster.reorg.unknownCode", new Object[]{form.getNewParentCode(), on}, null);
            if (!result.hasErrors()) {
                String name = VietnameseText.clean(form.getNewName());
                UnitType type = form.getNewType();
                newUnits.add(new ReorganisationCommand.NewUnit(form.getNewCode().strip(), name, type.label() + " " + name,
                        null, type, parent.id()));
            }
        }
        if (result.hasErrors()) return form(model, form);
        try {
            reorganisations.record(user, new ReorganisationCommand(form.getKind(), on, predecessors, newUnits,
                    successors, form.getAgencies(), form.getNote()));
        } catch (BusinessRuleException e) {
            result.reject(e.messageKey(), e.args(), null);
            return form(model, form);
        }
        redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, FlashMessage.success("roster.reorg.recorded",
                predecessors.size()));
        return "redirect:/roster/reorganisations";
    }

    private List<Long> resolve(String codes, LocalDate date, String field, BindingResult result) {
        List<Long> ids = new ArrayList<>();
        for (String code : ReorganisationForm.codes(codes)) {
            units.findByCodeAt(code, date).ifPresentOrElse(u -> ids.add(u.id()),
                    () -> result.rejectValue(field, "roster.reorg.unknownCode", new Object[]{code, date}, null));
        }
        return ids;
    }

    private String form(Model model, ReorganisationForm form) {
        model.addAttribute("reorganisationForm", form);
        model.addAttribute("kinds", Reorganisation.Kind.values());
        model.addAttribute("types", UnitType.values());
        model.addAttribute("dispositions", ReorganisationCommand.AgencyDisposition.values());
        return "roster/reorganisation-form";
    }
}
