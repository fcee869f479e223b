package vn.kehoach.document.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kehoach.document.importing.PlanImports;
import vn.kehoach.document.parse.PlanParseException;
import vn.kehoach.plan.Numbering;
import vn.kehoach.plan.Plans;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.SectionKind;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyKind;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.web.BusinessRuleException;
import vn.kehoach.shared.web.FlashMessage;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Importing an existing plan: upload or paste, check everything in the preview, then save it as a draft. Nothing is
 * saved before the user confirms.
 */
@Controller
class PlanImportController {

    private final PlanImports imports;
    private final Plans plans;
    private final Agencies agencies;
    private final Clock clock;

    PlanImportController(PlanImports imports, Plans plans, Agencies agencies, Clock clock) {
        this.imports = imports;
        this.plans = plans;
        this.agencies = agencies;
        this.clock = clock;
    }

    @ModelAttribute("navArea")
    String navArea() {
        return "plans";
    }

    @GetMapping("/plans/import")
    String showForm(CurrentUser user) {
        requireDrafter(user);
        return "document/import";
    }

    @PostMapping("/plans/import")
    String read(@RequestParam(value = "file", required = false) MultipartFile file,
                @RequestParam(value = "text", required = false) String text, CurrentUser user, Model model,
                HttpServletResponse response) throws IOException {
        requireDrafter(user);
        PlanImports.ImportedPlan imported;
        String source;
        try {
            if (file != null && !file.isEmpty()) {
                source = file.getOriginalFilename();
                imported = imports.read(user, source, file.getContentType(), file.getBytes());
            } else {
                source = null;
                imported = imports.readText(user, text);
            }
        } catch (PlanParseException e) {
            response.setStatus(ParseApiController.statusOf(e.reason()).value());
            model.addAttribute("error", e);
            model.addAttribute("text", text);
            return "document/import";
        }
        List<AgencyRef> issuers = plans.issuerChoices(user);
        Long issuer = issuers.stream().filter(a -> a.kind() == AgencyKind.PEOPLES_COMMITTEE).map(AgencyRef::id)
                .findFirst().orElse(issuers.isEmpty() ? null : issuers.get(0).id());
        ImportForm form = ImportForm.of(imported, issuer, LocalDate.now(clock).getYear(), source);
        model.addAttribute("rosterDate", imported.rosterDate());
        model.addAttribute("namedUnit", imported.namedUnit());
        return preview(model, form, user, imported.choices(), imported.unit() == null ? null : imported.unit().fullName());
    }

    @PostMapping("/plans/import/confirm")
    String confirm(@Valid @ModelAttribute("importForm") ImportForm form, BindingResult result,
                   @RequestParam(value = "candidateIds", required = false) List<Long> candidateIds,
                   CurrentUser user, Model model, RedirectAttributes redirect) {
        requireDrafter(user);
        List<AgencyRef> candidates = candidateIds == null ? List.of() : agencies.findAll(candidateIds);
        if (result.hasErrors()) return preview(model, form, user, candidates, null);
        try {
            long id = plans.createDraft(user, form.toDraft());
            redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, FlashMessage.success("document.import.saved"));
            return "redirect:/plans/" + id + "/edit";
        } catch (BusinessRuleException e) {
            result.reject(e.messageKey(), e.args(), null);
            return preview(model, form, user, candidates, null);
        }
    }

    private String preview(Model model, ImportForm form, CurrentUser user, List<AgencyRef> candidates,
                           String unitName) {
        model.addAttribute("importForm", form);
        model.addAttribute("issuers", plans.issuerChoices(user));
        model.addAttribute("candidates", candidates);
        model.addAttribute("unitName", unitName);
        model.addAttribute("kinds", SectionKind.values());
        model.addAttribute("styles", Numbering.Style.values());
        model.addAttribute("reportKinds", ReportKind.values());
        return "document/preview";
    }

    private static void requireDrafter(CurrentUser user) {
        if (!user.has(Role.DRAFTER) || user.agencyId() == null) throw new AccessDeniedException("drafters only");
    }
}
