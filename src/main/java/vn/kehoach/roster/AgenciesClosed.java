package vn.kehoach.roster;

import java.time.LocalDate;
import java.util.Map;

/**
 * Published when a reorganisation closes agencies. Maps each closed agency to the agency that takes over its people
 * (null when none does), so that the accounts module can move or disable their accounts in the same transaction.
 */
public record AgenciesClosed(LocalDate effectiveOn, Map<Long, Long> successorByAgency) {
}
