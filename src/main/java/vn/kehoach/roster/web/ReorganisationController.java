package vn.kehoach.roster.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kehoach.roster.UnitType;
import vn.kehoach.roster.domain.Reorganisation;
import vn.kehoach.roster.domain.ReorganisationChanged;
import vn.kehoach.roster.domain.ReorganisationCommand;
import vn.kehoach.roster.domain.ReorganisationPreview;
import vn.kehoach.roster.domain.ReorganisationRejected;
import vn.kehoach.roster.domain.ReorganisationService;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.Actions;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recording a merge, split, renaming or the end of a district in three steps: the form (units picked by name), the
 * preview of everything it would do, and the confirmation, which records exactly what was previewed.
 */
@Controller
class ReorganisationController {

    private final ReorganisationService reorganisations;

    ReorganisationController(ReorganisationService reorganisations) {
        this.reorganisations = reorganisations;
    }

    @ModelAttribute("navArea")
    String navArea() {
        return "admin";
    }

    @GetMapping("/roster/reorganisations")
    String list(CurrentUser user, Model model) {
        model.addAttribute("reorganisations", reorganisations.recent(user, 100));
        return "roster/reorganisations";
    }

    @GetMapping("/roster/reorganisations/{id:\\d+}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("recorded", reorganisations.recorded(user, id));
        return "roster/reorganisation";
    }

    @GetMapping("/roster/reorganisations/new")
    String showForm(CurrentUser user, Model model) {
        requireReorganiser(user);
        ReorganisationForm form = new ReorganisationForm();
        form.setEffectiveOn(LocalDate.of(2025, 7, 1));
        return form(model, form, user);
    }

    /** Back from the preview to change something: the form as it was, nothing checked yet. */
    @PostMapping("/roster/reorganisations/edit")
    String edit(@ModelAttribute("reorganisationForm") ReorganisationForm form, CurrentUser user, Model model) {
        requireReorganiser(user);
        return form(model, form, user);
    }

    @PostMapping("/roster/reorganisations/preview")
    String preview(@Valid @ModelAttribute("reorganisationForm") ReorganisationForm form, BindingResult result,
                   CurrentUser user, Model model) {
        requireReorganiser(user);
        // Worked out even when a field is wrong, so that every problem is told at once.
        ReorganisationPreview preview = reorganisations.preview(user, form.toCommand());
        reject(preview, form, result);
        if (result.hasErrors()) return form(model, form, user);
        return preview(model, form, preview);
    }

    @PostMapping("/roster/reorganisations")
    String confirm(@Valid @ModelAttribute("reorganisationForm") ReorganisationForm form, BindingResult result,
                   CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireReorganiser(user);
        return Actions.form(result, redirect, () -> form(model, form, user)).on(ReorganisationRejected.class, e -> {
            reject(e.preview(), form, result);
            return form(model, form, user);
        }).on(ReorganisationChanged.class, e -> {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("changed", true);
            return preview(model, form, e.preview());
        }).then(() -> {
            // Without the digest of a preview nothing is recorded: the administrator sees the preview first.
            long id = reorganisations.record(user, form.toCommand(), form.getDigest() == null ? "" : form.getDigest());
            return Actions.done(redirect, "roster.reorg.recorded", "/roster/reorganisations/" + id,
                    form.toCommand().predecessorIds().size());
        });
    }

    /** Each problem beside the field it is about; one the form already shows for that field is not told twice. */
    private static void reject(ReorganisationPreview preview, ReorganisationForm form, BindingResult result) {
        List<Integer> rows = form.describedRows();
        Set<String> told = new HashSet<>();
        result.getFieldErrors().forEach(e -> told.add(e.getField()));
        for (ReorganisationPreview.Problem problem : preview.problems()) {
            String field = switch (problem.target()) {
                case DATE -> "effectiveOn";
                case PREDECESSORS -> "predecessorIds";
                case SUCCESSORS -> "successorIds";
                case NEW_UNIT -> "newUnits[" + rows.get(problem.index()) + "]." + problem.field();
                case CHILDREN -> "transferChildren";
                case AGENCIES -> "agencies";
            };
            if (told.contains(field)) continue;
            result.rejectValue(field, problem.key(), problem.args().toArray(), problem.key());
        }
    }

    private String form(Model model, ReorganisationForm form, CurrentUser user) {
        form.ensureOneRow();
        model.addAttribute("reorganisationForm", form);
        model.addAttribute("picked", reorganisations.pickLabels(user, form.pickedIds()));
        model.addAttribute("kinds", Reorganisation.Kind.values());
        model.addAttribute("types", Arrays.stream(UnitType.values()).filter(t -> t != UnitType.CENTRAL).toList());
        model.addAttribute("dispositions", ReorganisationCommand.AgencyDisposition.values());
        return "roster/reorganisation-form";
    }

    private static String preview(Model model, ReorganisationForm form, ReorganisationPreview preview) {
        form.setDigest(preview.digest());
        model.addAttribute("reorganisationForm", form);
        model.addAttribute("preview", preview);
        return "roster/reorganisation-preview";
    }

    private static void requireReorganiser(CurrentUser user) {
        if (!ReorganisationService.mayReorganise(user)) throw new AccessDeniedException("administrators only");
    }
}
