package vn.kehoach.plan.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.kehoach.plan.PlanDetails;
import vn.kehoach.plan.PlanStatus;
import vn.kehoach.plan.PlanSummary;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.Reporters;
import vn.kehoach.plan.SectionKind;
import vn.kehoach.plan.domain.PlanListQueries;
import vn.kehoach.plan.domain.PlanQueries;
import vn.kehoach.plan.domain.PlanSearch;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.Ids;
import vn.kehoach.shared.web.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Plans as JSON for integration, with the same scope rules as the pages. */
@RestController
class PlanApiController {

    private final PlanQueries queries;
    private final PlanListQueries lists;
    private final Units units;
    private final Clock clock;

    PlanApiController(PlanQueries queries, PlanListQueries lists, Units units, Clock clock) {
        this.queries = queries;
        this.lists = lists;
        this.units = units;
        this.clock = clock;
    }

    record Summary(long id, PlanStatus status, int year, String title, String number, String symbol,
                   LocalDate issuedOn, int revision, String unitCode, String unitName, String agencyName,
                   Long parentPlanId) {

        static Summary of(PlanSummary p) {
            return new Summary(p.id(), p.status(), p.year(), p.title(), p.number(), p.symbol(), p.issuedOn(),
                    p.revision(), p.issuerUnitCode(), p.issuerUnitName(), p.issuerAgencyName(), p.parentPlanId());
        }
    }

    record Page(List<Summary> content, long totalElements, int page, int size, int totalPages) {
    }

    /** @param unit the issuing unit's code (valid today) or id; plans of the units below it too */
    @GetMapping("/api/plans")
    Page list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
              @RequestParam(required = false) PlanStatus status, @RequestParam(required = false) String q,
              @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
              CurrentUser user) {
        Long unitId = null;
        if (unit != null && !unit.isBlank()) {
            String key = unit.strip();
            unitId = units.findByCodeAt(key, LocalDate.now(clock)).map(UnitRef::id)
                    .orElseGet(() -> Ids.parse(key, 4).orElse(null));
            if (unitId == null) throw new NotFoundException("unit", key);
        }
        var result = lists.search(user, new PlanSearch(q, year, null, unitId, status, null, page, size));
        return new Page(result.content().stream().map(Summary::of).toList(), result.totalElements(), result.page(),
                result.size(), result.totalPages());
    }

    record Issuer(String unitCode, String unitName, String agencyName, Long agencyId, String parentBodyLine,
                  List<String> issuerLines) {
    }

    record LegalBasis(String text, String documentNumber, LocalDate date, String issuer, Long planId) {
    }

    record Section(long id, String number, String path, String title, String text, String html, SectionKind kind,
                   boolean task, List<Section> children) {

        static Section of(PlanDetails.Section s) {
            return new Section(s.id(), s.number(), s.path(), s.title(), s.text(), s.html(), s.kind(), s.task(),
                    s.children().stream().map(Section::of).toList());
        }
    }

    record Agency(Long agencyId, String name) {
    }

    record Task(long sectionId, String sectionNumber, String title, Agency lead, String leadNote,
                List<Agency> coordinating, LocalDate from, LocalDate to, String timeNote, String output,
                List<String> targets, Long implementsSectionId) {
    }

    record Requirement(long id, ReportKind kind, LocalDate periodFrom, LocalDate periodTo, LocalDate dueDate,
                       String receiver, Long receiverAgencyId, Reporters reporters, String text) {
    }

    record Signer(String authority, String title, String name) {
    }

    record Plan(long id, PlanStatus status, long version, int revision, int year, String title, String number,
                String symbol, String place, LocalDate issuedOn, Issuer issuer, Long parentPlanId, Long amendsPlanId,
                List<LegalBasis> legalBasis, List<Section> sections, List<Task> tasks,
                List<Requirement> reportingRequirements, List<String> recipients, Signer signer) {
    }

    @GetMapping("/api/plans/{id}")
    Plan show(@PathVariable long id, CurrentUser user) {
        PlanDetails p = queries.details(user, id);
        return new Plan(p.id(), p.status(), p.version(), p.revision(), p.year(), p.title(), p.number(), p.symbol(),
                p.place(), p.issuedOn(),
                new Issuer(p.issuer().unitCode(), p.issuer().unitName(), p.issuer().agencyName(),
                        p.issuer().agencyId(), p.issuer().parentBodyLine(), p.issuer().issuerLines()),
                p.parentPlanId(), p.amendsPlanId(),
                p.legalBasis().stream().map(b -> new LegalBasis(b.text(), b.documentNumber(), b.date(), b.issuer(),
                        b.planId())).toList(),
                p.sections().stream().map(Section::of).toList(),
                p.tasks().stream().map(t -> new Task(t.sectionId(), t.sectionNumber(), t.title(), agency(t.lead()),
                        t.leadNote(), t.coordinating().stream().map(PlanApiController::agency).toList(), t.from(),
                        t.to(), t.timeNote(), t.output(), t.targets(), t.implementsSectionId())).toList(),
                p.reportingRequirements().stream().map(r -> new Requirement(r.id(), r.kind(), r.periodFrom(),
                        r.periodTo(), r.dueDate(), r.receiver(), r.receiverAgencyId(), r.reporters(), r.text()))
                        .toList(),
                p.recipients(), new Signer(p.signer().authority(), p.signer().title(), p.signer().name()));
    }

    private static Agency agency(PlanDetails.AgencyName name) {
        return name == null ? null : new Agency(name.agencyId(), name.name());
    }
}
