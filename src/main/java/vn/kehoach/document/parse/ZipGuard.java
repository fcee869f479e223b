package vn.kehoach.document.parse;

import java.util.Set;

/**
 * The application's archive guard ({@link vn.kehoach.shared.files.ZipGuard}) in the importer's terms: an unsafe or
 * damaged .docx is a {@link PlanParseException} with the reason the user is told.
 */
final class ZipGuard {

    /** The names found in the archive, for telling a .docx from an .xlsx or .odt. */
    record Contents(Set<String> names) {
        boolean isWordDocument() { return names.contains("word/document.xml"); }
    }

    private ZipGuard() {
    }

    static Contents inspect(byte[] zip) {
        try {
            return new Contents(vn.kehoach.shared.files.ZipGuard.inspect(zip).names());
        } catch (vn.kehoach.shared.files.ZipGuard.Refused e) {
            throw new PlanParseException(e.reason() == vn.kehoach.shared.files.ZipGuard.Reason.UNSAFE
                    ? PlanParseException.Reason.UNSAFE
                    : PlanParseException.Reason.CORRUPT, e);
        }
    }
}
