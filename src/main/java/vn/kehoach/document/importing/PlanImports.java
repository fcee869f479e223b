package vn.kehoach.document.importing;

import org.springframework.stereotype.Service;
import vn.kehoach.document.parse.ParsedAgency;
import vn.kehoach.document.parse.ParsedIssuerUnit;
import vn.kehoach.document.parse.ParsedLegalBasis;
import vn.kehoach.document.parse.ParsedPlan;
import vn.kehoach.document.parse.ParsedTask;
import vn.kehoach.document.parse.PlanFileReader;
import vn.kehoach.document.parse.PlanParseException;
import vn.kehoach.document.parse.PlanTextParser;
import vn.kehoach.plan.Plans;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.UnitRef;
import vn.kehoach.roster.Units;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.text.VietnameseText;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an existing plan (Word, text, or pasted) into a draft the user checks before anything is saved: the text
 * parsed, the issuing unit recognised, the agencies it names matched to that unit's roster as it was on the plan's
 * date, and each cited plan linked to the plan held here when the user may see it. Nothing is written.
 *
 * <p>Names are matched only against the unit the document comes from (a 2022 provincial plan against the province's
 * departments of 2022, not today's), and only when the user may read that unit; a plan of another province, or of a
 * unit the roster does not hold, keeps its names unmatched for the user to pick. Only a text that names no place at
 * all is matched against the user's own unit (or the units it was formed from, on the plan's date).
 */
@Service
public class PlanImports {

    private final PlanFileReader reader = new PlanFileReader();
    private final PlanTextParser parser = new PlanTextParser();
    private final Units units;
    private final Agencies agencies;
    private final Plans plans;
    private final Clock clock;

    PlanImports(Units units, Agencies agencies, Plans plans, Clock clock) {
        this.units = units;
        this.agencies = agencies;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * @param unit        the issuing unit recognised in the roster, if any
     * @param rosterDate  the date the roster was read at: the plan's, or its year's
     * @param namedUnit   the unit the document names when the roster has none the user may read ("huyện Lộc Bình"),
     *                    else null
     * @param candidates  the agencies the names were matched against
     * @param choices     the agencies offered in the preview's pickers: the candidates, or the user's own unit's
     *                    agencies when there are none
     * @param matches     agency name as written → matched agency
     * @param linkedPlans position in the legal basis → the plan it cites, held here
     */
    public record ImportedPlan(ParsedPlan parsed, UnitRef unit, LocalDate rosterDate, String namedUnit,
                               List<AgencyRef> candidates, List<AgencyRef> choices, Map<String, AgencyRef> matches,
                               Map<Integer, Long> linkedPlans) {

        public Long matchedId(String name) {
            AgencyRef agency = name == null ? null : matches.get(name);
            return agency == null ? null : agency.id();
        }
    }

    /** Reads an upload; throws {@link PlanParseException} for anything that is not a plan. */
    public ImportedPlan read(CurrentUser user, String fileName, String contentType, byte[] bytes) {
        return interpret(user, parser.parse(reader.extractText(fileName, contentType, bytes)));
    }

    /** Reads pasted text. */
    public ImportedPlan readText(CurrentUser user, String text) {
        if (text == null || text.isBlank()) throw new PlanParseException(PlanParseException.Reason.EMPTY);
        if (text.length() > PlanFileReader.MAX_CHARS) {
            throw new PlanParseException(PlanParseException.Reason.TOO_LONG, PlanFileReader.MAX_CHARS);
        }
        return interpret(user, parser.parse(text));
    }

    private ImportedPlan interpret(CurrentUser user, ParsedPlan parsed) {
        LocalDate today = LocalDate.now(clock);
        Roster roster = roster(user, parsed, today);
        List<AgencyRef> candidates = roster.agencies();
        List<AgencyRef> choices = !candidates.isEmpty() || user.unitId() == null
                ? candidates
                : agencies.activeOf(user.unitId(), today);
        AgencyMatcher matcher = new AgencyMatcher(candidates);
        Map<String, AgencyRef> matches = new HashMap<>();
        for (String name : names(parsed)) matcher.match(name).ifPresent(a -> matches.put(name, a));

        Map<Integer, Long> linked = new HashMap<>();
        List<ParsedLegalBasis> basis = parsed.legalBasis();
        for (int i = 0; i < basis.size(); i++) {
            ParsedLegalBasis b = basis.get(i);
            if (b.documentNumber() == null || !b.documentNumber().contains("/")) continue;
            String number = b.documentNumber().substring(0, b.documentNumber().indexOf('/'));
            String symbol = b.documentNumber().substring(b.documentNumber().indexOf('/') + 1);
            Integer year = b.date() == null ? null : b.date().getYear();
            Optional<Long> plan = plans.findIssued(user, number, symbol, year);
            if (plan.isPresent()) linked.put(i, plan.get());
        }
        return new ImportedPlan(parsed, roster.unit(), roster.date(), roster.namedUnit(), List.copyOf(candidates),
                List.copyOf(choices), Map.copyOf(matches), Map.copyOf(linked));
    }

    /** Every agency name the plan gives: the implementation blocks, the tasks' leads and partners, the receivers. */
    private static Set<String> names(ParsedPlan parsed) {
        Set<String> names = new LinkedHashSet<>();
        parsed.agencies().stream().map(ParsedAgency::name).forEach(names::add);
        for (ParsedTask task : parsed.tasks()) {
            if (task.lead() != null) names.add(task.lead());
            names.addAll(task.coordinating());
        }
        parsed.reportingRequirements().forEach(r -> {
            if (r.receiver() != null) names.add(r.receiver());
        });
        return names;
    }

    /** The roster the names are matched against. */
    private record Roster(UnitRef unit, LocalDate date, String namedUnit, List<AgencyRef> agencies) {
    }

    private Roster roster(CurrentUser user, ParsedPlan parsed, LocalDate today) {
        List<LocalDate> dates = dates(parsed, today);
        ParsedIssuerUnit named = parsed.issuerUnit();
        if (named.named()) {
            for (LocalDate date : dates) {
                for (String name : named.names()) {
                    Optional<UnitRef> unit = find(name, named.province(), date);
                    if (unit.isEmpty()) continue;
                    List<AgencyRef> readable = agencies.activeOfReadable(user, unit.get().id(), date);
                    // Another province's unit is not the user's to see: its names stay unmatched.
                    if (readable.isEmpty()) return new Roster(null, date, unit.get().inlineName(), List.of());
                    return new Roster(unit.get(), date, null, readable);
                }
            }
            return new Roster(null, dates.get(0), named.names().get(0), List.of());
        }
        if (user.unitId() == null) return new Roster(null, dates.get(0), null, List.of());
        LocalDate date = dates.get(0);
        UnitRef own = units.get(user.unitId());
        List<UnitRef> roster = own.validAt(date) ? List.of(own) : units.predecessorsAt(own.id(), date);
        List<AgencyRef> found = new ArrayList<>();
        roster.forEach(u -> found.addAll(agencies.activeOfReadable(user, u.id(), date)));
        return new Roster(roster.size() == 1 ? roster.get(0) : null, date, null, found);
    }

    /**
     * The dates to look the unit up at: the issue date; without one, the end and then the start of the plan's year
     * (a 2025 plan of a district was written before the reorganisation, a 2025 plan of a new commune after it).
     */
    private static List<LocalDate> dates(ParsedPlan parsed, LocalDate today) {
        if (parsed.issuedOn() != null) return List.of(parsed.issuedOn());
        if (parsed.year() == null) return List.of(today);
        LocalDate end = LocalDate.of(parsed.year(), 12, 31);
        return List.of(end.isAfter(today) ? today : end, LocalDate.of(parsed.year(), 1, 1));
    }

    /** The unit of that name on the date; of several alike, the one in the province the text names. */
    private Optional<UnitRef> find(String fullName, String province, LocalDate date) {
        List<UnitRef> found = units.findAllByFullNameAt(fullName, date);
        // "Xã Ba Tơ" is not "Xã Ba Tô": the lookup ignores accents, the name as written does not.
        String written = VietnameseText.toneKey(fullName);
        List<UnitRef> exact = found.stream().filter(u -> VietnameseText.toneKey(u.fullName()).equals(written)).toList();
        if (!exact.isEmpty()) found = exact;
        if (found.size() <= 1 || province == null)
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        String folded = VietnameseText.fold(province);
        List<UnitRef> inProvince = found.stream().filter(u -> units.chain(u.id()).stream()
                .anyMatch(a -> VietnameseText.fold(a.name()).equals(folded))).toList();
        return inProvince.size() == 1 ? Optional.of(inProvince.get(0)) : Optional.empty();
    }
}
