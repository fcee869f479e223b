package vn.kehoach.document.importing;

import org.springframework.stereotype.Service;
import vn.kehoach.document.parse.ParsedAgency;
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
 * parsed, the issuing unit recognised, the agencies it names matched to the roster, and each cited plan linked to
 * the plan held here when the user may see it. Nothing is written.
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
     * @param unit        the issuing unit recognised from the header, if any
     * @param candidates  the agencies the names were matched against (offered in the preview's pickers)
     * @param matches     agency name as written → matched agency
     * @param linkedPlans position in the legal basis → the plan it cites, held here
     */
    public record ImportedPlan(ParsedPlan parsed, UnitRef unit, List<AgencyRef> candidates,
                               Map<String, AgencyRef> matches, Map<Integer, Long> linkedPlans) {

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
        LocalDate date = parsed.issuedOn() != null ? parsed.issuedOn()
                : parsed.year() != null ? LocalDate.of(parsed.year(), 7, 1) : LocalDate.now(clock);
        Optional<UnitRef> unit = detectUnit(parsed, date);
        List<AgencyRef> candidates = new ArrayList<>();
        unit.ifPresent(u -> candidates.addAll(agencies.activeOfReadable(user, u.id(), date)));
        if (candidates.isEmpty() && user.unitId() != null) {
            candidates.addAll(agencies.activeOf(user.unitId(), LocalDate.now(clock)));
        }
        AgencyMatcher matcher = new AgencyMatcher(candidates);
        Map<String, AgencyRef> matches = new HashMap<>();
        Set<String> names = new LinkedHashSet<>();
        parsed.agencies().stream().map(ParsedAgency::name).forEach(names::add);
        for (ParsedTask task : parsed.tasks()) {
            if (task.lead() != null) names.add(task.lead());
            names.addAll(task.coordinating());
        }
        parsed.reportingRequirements().forEach(r -> {
            if (r.receiver() != null) names.add(r.receiver());
        });
        for (String name : names) matcher.match(name).ifPresent(a -> matches.put(name, a));

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
        return new ImportedPlan(parsed, unit.orElse(null), List.copyOf(candidates), Map.copyOf(matches),
                Map.copyOf(linked));
    }

    /** "HUYỆN BA TƠ" under "ỦY BAN NHÂN DÂN", or the unit in "UBND TỈNH QUẢNG NGÃI" above a Sở. */
    private Optional<UnitRef> detectUnit(ParsedPlan parsed, LocalDate date) {
        List<String> lines = new ArrayList<>(parsed.issuerLines());
        parsed.parentBodyLines().forEach(l -> lines.add(l.replaceFirst("(?i)^(UBND|ỦY BAN NHÂN DÂN)\\s+", "")));
        // Without a header (text copied from the body), the title usually says where: "… trên địa bàn huyện Ba Tơ".
        if (parsed.title() != null) {
            java.util.regex.Matcher m = WHERE.matcher(parsed.title());
            if (m.find()) lines.add(m.group(1));
        }
        for (String line : lines) {
            Optional<UnitRef> unit = units.findByFullNameAt(line, date);
            if (unit.isPresent()) return unit;
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern WHERE = java.util.regex.Pattern.compile(
            "trên địa bàn\\s+((?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\\s+[\\p{L} ]+?)\\s*$",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
}
