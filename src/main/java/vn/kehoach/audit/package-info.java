/**
 * The audit trail: an append-only record of who did what, when, from which address, in which unit, to which object,
 * with the values before and after — sign-ins, account and role changes, roster edits, imports, reorganisations,
 * every plan and report step, figure overrides and local targets. Other modules write to it through
 * {@link vn.kehoach.audit.AuditTrail}; it depends on nothing but {@code shared}, and learns where a unit sits in the
 * hierarchy through the {@link vn.kehoach.audit.AuditPlaces} interface the roster implements. Administrators search
 * and export it at {@code /admin/audit}; nothing in the application changes or deletes it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = "shared")
package vn.kehoach.audit;
