package vn.kehoach.roster.web;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.kehoach.roster.importing.CrosswalkImportService;
import vn.kehoach.roster.importing.ImportReport;
import vn.kehoach.roster.importing.UnitImportService;
import vn.kehoach.shared.security.Access;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.text.CsvFile;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The upload side of an import, shared by the page and the JSON API: reads the file as UTF-8 CSV and sends it to the
 * unit list or the crosswalk import by its columns.
 */
@Component
class UnitImports {

    /** The national commune list is about 1 MB; anything far larger is not a unit list. */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    /**
     * Lines of data: the longest official list (the communes before 2025, and their crosswalk) has about 10,600; a file
     * twice as long is not one of them, and would hold the import's transaction for minutes.
     */
    static final int MAX_ROWS = 20_000;

    private final UnitImportService units;
    private final CrosswalkImportService crosswalks;

    UnitImports(UnitImportService units, CrosswalkImportService crosswalks) {
        this.units = units;
        this.crosswalks = crosswalks;
    }

    ImportReport run(CurrentUser user, MultipartFile file, LocalDate validFrom, LocalDate validTo,
                     boolean skipUnmatched, boolean dryRun) {
        Access.requireSystemAdmin(user);
        if (file == null || file.isEmpty()) return refused("roster.import.reject.emptyFile");
        if (file.getSize() > MAX_BYTES) return refused("roster.import.reject.tooLarge");
        List<CsvFile.Row> rows;
        try {
            rows = CsvFile.parse(CsvFile.decodeUtf8(file.getBytes()));
        } catch (CsvFile.NotTextException | IOException e) {
            return refused("roster.import.reject.notCsv");
        }
        if (rows.size() < 2) return refused("roster.import.reject.noRows");
        if (rows.size() - 1 > MAX_ROWS) return refused("roster.import.reject.tooManyRows", MAX_ROWS);
        if (CrosswalkImportService.isCrosswalk(rows)) {
            String source = "crosswalk:" + (file.getOriginalFilename() == null ? "" : file.getOriginalFilename());
            return crosswalks.importLinks(user, rows, source, validFrom, skipUnmatched, dryRun);
        }
        return units.importUnits(user, rows, validFrom, validTo, dryRun);
    }

    private static ImportReport refused(String key, Object... args) {
        return new ImportReport("UNKNOWN", null, null, 0, 0, 0,
                List.of(new ImportReport.RejectedLine(0, null, key, List.of(args))), false, false);
    }
}
