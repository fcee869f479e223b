package vn.kehoach.roster.domain;

import java.util.List;

/**
 * The units and agencies a reorganisation involves, read in a fixed number of statements, and the decisions about
 * them; recording applies exactly these decisions, so what the administrator confirmed is what happens.
 *
 * @param below          units carried over under the successor, top down
 * @param districtParent where the communes of a district that ends go
 * @param needsTemplates the heir gets its level's usual agencies before the old ones close
 */
record ReorganisationAnalysis(Reorganisation.Kind kind, List<AdministrativeUnit> olds,
                              List<AdministrativeUnit> existing, List<AdministrativeUnit> below,
                              AdministrativeUnit districtParent, List<AgencyFates.Decision> decisions,
                              boolean needsTemplates, ReorganisationPreview preview) {

    /** The kind of link between an old unit and each successor; the preview shows the same kind recording writes. */
    static UnitLink.Kind linkKind(Reorganisation.Kind kind, int predecessors) {
        return switch (kind) {
            case MERGE -> predecessors == 1 ? UnitLink.Kind.RENAME : UnitLink.Kind.MERGE;
            case SPLIT -> UnitLink.Kind.SPLIT;
            case ABOLISH_DISTRICT -> UnitLink.Kind.TRANSFER;
            case RENAME -> UnitLink.Kind.RENAME;
        };
    }
}
