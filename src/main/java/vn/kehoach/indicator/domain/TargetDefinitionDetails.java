package vn.kehoach.indicator.domain;

import java.time.Instant;

/** A target of the catalogue as the edit form shows it, with the version the edit is based on. */
public record TargetDefinitionDetails(long id, long version, TargetDefinitionCommand content, Instant updatedAt,
                                      String updatedBy) {
}
