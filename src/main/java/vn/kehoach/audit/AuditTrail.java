package vn.kehoach.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * Writes the audit trail. {@link #record} joins the caller's transaction, so a change and its record are kept or
 * rolled back together; {@link #recordIndependently} commits on its own, for what must stay on record although the
 * caller then fails (a refused attempt, a failed sign-in).
 * <p>
 * The address is the client's as the servlet container reports it: behind a reverse proxy, Tomcat's RemoteIpValve
 * takes it from X-Forwarded-For only when the proxy is one of the configured trusted ones (see docs/SECURITY.md).
 */
@Component
public class AuditTrail {

    /** Longest text kept in one column; longer values (a pasted essay as a reason) are cut. */
    private static final int MAX_TEXT = 2000;
    private static final Pattern NUL_ESCAPE = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u0000");

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectProvider<AuditPlaces> places;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate independent;

    AuditTrail(NamedParameterJdbcTemplate jdbc, ObjectProvider<AuditPlaces> places, JsonMapper json, Clock clock,
               PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.places = places;
        this.json = json;
        this.clock = clock;
        this.independent = new TransactionTemplate(transactions);
        this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void record(AuditEntry entry) {
        AuditPlaces.Place place = placeOf(entry);
        jdbc.update("""
                insert into audit_event (at, action, object_type, object_id, actor_id, actor_username, actor_name,
                                         address, unit_id, unit_path, unit_name, summary, before_value, after_value)
                values (:at, :action, :objectType, :objectId, :actorId, :actorUsername, :actorName, :address, :unitId,
                        :unitPath, :unitName, :summary, cast(:before as jsonb), cast(:after as jsonb))""",
                new MapSqlParameterSource("at", Timestamp.from(clock.instant()))
                        .addValue("action", entry.action().name())
                        .addValue("objectType", entry.action().object().name())
                        .addValue("objectId", cut(entry.objectId()))
                        .addValue("actorId", entry.actorId())
                        .addValue("actorUsername", cut(entry.actorUsername()))
                        .addValue("actorName", cut(entry.actorName()))
                        .addValue("address", clientAddress())
                        .addValue("unitId", place == null ? entry.unitId() : Long.valueOf(place.unitId()))
                        .addValue("unitPath", place == null ? null : place.path())
                        .addValue("unitName", place == null ? null : place.name())
                        .addValue("summary", cut(entry.summary()))
                        .addValue("before", toJson(entry.beforeValue()))
                        .addValue("after", toJson(entry.afterValue())));
    }

    public void recordIndependently(AuditEntry entry) {
        independent.executeWithoutResult(status -> record(entry));
    }

    private AuditPlaces.Place placeOf(AuditEntry entry) {
        if (entry.place() != null) return entry.place();
        AuditPlaces directory = places.getIfAvailable();
        if (directory == null) return null;
        if (entry.unitId() != null) return directory.ofUnit(entry.unitId()).orElse(null);
        if (entry.agencyId() != null) return directory.ofAgency(entry.agencyId()).orElse(null);
        return null;
    }

    private String toJson(Object value) {
        if (value == null) return null;
        // jsonb refuses the escaped NUL that JSON allows; an escaped backslash before "u0000" is text, kept as it is.
        return NUL_ESCAPE.matcher(json.writeValueAsString(value)).replaceAll("$1\\\\uFFFD");
    }

    /** PostgreSQL refuses NUL in text; the rest is kept as typed, cut to a bounded length. */
    private static String cut(String text) {
        if (text == null) return null;
        String clean = text.replace('\0', ' ');
        return clean.length() <= MAX_TEXT ? clean : clean.substring(0, MAX_TEXT);
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
