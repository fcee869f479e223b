package vn.kehoach.document.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.kehoach.document.importing.PlanImports;
import vn.kehoach.document.parse.ParsedPlan;
import vn.kehoach.document.parse.ParsedSection;
import vn.kehoach.document.parse.PlanParseException;
import vn.kehoach.plan.ReportKind;
import vn.kehoach.plan.SectionKind;
import vn.kehoach.roster.AgencyKind;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads a plan document into JSON without saving anything: the shape of GET /api/plans/{id}, plus what was matched. */
@RestController
class ParseApiController {

    private final PlanImports imports;
    private final MessageSource messages;

    ParseApiController(PlanImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    record Issuer(String unitCode, String unitName, String agencyName, List<String> parentBodyLines,
                  List<String> issuerLines) {
    }

    record LegalBasis(String text, String documentType, String documentNumber, LocalDate date, String issuer,
                      Long planId) {
    }

    record Section(String number, String title, String text, SectionKind kind, List<Section> children) {

        static Section of(ParsedSection s) {
            return new Section(s.number(), s.title(), s.text(), s.kind(),
                    s.children().stream().map(Section::of).toList());
        }
    }

    record Agency(Long agencyId, String name) {
    }

    /**
     * A task and its assignment: {@code lead} (chủ trì) and {@code coordinating} (phối hợp) with the roster agency
     * matched to each name (null when none), {@code requested} when the lead is requested ("Đề nghị …"), not assigned.
     */
    record Task(String sectionNumber, String title, Agency lead, List<Agency> coordinating, LocalDate from,
                LocalDate to, String output, List<String> targets, boolean requested, String timeNote) {
    }

    record Requirement(ReportKind kind, LocalDate periodFrom, LocalDate periodTo, LocalDate dueDate, String receiver,
                       String text) {
    }

    record Signer(String authority, String title, String name) {
    }

    record NamedAgency(String name, String sectionNumber, boolean requested, Long matchedAgencyId) {
    }

    record ParsedJson(Integer year, String title, String number, String symbol, String place, LocalDate issuedOn,
                      Issuer issuer, Long parentPlanId, List<LegalBasis> legalBasis, List<Section> sections,
                      List<Task> tasks, List<Requirement> reportingRequirements, List<String> recipients,
                      Signer signer, List<NamedAgency> agencies, List<String> warnings, String closing) {
    }

    @PostMapping(value = "/api/plans/parse", produces = MediaType.APPLICATION_JSON_VALUE)
    ParsedJson parse(@RequestParam("file") MultipartFile file, CurrentUser user) throws IOException {
        // Reading a plan is the first step of drafting one, as on the import page: drafters of an agency only.
        if (!user.has(Role.DRAFTER) || user.agencyId() == null) {
            throw new AccessDeniedException("drafters only");
        }
        PlanImports.ImportedPlan imported = imports.read(user, file.getOriginalFilename(), file.getContentType(),
                file.getBytes());
        return toJson(imported);
    }

    static ParsedJson toJson(PlanImports.ImportedPlan imported) {
        ParsedPlan p = imported.parsed();
        AgencyRef issuerAgency = imported.unit() == null
                ? null
                : imported.candidates().stream()
                        .filter(a -> a.kind() == AgencyKind.PEOPLES_COMMITTEE).findFirst().orElse(null);
        Issuer issuer = new Issuer(imported.unit() == null ? null : imported.unit().code(),
                imported.unit() == null ? null : imported.unit().fullName(),
                issuerAgency != null && p.parentBodyLines().isEmpty()
                        ? issuerAgency.name()
                        : String.join(" ", p.issuerLines()),
                p.parentBodyLines(), p.issuerLines());
        List<LegalBasis> basis = new ArrayList<>();
        for (int i = 0; i < p.legalBasis().size(); i++) {
            var b = p.legalBasis().get(i);
            basis.add(new LegalBasis(b.text(), b.documentType(), b.documentNumber(), b.date(), b.issuer(),
                    imported.linkedPlans().get(i)));
        }
        Long parentPlanId = basis.stream().map(LegalBasis::planId).filter(Objects::nonNull).findFirst()
                .orElse(null);
        return new ParsedJson(p.year(), p.title(), p.number(), p.symbol(), p.place(), p.issuedOn(), issuer,
                parentPlanId, basis, p.sections().stream().map(Section::of).toList(),
                p.tasks().stream().map(t -> new Task(t.sectionNumber(), t.title(),
                        t.lead() == null ? null : new Agency(imported.matchedId(t.lead()), t.lead()),
                        t.coordinating().stream().map(c -> new Agency(imported.matchedId(c), c)).toList(),
                        t.from(), t.to(), t.output(), List.of(), t.requested(), t.timeNote())).toList(),
                p.reportingRequirements().stream().map(r -> new Requirement(r.kind(), r.periodFrom(), r.periodTo(),
                        r.dueDate(), r.receiver(), r.text())).toList(),
                p.recipients(),
                p.signer() == null
                        ? null
                        : new Signer(String.join("\n", p.signer().authorityLines()),
                                p.signer().title(), p.signer().name()),
                p.agencies().stream().map(a -> new NamedAgency(a.name(), a.sectionNumber(), a.requested(),
                        imported.matchedId(a.name()))).toList(),
                p.warnings(), p.closing());
    }

    /** Not a plan, too big, a picture, a zip bomb: a 4xx with the reason in Vietnamese, never a 500. */
    @ExceptionHandler(PlanParseException.class)
    ResponseEntity<ProblemDetail> refused(PlanParseException e) {
        HttpStatus status = statusOf(e.reason());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
        problem.setProperty("code", e.messageKey());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static HttpStatus statusOf(PlanParseException.Reason reason) {
        return switch (reason) {
            case TOO_LARGE, TOO_LONG -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case NOT_A_PLAN, UNSAFE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case EMPTY, CORRUPT -> HttpStatus.BAD_REQUEST;
        };
    }
}
