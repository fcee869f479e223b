package vn.kehoach.roster.importing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditEntry;
import vn.kehoach.audit.AuditTrail;
import vn.kehoach.roster.UnitLevel;
import vn.kehoach.shared.security.Access;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.text.CsvFile;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports an old→new crosswalk (new_code,new_name,[new_province_code,]old_code,old_name,merge_type) as predecessor
 * links. They are suggestions: the crosswalk is machine-assisted, so an administrator confirms each before it counts
 * for history and data scope.
 */
@Service
public class CrosswalkImportService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    CrosswalkImportService(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public static boolean isCrosswalk(List<CsvFile.Row> csv) {
        Map<String, Integer> header = UnitImportService.header(csv);
        return header.containsKey("new_code") && header.containsKey("old_code");
    }

    /** Applied imports go into the audit trail with what they changed; dry runs and refused files change nothing. */
    @Transactional
    public ImportReport importLinks(CurrentUser user, List<CsvFile.Row> csv, String source, LocalDate effectiveOn,
                                    boolean skipUnmatched, boolean dryRun) {
        ImportReport report = apply(user, csv, source, effectiveOn, skipUnmatched, dryRun);
        if (report.applied()) {
            audit.record(AuditEntry.of(AuditAction.LINKS_IMPORTED, user).summary(report.kind())
                    .after(Map.of("kind", report.kind(), "created", report.created(), "updated", report.updated(),
                            "unchanged", report.unchanged(), "skipped", report.skipped().size())));
        }
        return report;
    }

    private ImportReport apply(CurrentUser user, List<CsvFile.Row> csv, String source, LocalDate effectiveOn,
                               boolean skipUnmatched, boolean dryRun) {
        Access.requireSystemAdmin(user);
        LocalDate on = effectiveOn == null ? UnitImportService.REFORM_2025 : effectiveOn;
        Map<String, Integer> header = UnitImportService.header(csv);
        List<ImportReport.RejectedLine> rejected = new ArrayList<>();
        if (!header.containsKey("new_code") || !header.containsKey("old_code")) {
            rejected.add(new ImportReport.RejectedLine(1, null, "roster.import.reject.columns",
                    List.of("new_code, old_code")));
            return finish(0, 0, rejected, on, dryRun);
        }
        Map<String, Long> before = unitsAt(on.minusDays(1));
        Map<String, Long> after = unitsAt(on);
        Set<String> existingLinks = new HashSet<>(jdbc.queryForList(
                "select predecessor_id || '>' || successor_id from unit_link", String.class));
        Map<String, Integer> seen = new HashMap<>();
        List<ImportReport.RejectedLine> unmatched = new ArrayList<>();
        List<Object[]> batch = new ArrayList<>();
        int unchanged = 0;
        for (CsvFile.Row row : csv.subList(1, csv.size())) {
            String newCode = UnitImportService.clean(row, header, "new_code");
            String oldCode = UnitImportService.clean(row, header, "old_code");
            String mergeType = UnitImportService.clean(row, header, "merge_type");
            Long oldId = oldCode == null ? null : before.get(levelKey(oldCode));
            Long newId = newCode == null ? null : after.get(levelKey(newCode));
            String pair = oldCode + ">" + newCode;
            if (oldId == null) {
                unmatched.add(new ImportReport.RejectedLine(row.line(), oldCode, "roster.import.reject.oldUnitNotFound",
                        List.of(oldCode == null ? "" : oldCode, DAY.format(on.minusDays(1)))));
            } else if (newId == null) {
                unmatched.add(new ImportReport.RejectedLine(row.line(), newCode, "roster.import.reject.newUnitNotFound",
                        List.of(newCode == null ? "" : newCode, DAY.format(on))));
            } else if (seen.containsKey(pair)) {
                rejected.add(new ImportReport.RejectedLine(row.line(), oldCode, "roster.import.reject.duplicateLink",
                        List.of(oldCode, newCode, seen.get(pair))));
            } else {
                seen.put(pair, row.line());
                if (existingLinks.contains(oldId + ">" + newId)) {
                    unchanged++;
                } else {
                    boolean partial = "partial".equalsIgnoreCase(mergeType);
                    batch.add(new Object[]{oldId, newId, partial ? "SPLIT" : "MERGE", partial, Date.valueOf(on),
                            source, OffsetDateTime.now(clock)});
                }
            }
        }
        // A machine-made crosswalk names units that the official lists do not have (communes merged earlier in 2025,
        // codes that differ between two decisions). The administrator may choose to take the lines that match and
        // see the others listed; otherwise they reject the file like any other bad line.
        if (!skipUnmatched) rejected.addAll(unmatched);
        if (rejected.isEmpty() && !dryRun) {
            jdbc.batchUpdate("""
                    insert into unit_link (predecessor_id, successor_id, kind, partial, effective_on, confirmed, source,
                                           created_at)
                    values (?, ?, ?, ?, ?, false, ?, ?)""", batch);
        }
        ImportReport report = finish(rejected.isEmpty() ? batch.size() : 0, unchanged, rejected, on, dryRun);
        return skipUnmatched && rejected.isEmpty() ? report.withSkipped(unmatched) : report;
    }

    /** Units valid on a date by level-qualified code: a 2-digit code is a province, 3 a district, 5 a commune. */
    private Map<String, Long> unitsAt(LocalDate date) {
        Map<String, Long> byKey = new HashMap<>();
        jdbc.query("""
                select id, code, level from administrative_unit
                where valid_from <= ? and (valid_to is null or valid_to >= ?) and level <> 'CENTRAL'""",
                rs -> {
                    byKey.put(rs.getString("level") + ":" + rs.getString("code"), rs.getLong("id"));
                }, Date.valueOf(date), Date.valueOf(date));
        return byKey;
    }

    private static String levelKey(String code) {
        UnitLevel level = switch (code.length()) {
            case 2 -> UnitLevel.PROVINCE;
            case 3 -> UnitLevel.DISTRICT;
            default -> UnitLevel.COMMUNE;
        };
        return level.name() + ":" + code;
    }

    private static ImportReport finish(int created, int unchanged, List<ImportReport.RejectedLine> rejected,
                                       LocalDate on, boolean dryRun) {
        if (!rejected.isEmpty() || dryRun) TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return new ImportReport("LINKS", on, null, created, 0, unchanged, rejected, rejected.isEmpty() && !dryRun,
                dryRun);
    }
}
