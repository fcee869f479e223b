package vn.kehoach.document.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kehoach.document.importing.PlanImports;
import vn.kehoach.document.parse.PlanParseException;
import vn.kehoach.officialdoc.Numbering;
import vn.kehoach.plan.Plans;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.SectionKind;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyKind;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.web.Actions;

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
    String showForm(CurrentUser user, Model model) {
        requireDrafter(user);
        model.addAttribute("fromFile", new SourceForm());
        model.addAttribute("fromText", new SourceForm());
        return "document/import";
    }

    /**
     * Reads an uploaded file (the left form) or pasted text (the right one) into the preview. A file that cannot be
     * read is named in the answer: the browser does not keep a chosen file, so the user is told to choose it again.
     */
    @PostMapping("/plans/import")
    String read(@ModelAttribute SourceForm source, CurrentUser user, Model model, HttpServletResponse response)
            throws IOException {
        requireDrafter(user);
        boolean fromFile = source.fromFile();
        String fileName = source.chosenFileName();
        PlanImports.ImportedPlan imported;
        try {
            if (fromFile && fileName == null) {
                return refused(model, response, HttpStatus.BAD_REQUEST, source, "document.import.chooseFile", null);
            }
            imported = fromFile
                    ? imports.read(user, fileName, source.getFile().getContentType(),
                            source.getFile().getBytes())
                    : imports.readText(user, source.getText());
        } catch (PlanParseException e) {
            String key = !fromFile && e.reason() == PlanParseException.Reason.EMPTY
                    ? "document.import.error.emptyText"
                    : e.messageKey();
            return refused(model, response, ParseApiController.statusOf(e.reason()), source, key, e.args());
        }
        List<AgencyRef> issuers = plans.issuerChoices(user);
        Long issuer = issuers.stream().filter(a -> a.kind() == AgencyKind.PEOPLES_COMMITTEE).map(AgencyRef::id)
                .findFirst().orElse(issuers.isEmpty() ? null : issuers.get(0).id());
        ImportForm form = ImportForm.of(imported, issuer, LocalDate.now(clock).getYear(), fileName);
        model.addAttribute("rosterDate", imported.rosterDate());
        model.addAttribute("namedUnit", imported.namedUnit());
        return preview(model, form, user, imported.choices(),
                imported.unit() == null ? null : imported.unit().fullName());
    }

    /** The import page again, the problem beside the field it came from, the pasted text or the file's name kept. */
    private String refused(Model model, HttpServletResponse response, HttpStatus status, SourceForm source, String key,
                           Object[] args) {
        response.setStatus(status.value());
        boolean fromFile = source.fromFile();
        String name = fromFile ? "fromFile" : "fromText";
        source.setFileName(source.chosenFileName());
        BindingResult errors = new BeanPropertyBindingResult(source, name);
        errors.rejectValue(fromFile ? "file" : "text", key, args, null);
        model.addAttribute(name, source);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
        model.addAttribute(fromFile ? "fromText" : "fromFile", new SourceForm());
        return "document/import";
    }

    @PostMapping("/plans/import/confirm")
    String confirm(@Valid @ModelAttribute("importForm") ImportForm form, BindingResult result,
                   @RequestParam(value = "candidateIds", required = false) List<Long> candidateIds,
                   CurrentUser user, Model model, RedirectAttributes redirect) {
        requireDrafter(user);
        // The agencies the preview offered, of the issuing unit; an id of another unit's is no page's (404).
        List<AgencyRef> candidates = candidateIds == null ? List.of() : agencies.ofUserUnits(user, candidateIds);
        return Actions.form(result, redirect, () -> preview(model, form, user, candidates, null)).then(() -> {
            long id = plans.createDraft(user, form.toDraft());
            return Actions.done(redirect, "document.import.saved", "/plans/" + id + "/edit");
        });
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
