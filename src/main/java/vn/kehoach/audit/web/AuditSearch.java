package vn.kehoach.audit.web;

import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditObject;

import java.time.LocalDate;

/**
 * What an administrator looks for in the audit trail.
 *
 * @param person  part of the name or username of who acted (accents and case ignored)
 * @param unitId  the unit whose subtree the records belong to
 * @param from    first day, inclusive (Vietnam time)
 * @param to      last day, inclusive
 */
record AuditSearch(String person, Long unitId, AuditObject objectType, String objectId, AuditAction action,
                   LocalDate from, LocalDate to, int page, int size) {
}
