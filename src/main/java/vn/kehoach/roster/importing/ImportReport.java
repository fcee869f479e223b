package vn.kehoach.roster.importing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What an import did, or would have done: counts, and every rejected line with its reason. When any line is
 * rejected nothing is applied.
 *
 * @param kind     PROVINCES, DISTRICTS, COMMUNES or LINKS
 * @param applied  whether the changes were written (false for a rejected file or a dry run)
 */
public record ImportReport(String kind, LocalDate validFrom, LocalDate validTo, int created, int updated,
                           int unchanged, List<RejectedLine> rejected, List<RejectedLine> skipped, boolean applied,
                           boolean dryRun)
        implements
            Serializable {

    public ImportReport(String kind, LocalDate validFrom, LocalDate validTo, int created, int updated, int unchanged,
                        List<RejectedLine> rejected, boolean applied, boolean dryRun) {
        this(kind, validFrom, validTo, created, updated, unchanged, rejected, List.of(), applied, dryRun);
    }

    /** The same report, listing the lines that were left out on purpose (crosswalk lines without a match). */
    public ImportReport withSkipped(List<RejectedLine> lines) {
        return new ImportReport(kind, validFrom, validTo, created, updated, unchanged, rejected, List.copyOf(lines),
                applied, dryRun);
    }

    /** A line of the file that cannot be imported; {@code reason} is a message key with its arguments. */
    public record RejectedLine(int line, String code, String reason, List<Object> args)
            implements
                Serializable {
    }

    public boolean hasRejections() {
        return !rejected.isEmpty();
    }

    public int total() {
        return created + updated + unchanged;
    }
}
