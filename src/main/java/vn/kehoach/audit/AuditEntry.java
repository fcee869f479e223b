package vn.kehoach.audit;

import vn.kehoach.shared.security.CurrentUser;

/**
 * One record for the audit trail, built by the module where the action happened:
 * {@code AuditEntry.of(AuditAction.PLAN_ISSUE, user).object(planId).unit(unitId).before(...).after(...)}.
 * The time and the client's address are added when it is recorded. Before and after values are any objects Jackson
 * writes as JSON (maps, records); they are kept as they were, not as the object is today.
 */
public final class AuditEntry {

    private final AuditAction action;
    private final Long actorId;
    private final String actorUsername;
    private final String actorName;
    private String objectId;
    private Long unitId;
    private Long agencyId;
    private AuditPlaces.Place place;
    private String summary;
    private Object before;
    private Object after;

    private AuditEntry(AuditAction action, Long actorId, String actorUsername, String actorName) {
        this.action = action;
        this.actorId = actorId;
        this.actorUsername = actorUsername;
        this.actorName = actorName;
    }

    /** Done by a signed-in user, or by the application itself ({@link CurrentUser#system}). */
    public static AuditEntry of(AuditAction action, CurrentUser actor) {
        return new AuditEntry(action, actor.id() == 0 ? null : actor.id(), actor.username(), actor.displayName());
    }

    /** Done by someone not signed in, known only by the name they typed (a failed sign-in). */
    public static AuditEntry anonymous(AuditAction action, String typedUsername) {
        return new AuditEntry(action, null, typedUsername, null);
    }

    /** Done by the named account outside a signed-in request (the sign-in itself). */
    public static AuditEntry account(AuditAction action, long accountId, String username, String displayName) {
        return new AuditEntry(action, accountId, username, displayName);
    }

    public AuditEntry object(Object id) {
        this.objectId = id == null ? null : String.valueOf(id);
        return this;
    }

    /** The unit the object belongs to: whose administrators may read this record. */
    public AuditEntry unit(Long unitId) {
        this.unitId = unitId;
        return this;
    }

    /**
     * The unit the object belongs to, with its place as the caller read it a moment ago (a page's view): the trail
     * does not look it up again.
     */
    public AuditEntry unit(AuditPlaces.Place place) {
        this.unitId = place.unitId();
        this.place = place;
        return this;
    }

    /** The unit of this agency, when the object belongs to an agency. */
    public AuditEntry agency(Long agencyId) {
        this.agencyId = agencyId;
        return this;
    }

    /** A short text: the reason given, the name of the object, what a file held. */
    public AuditEntry summary(String summary) {
        this.summary = summary;
        return this;
    }

    public AuditEntry before(Object before) {
        this.before = before;
        return this;
    }

    public AuditEntry after(Object after) {
        this.after = after;
        return this;
    }

    AuditPlaces.Place place() {
        return place;
    }

    AuditAction action() {
        return action;
    }

    Long actorId() {
        return actorId;
    }

    String actorUsername() {
        return actorUsername;
    }

    String actorName() {
        return actorName;
    }

    String objectId() {
        return objectId;
    }

    Long unitId() {
        return unitId;
    }

    Long agencyId() {
        return agencyId;
    }

    String summary() {
        return summary;
    }

    Object beforeValue() {
        return before;
    }

    Object afterValue() {
        return after;
    }
}
