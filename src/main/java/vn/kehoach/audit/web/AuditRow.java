package vn.kehoach.audit.web;

import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditObject;

import java.time.Instant;

/** One record of the audit trail as the search page and the export show it; before and after are JSON text. */
record AuditRow(long id, Instant at, AuditAction action, AuditObject objectType, String objectId, Long actorId,
                String actorUsername, String actorName, String address, String unitName, String summary,
                String before, String after) {
}
