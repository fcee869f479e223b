package vn.kehoach.roster.web;

import org.springframework.web.multipart.MultipartFile;

import java.time.LocalDate;

/**
 * The administrator's import of an official list: the file, the validity it overrides, and how to treat unmatched
 * lines. A browser never gives a chosen file back to a page, so when the form comes back only the file's name does.
 */
public class UnitImportForm {

    private MultipartFile file;

    private LocalDate validFrom;

    private LocalDate validTo;

    private boolean skipUnmatched;

    private boolean dryRun;

    /** The chosen file's name; null when none was chosen. */
    String fileName() {
        return file == null || file.isEmpty() ? null : file.getOriginalFilename();
    }

    public MultipartFile getFile() { return file; }
    public void setFile(MultipartFile file) { this.file = file; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public boolean isSkipUnmatched() { return skipUnmatched; }
    public void setSkipUnmatched(boolean skipUnmatched) { this.skipUnmatched = skipUnmatched; }
    public boolean isDryRun() { return dryRun; }
    public void setDryRun(boolean dryRun) { this.dryRun = dryRun; }
}
