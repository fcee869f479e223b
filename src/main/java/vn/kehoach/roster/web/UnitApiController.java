package vn.kehoach.roster.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.kehoach.roster.UnitLevel;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.UnitSearch;
import vn.kehoach.roster.UnitSummary;
import vn.kehoach.roster.UnitType;
import vn.kehoach.roster.domain.UnitService;
import vn.kehoach.roster.importing.ImportReport;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.BadRequestException;
import vn.kehoach.shared.web.Ids;
import vn.kehoach.shared.web.PageResult;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** Units as JSON: the pages' autocomplete and integration with other systems. */
@RestController
class UnitApiController {

    private final UnitService units;
    private final UnitImports imports;
    private final MessageSource messages;
    private final Clock clock;

    UnitApiController(UnitService units, UnitImports imports, MessageSource messages, Clock clock) {
        this.units = units;
        this.imports = imports;
        this.messages = messages;
        this.clock = clock;
    }

    /** A unit in the JSON API; {@code name} is the full name ("Phường Đăk Cấm"), {@code type} the official wording. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UnitJson(long id, String code, String name, String shortName, String type, UnitLevel level,
                    String parentCode, String parentName, LocalDate validFrom, LocalDate validTo) {

        static UnitJson of(UnitSummary u) {
            return new UnitJson(u.id(), u.code(), u.fullName(), u.name(), u.type().label(), u.level(), u.parentCode(),
                    u.parentName(), u.validFrom(), u.validTo());
        }
    }

    record Page<T>(List<T> content, long totalElements, int page, int size, int totalPages) {

        static <S, T> Page<T> of(PageResult<S> result, Function<S, T> mapper) {
            return new Page<>(result.content().stream().map(mapper).toList(), result.totalElements(), result.page(),
                    result.size(), result.totalPages());
        }
    }

    /**
     * @param parent the parent's code (or id), valid at {@code at}
     * @param at     the date the units must be valid on (default today); "all" lists every period
     * @param scope  "below": only the units below the caller's own (those a unit administrator may reorganise);
     *               "mine": their own units too. A system administrator's scope is the whole map.
     */
    @GetMapping("/api/units")
    Page<UnitJson> search(@RequestParam(required = false) String q, @RequestParam(required = false) UnitLevel level,
                          @RequestParam(required = false) UnitType type, @RequestParam(required = false) String parent,
                          @RequestParam(required = false) String at, @RequestParam(required = false) String scope,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                          CurrentUser user) {
        LocalDate date = "all".equalsIgnoreCase(at) ? null : (at == null || at.isBlank() ? today() : isoDate(at));
        Long parentId = null;
        if (parent != null && !parent.isBlank()) {
            LocalDate lookup = date == null ? today() : date;
            parentId = units.findByCodeAt(parent.strip(), lookup).map(UnitRef::id)
                    .orElseGet(() -> Ids.parse(parent, 6).orElse(-1L));
        }
        UnitSearch.Within within = scope == null || user.isSystemAdmin()
                ? null
                : new UnitSearch.Within(user.scopePaths(), "mine".equals(scope));
        return Page.of(units.search(new UnitSearch(q, level, type, parentId, within, date, page, size)), UnitJson::of);
    }

    record RejectedJson(int line, String code, String reason) {
    }

    record ImportJson(String kind, LocalDate validFrom, LocalDate validTo, int created, int updated, int unchanged,
                      List<RejectedJson> rejected, List<RejectedJson> skipped, boolean applied, boolean dryRun) {
    }

    /** Imports an official list or a crosswalk; 200 with the counts, 422 with every rejected line. */
    @PostMapping("/api/units/import")
    ResponseEntity<ImportJson> importFile(@RequestParam("file") MultipartFile file,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
                                          @RequestParam(defaultValue = "false") boolean skipUnmatched,
                                          @RequestParam(defaultValue = "false") boolean dryRun, CurrentUser user) {
        ImportReport report = imports.run(user, file, validFrom, validTo, skipUnmatched, dryRun);
        var locale = LocaleContextHolder.getLocale();
        Function<ImportReport.RejectedLine, RejectedJson> json = r -> new RejectedJson(r.line(),
                r.code(), messages.getMessage(r.reason(), r.args().toArray(), r.reason(), locale));
        ImportJson body = new ImportJson(report.kind(), report.validFrom(), report.validTo(), report.created(),
                report.updated(), report.unchanged(), report.rejected().stream().map(json).toList(),
                report.skipped().stream().map(json).toList(), report.applied(), report.dryRun());
        return ResponseEntity.status(report.hasRejections() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
                .body(body);
    }

    /** A date as the API takes it (yyyy-MM-dd); anything else is a 400 that says so. */
    private static LocalDate isoDate(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw new BadRequestException("error.param.date");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
