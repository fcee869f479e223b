package vn.kehoach.roster.importing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditEntry;
import vn.kehoach.audit.AuditTrail;
import vn.kehoach.roster.UnitLevel;
import vn.kehoach.roster.UnitType;
import vn.kehoach.shared.security.Access;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.text.CsvFile;
import vn.kehoach.shared.text.OfficialText;
import vn.kehoach.shared.text.VietnameseText;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Imports official unit lists shaped like the national statistics lists: provinces (code,name,type,full_name,name_en),
 * districts and communes (…,province_code[,district_code]). All or nothing: one bad line rejects the file. Importing
 * the same file again changes nothing; names differing only in tone-mark placement (Hoà/Hòa) are the same name.
 */
@Service
public class UnitImportService {

    /** The lengths the unit form allows: a name, its English name, the full name with the type. */
    static final int MAX_NAME = 100;
    static final int MAX_FULL_NAME = 150;

    /** Start of the history the system keeps for the pre-2025 lists, which carry no creation dates. */
    public static final LocalDate PRE_2025_FROM = LocalDate.of(2000, 1, 1);
    public static final LocalDate PRE_2025_TO = LocalDate.of(2025, 6, 30);
    public static final LocalDate REFORM_2025 = LocalDate.of(2025, 7, 1);

    /**
     * Province codes that NQ 202/2025/QH15 ended (DOMAIN.md §4.3): a province list containing one of them describes
     * the map before 1/7/2025.
     */
    static final Set<String> PROVINCE_CODES_ENDED_2025 = Set.of("02", "06", "10", "17", "26", "27", "30", "34", "35",
            "36", "45", "49", "54", "58", "60", "62", "64", "67", "70", "72", "74", "77", "83", "84", "87", "89", "93",
            "94", "95");

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final long IMPORT_LOCK = 0x526f73746572L;

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    UnitImportService(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    private record Row(int line, String code, String name, String fullName, String nameEn, UnitType type,
                       String parentCode) {
    }

    private record Existing(long id, String code, String name, String fullName, String nameEn, UnitType type,
                            Long parentId, String path, UnitLevel level) {
    }

    /** Applied imports go into the audit trail with what they changed; dry runs and refused files change nothing. */
    @Transactional
    public ImportReport importUnits(CurrentUser user, List<CsvFile.Row> csv, LocalDate validFrom, LocalDate validTo,
                                    boolean dryRun) {
        ImportReport report = apply(user, csv, validFrom, validTo, dryRun);
        if (report.applied()) {
            audit.record(AuditEntry.of(AuditAction.UNITS_IMPORTED, user).summary(report.kind())
                    .after(Map.of("kind", report.kind(), "created", report.created(), "updated", report.updated(),
                            "unchanged", report.unchanged(), "skipped", report.skipped().size())));
        }
        return report;
    }

    private ImportReport apply(CurrentUser user, List<CsvFile.Row> csv, LocalDate validFrom, LocalDate validTo,
                               boolean dryRun) {
        Access.requireSystemAdmin(user);
        List<ImportReport.RejectedLine> rejected = new ArrayList<>();
        Map<String, Integer> header = header(csv);
        List<String> missing = missingColumns(header);
        if (!missing.isEmpty()) {
            rejected.add(new ImportReport.RejectedLine(1, null, "roster.import.reject.columns",
                    List.of(String.join(", ", missing))));
            return new ImportReport("UNITS", validFrom, validTo, 0, 0, 0, rejected, false, dryRun);
        }
        boolean hasDistrictColumn = header.containsKey("district_code");
        List<Row> rows = readRows(csv, header, hasDistrictColumn, rejected);

        UnitLevel level = dominantLevel(rows);
        String kind = kindOf(level);
        rows.stream().filter(r -> r.type().level() != level).forEach(r -> rejected.add(new ImportReport.RejectedLine(
                r.line(), r.code(), "roster.import.reject.mixedLevels", List.of(r.type().label()))));
        Period period = period(validFrom, validTo, rows, level, hasDistrictColumn);
        if (period.to() != null && period.to().isBefore(period.from())) {
            rejected.add(new ImportReport.RejectedLine(0, null, "roster.import.reject.period", List.of()));
        }
        if (!rejected.isEmpty()) {
            return report(kind, period.from(), period.to(), 0, 0, 0, rejected, false, dryRun);
        }

        jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, IMPORT_LOCK);
        Map<String, Existing> parents = parentsFor(level, hasDistrictColumn, period.from(), period.to());
        Map<String, Existing> existing = unitsOverlapping(Set.of(level), period.from(), period.to());
        rejectUnknownParents(rows, level, parents, rejected);
        if (!rejected.isEmpty()) {
            return report(kind, period.from(), period.to(), 0, 0, 0, rejected, false, dryRun);
        }
        Changes changes = changes(rows, level, parents, existing);
        if (!dryRun) write(changes, parents, existing, level, period);
        return report(kind, period.from(), period.to(), changes.toCreate().size(), changes.updatedIds(existing).size(),
                changes.unchanged(), rejected, !dryRun, dryRun);
    }

    private static List<String> missingColumns(Map<String, Integer> header) {
        List<String> missing = List.of("code", "name", "type").stream().filter(c -> !header.containsKey(c)).toList();
        if (missing.isEmpty() && header.containsKey("district_code") && !header.containsKey("province_code")) {
            return List.of("province_code");
        }
        return missing;
    }

    private static String kindOf(UnitLevel level) {
        return switch (level) {
            case PROVINCE, CENTRAL -> "PROVINCES";
            case DISTRICT -> "DISTRICTS";
            case COMMUNE -> "COMMUNES";
        };
    }

    private record Period(LocalDate from, LocalDate to) {
    }

    /**
     * The period typed, or else the one the list describes: a list with districts, townships or a province ended in
     * 2025 is of the map before the reform, anything else of the map since.
     */
    private static Period period(LocalDate validFrom, LocalDate validTo, List<Row> rows, UnitLevel level,
                                 boolean hasDistrictColumn) {
        if (validFrom == null && validTo == null) {
            boolean before2025 = hasDistrictColumn || level == UnitLevel.DISTRICT
                    || rows.stream().anyMatch(r -> r.type() == UnitType.TOWNSHIP)
                    || rows.stream().anyMatch(r -> PROVINCE_CODES_ENDED_2025.contains(
                            level == UnitLevel.PROVINCE ? r.code() : r.parentCode()));
            return before2025 ? new Period(PRE_2025_FROM, PRE_2025_TO) : new Period(REFORM_2025, null);
        }
        return new Period(validFrom == null ? PRE_2025_FROM : validFrom, validTo);
    }

    private static void rejectUnknownParents(List<Row> rows, UnitLevel level, Map<String, Existing> parents,
                                             List<ImportReport.RejectedLine> rejected) {
        for (Row row : rows) {
            String parentKey = level == UnitLevel.PROVINCE ? "TW" : row.parentCode();
            if (!parents.containsKey(parentKey)) {
                rejected.add(
                        new ImportReport.RejectedLine(row.line(), row.code(), "roster.import.reject.parentNotFound",
                                List.of(row.parentCode() == null ? "" : row.parentCode())));
            }
        }
    }

    /** What applying the rows would do: units to create, to rename, to move under another parent, left as they are. */
    private record Changes(List<Row> toCreate, List<Object[]> renames, Map<Row, Existing> moved, int unchanged) {

        Set<Long> updatedIds(Map<String, Existing> existing) {
            Set<Long> ids = renames.stream().map(r -> (Long) r[4]).collect(Collectors.toSet());
            moved.keySet().forEach(r -> ids.add(existing.get(r.code()).id()));
            return ids;
        }
    }

    private static Changes changes(List<Row> rows, UnitLevel level, Map<String, Existing> parents,
                                   Map<String, Existing> existing) {
        List<Row> toCreate = new ArrayList<>();
        List<Object[]> renames = new ArrayList<>();
        Map<Row, Existing> moved = new LinkedHashMap<>();
        int unchanged = 0;
        for (Row row : rows) {
            Existing current = existing.get(row.code());
            Existing parent = parents.get(level == UnitLevel.PROVINCE ? "TW" : row.parentCode());
            if (current == null) {
                toCreate.add(row);
                continue;
            }
            boolean sameNames = sameName(current.name(), row.name()) && sameName(current.fullName(), row.fullName())
                    && Objects.equals(current.nameEn(), row.nameEn()) && current.type() == row.type();
            boolean sameParent = Objects.equals(current.parentId(), parent.id());
            if (sameNames && sameParent) {
                unchanged++;
                continue;
            }
            if (!sameNames) {
                renames.add(new Object[]{row.name(), row.fullName(), row.nameEn(), row.type().name(), current.id()});
            }
            if (!sameParent) moved.put(row, parent);
        }
        return new Changes(toCreate, renames, moved, unchanged);
    }

    private void write(Changes changes, Map<String, Existing> parents, Map<String, Existing> existing,
                       UnitLevel level, Period period) {
        insert(changes.toCreate(), parents, level, period.from(), period.to());
        jdbc.batchUpdate("""
                update administrative_unit set name = ?, full_name = ?, name_en = ?, type = ?, version = version + 1
                where id = ?""", changes.renames());
        changes.moved().forEach((row, parent) -> reparent(existing.get(row.code()), parent));
    }

    private List<Row> readRows(List<CsvFile.Row> csv, Map<String, Integer> header, boolean hasDistrictColumn,
                               List<ImportReport.RejectedLine> rejected) {
        Map<String, Integer> seen = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (CsvFile.Row raw : csv.subList(1, csv.size())) {
            String code = clean(raw, header, "code");
            String name = clean(raw, header, "name");
            String typeLabel = clean(raw, header, "type");
            String fullName = clean(raw, header, "full_name");
            String nameEn = clean(raw, header, "name_en");
            String provinceCode = clean(raw, header, "province_code");
            String districtCode = clean(raw, header, "district_code");
            UnitType type = UnitType.fromLabel(typeLabel).orElse(null);
            if (type == null && OfficialText.of("UnitType.prefix.city").equalsIgnoreCase(typeLabel))
                type = UnitType.PROVINCIAL_CITY;
            String reason = null;
            List<Object> args = List.of();
            if (code == null || code.isEmpty()) {
                reason = "roster.import.reject.missingCode";
            } else if (type == null || type == UnitType.CENTRAL) {
                reason = "roster.import.reject.unknownType";
                args = List.of(typeLabel == null ? "" : typeLabel);
            } else if (!DIGITS.matcher(code).matches() || code.length() != type.level().codeLength()) {
                reason = "roster.import.reject.badCode";
                args = List.of(code, type.level().codeLength());
            } else if (name == null || name.isEmpty()) {
                reason = "roster.import.reject.missingName";
            } else if (name.length() > MAX_NAME || (nameEn != null && nameEn.length() > MAX_NAME)) {
                reason = "roster.import.reject.tooLong";
                args = List.of(MAX_NAME);
            } else if (fullName != null && fullName.length() > MAX_FULL_NAME) {
                reason = "roster.import.reject.tooLong";
                args = List.of(MAX_FULL_NAME);
            } else if (seen.containsKey(code)) {
                reason = "roster.import.reject.duplicate";
                args = List.of(code, seen.get(code));
            }
            String parentCode = null;
            if (reason == null && type.level() != UnitLevel.PROVINCE) {
                boolean underDistrict = type.level() == UnitLevel.COMMUNE && hasDistrictColumn;
                parentCode = underDistrict ? districtCode : provinceCode;
                int parentLength = underDistrict ? 3 : 2;
                if (parentCode == null || !DIGITS.matcher(parentCode).matches()
                        || parentCode.length() != parentLength) {
                    reason = "roster.import.reject.badParentCode";
                    args = List.of(parentCode == null ? "" : parentCode);
                }
            }
            if (reason != null) {
                rejected.add(new ImportReport.RejectedLine(raw.line(), code, reason, args));
                continue;
            }
            seen.put(code, raw.line());
            if (fullName == null || fullName.isEmpty()) fullName = typeLabel + " " + name;
            rows.add(new Row(raw.line(), code, name, fullName, nameEn == null || nameEn.isEmpty() ? null : nameEn,
                    type, parentCode));
        }
        return rows;
    }

    private static UnitLevel dominantLevel(List<Row> rows) {
        return rows.stream().collect(Collectors.groupingBy(r -> r.type().level(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(UnitLevel.PROVINCE);
    }

    private Map<String, Existing> parentsFor(UnitLevel level, boolean underDistricts, LocalDate from, LocalDate to) {
        return switch (level) {
            case PROVINCE, CENTRAL -> unitsOverlapping(Set.of(UnitLevel.CENTRAL), from, to);
            case DISTRICT -> unitsOverlapping(Set.of(UnitLevel.PROVINCE), from, to);
            case COMMUNE ->
                unitsOverlapping(Set.of(underDistricts ? UnitLevel.DISTRICT : UnitLevel.PROVINCE), from, to);
        };
    }

    /** Units of the given levels whose validity overlaps the period, by code (the latest version wins). */
    private Map<String, Existing> unitsOverlapping(Set<UnitLevel> levels, LocalDate from, LocalDate to) {
        List<Existing> found = jdbc.query("""
                select id, code, name, full_name, name_en, type, parent_id, path, level from administrative_unit
                where level = any (?) and daterange(valid_from, valid_to, '[]') && daterange(?, ?, '[]')
                order by valid_from""",
                (rs, n) -> new Existing(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("full_name"), rs.getString("name_en"), UnitType.valueOf(rs.getString("type")),
                        (Long) rs.getObject("parent_id"), rs.getString("path"),
                        UnitLevel.valueOf(rs.getString("level"))),
                levels.stream().map(Enum::name).toArray(String[]::new), Date.valueOf(from),
                to == null ? null : Date.valueOf(to));
        Map<String, Existing> byCode = new LinkedHashMap<>();
        found.forEach(e -> byCode.put(e.code(), e));
        return byCode;
    }

    private void insert(List<Row> rows, Map<String, Existing> parents, UnitLevel level, LocalDate from,
                        LocalDate to) {
        if (rows.isEmpty()) return;
        // Ids first, so that each path ("/1/<province>/<id>/") is written by the insert itself.
        List<Long> ids = jdbc.queryForList(
                "select nextval('administrative_unit_id_seq') from generate_series(1, ?)", Long.class, rows.size());
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Object[]> batch = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Existing parent = parents.get(level == UnitLevel.PROVINCE ? "TW" : row.parentCode());
            long id = ids.get(i);
            batch.add(new Object[]{id, row.code(), row.name(), row.fullName(), row.nameEn(), row.type().name(),
                    row.type().level().name(), parent.id(), parent.path() + id + "/", depthOf(parent.path()) + 1,
                    Date.valueOf(from), to == null ? null : Date.valueOf(to), now});
        }
        jdbc.batchUpdate(
                """
                        insert into administrative_unit (id, code, name, full_name, name_en, type, level, parent_id, path, depth,
                                                         valid_from, valid_to, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                batch);
    }

    /** Moves a unit and its whole subtree under a new parent: one update of the path prefix. */
    private void reparent(Existing unit, Existing newParent) {
        String newPath = newParent.path() + unit.id() + "/";
        int depthShift = depthOf(newPath) - depthOf(unit.path());
        jdbc.update("""
                update administrative_unit set path = ? || substring(path from ?), depth = depth + ?
                where path like ?""", newPath, unit.path().length() + 1, depthShift,
                VietnameseText.likeEscape(unit.path()) + "%");
        jdbc.update("update administrative_unit set parent_id = ?, version = version + 1 where id = ?",
                newParent.id(), unit.id());
    }

    private static int depthOf(String path) {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    private static boolean sameName(String a, String b) {
        return Objects.equals(VietnameseText.toneKey(a), VietnameseText.toneKey(b));
    }

    static Map<String, Integer> header(List<CsvFile.Row> csv) {
        Map<String, Integer> header = new HashMap<>();
        if (csv.isEmpty()) return header;
        List<String> names = csv.get(0).fields();
        for (int i = 0; i < names.size(); i++) {
            header.put(names.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return header;
    }

    static String clean(CsvFile.Row row, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null ? null : VietnameseText.clean(row.get(index));
    }

    private ImportReport report(String kind, LocalDate from, LocalDate to, int created, int updated, int unchanged,
                                List<ImportReport.RejectedLine> rejected, boolean applied, boolean dryRun) {
        if (!rejected.isEmpty() || dryRun) {
            // Nothing of a rejected file or a dry run may stay, not even the advisory lock's transaction effects.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        List<ImportReport.RejectedLine> sorted = rejected.stream()
                .sorted(Comparator.comparingInt(ImportReport.RejectedLine::line)).toList();
        return new ImportReport(kind, from, to, created, updated, unchanged, sorted, applied && rejected.isEmpty(),
                dryRun);
    }

}
