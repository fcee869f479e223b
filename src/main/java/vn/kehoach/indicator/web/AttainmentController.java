package vn.kehoach.indicator.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.kehoach.indicator.domain.AnnexOne;
import vn.kehoach.indicator.domain.AttainmentService;
import vn.kehoach.indicator.domain.Overrides;
import vn.kehoach.indicator.domain.RollUp;
import vn.kehoach.indicator.domain.StaleEditException;
import vn.kehoach.officialdoc.OfficialDocumentWriter;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.text.OfficialText;
import vn.kehoach.shared.text.VietnameseNumbers;
import vn.kehoach.shared.web.Actions;
import vn.kehoach.shared.web.Downloads;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Where the strategy targets stand for a unit and year: all targets on one page, one target with its trend and the
 * units below on a colour scale, the unit's own figure instead of the sum, and the annex "Phụ lục I" as a workbook.
 */
@Controller
class AttainmentController {

    private final AttainmentService attainment;
    private final Overrides overrides;
    private final OfficialDocumentWriter writer;
    private final IndicatorNumbers numbers;

    AttainmentController(AttainmentService attainment, Overrides overrides, OfficialDocumentWriter writer,
                         IndicatorNumbers numbers) {
        this.numbers = numbers;
        this.attainment = attainment;
        this.overrides = overrides;
        this.writer = writer;
    }

    @ModelAttribute("navArea")
    String navArea() {
        return "indicators";
    }

    @GetMapping("/indicators")
    String overview(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
                    CurrentUser user, Model model) {
        AttainmentService.Attainment a = load(user, unit, year);
        model.addAttribute("attainment", a);
        model.addAttribute("below", numbers.below(a));
        model.addAttribute("chain", visibleChain(user, a));
        model.addAttribute("years", years());
        return "indicator/attainment";
    }

    @GetMapping("/indicators/targets/{code}")
    String target(@PathVariable String code, @RequestParam(required = false) String unit,
                  @RequestParam(required = false) Integer year, CurrentUser user, Model model) {
        AttainmentService.Attainment a = load(user, unit, year);
        AttainmentService.Row row = a.row(code);
        if (!model.containsAttribute("overrideForm")) {
            OverrideForm form = formOf(row);
            form.setVersion(a.overrideVersion(code));
            model.addAttribute("overrideForm", form);
        }
        return target(model, user, a, row);
    }

    @PostMapping("/indicators/targets/{code}/override")
    String override(@PathVariable String code, @RequestParam String unit, @RequestParam int year,
                    @Valid @ModelAttribute("overrideForm") OverrideForm form, BindingResult result, CurrentUser user,
                    Model model, RedirectAttributes redirect, HttpServletResponse response) {
        AttainmentService.Attainment a = load(user, unit, year);
        AttainmentService.Row row = a.row(code);
        return Actions.form(result, redirect, () -> target(model, user, a, row)).on(StaleEditException.class, e -> {
            // The page shows the figure as it is now; the user's input stays in the form, against the new version.
            response.setStatus(HttpStatus.CONFLICT.value());
            form.setVersion(e.currentVersion());
            result.reject(conflictKey(e), new Object[]{e.updatedBy()}, null);
            return target(model, user, a, row);
        }).then(() -> {
            overrides.set(user, a.unit(), code, year, form.toContent(), form.getVersion());
            return Actions.done(redirect, "indicator.override.saved", link(code, unit, year), code);
        });
    }

    @PostMapping("/indicators/targets/{code}/override/clear")
    String clear(@PathVariable String code, @RequestParam String unit, @RequestParam int year,
                 @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
        AttainmentService.Attainment a = load(user, unit, year);
        a.row(code);
        String page = link(code, unit, year);
        return Actions.click(redirect).staleTo("indicator.conflict.reloaded", StaleEditException.class, page)
                .then(() -> {
                    overrides.clear(user, a.unit(), code, year, version);
                    return Actions.done(redirect, "indicator.override.cleared", page, code);
                });
    }

    @GetMapping("/indicators/annex.xlsx")
    ResponseEntity<byte[]> annex(@RequestParam(required = false) String unit,
                                 @RequestParam(required = false) Integer year, CurrentUser user) {
        AttainmentService.Attainment a = load(user, unit, year);
        byte[] bytes = writer.xlsx(List.of(AnnexOne.table(a, OfficialText.of("indicator.annex.heading"),
                a.unit().fullName())));
        return Downloads.attachment(OfficialText.of("indicator.annex.file", a.year(), a.unit().fullName()) + ".xlsx",
                Downloads.XLSX, bytes);
    }

    private String target(Model model, CurrentUser user, AttainmentService.Attainment a, AttainmentService.Row row) {
        model.addAttribute("attainment", a);
        model.addAttribute("row", row);
        model.addAttribute("chain", visibleChain(user, a));
        model.addAttribute("years", years());
        model.addAttribute("canOverride", Overrides.canOverride(user, a.unit()));
        // Chart data as plain strings: Thymeleaf evaluates data-* attributes in restricted mode (no bean calls).
        model.addAttribute("trendYears", numbers.years(a.years()));
        model.addAttribute("trendValues", numbers.trendValues(row.trend()));
        model.addAttribute("trendTargets", numbers.trendTargets(row.trend()));
        model.addAttribute("figureFields",
                row.target().hasParts() ? List.of("numerator", "denominator") : List.of("value"));
        return "indicator/target";
    }

    /** The units above in the breadcrumbs, from the highest one the user may open. */
    private static List<UnitRef> visibleChain(CurrentUser user, AttainmentService.Attainment a) {
        return a.chain().stream().filter(u -> user.covers(u.path())).toList();
    }

    private static OverrideForm formOf(AttainmentService.Row row) {
        OverrideForm form = new OverrideForm();
        // The unit's own reported figure is what it would most likely use instead of the sum.
        var own = row.current() != null && row.current().origin() == RollUp.Origin.OVERRIDDEN
                ? row.current().figure()
                : row.reported();
        if (own != null) {
            form.setValue(VietnameseNumbers.plain(own.numerator() == null ? own.value() : null));
            form.setNumerator(VietnameseNumbers.plain(own.numerator()));
            form.setDenominator(VietnameseNumbers.plain(own.denominator()));
            form.setSource(own.source());
            if (row.current() != null && row.current().origin() == RollUp.Origin.OVERRIDDEN) {
                form.setNote(own.note());
            }
        }
        return form;
    }

    private AttainmentService.Attainment load(CurrentUser user, String unitCode, Integer year) {
        UnitRef unit = attainment.unit(user, unitCode != null && !unitCode.isBlank() ? unitCode : defaultUnit(user));
        return year != null ? attainment.attainment(unit, year) : attainment.latest(unit);
    }

    private static String defaultUnit(CurrentUser user) {
        return user.unitCode() != null ? user.unitCode() : "TW";
    }

    private List<Integer> years() {
        int last = attainment.lastYear();
        return IntStream.rangeClosed(AttainmentService.FIRST_YEAR, last).boxed()
                .sorted(Comparator.reverseOrder()).toList();
    }

    /** Who saved meanwhile, or that the figure was removed meanwhile. */
    static String conflictKey(StaleEditException e) {
        return e.updatedBy() == null ? "indicator.conflict.removed" : "indicator.conflict";
    }

    private static String link(String code, String unit, int year) {
        return UriComponentsBuilder.fromPath("/indicators/targets/{code}").queryParam("unit", unit)
                .queryParam("year", year).buildAndExpand(code).encode().toUriString();
    }
}
