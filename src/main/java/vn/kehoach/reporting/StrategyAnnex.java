package vn.kehoach.reporting;

import vn.kehoach.officialdoc.DocumentTable;

import java.util.Optional;

/**
 * The annex on the strategy targets that a unit's report carries ("Kết quả thực hiện các chỉ tiêu…": target, last
 * year, this year, attained or not), provided by the indicator module, which keeps the figures rolled up from the
 * accepted reports below.
 */
public interface StrategyAnnex {

    /** The table for a unit and year under the given heading ("Phụ lục I"), or empty when no target applies. */
    Optional<DocumentTable> forUnit(long unitId, int year, String heading, String subtitle);
}
