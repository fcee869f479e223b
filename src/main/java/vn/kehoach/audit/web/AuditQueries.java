package vn.kehoach.audit.web;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.audit.AuditAction;
import vn.kehoach.audit.AuditObject;
import vn.kehoach.audit.AuditPlaces;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.text.VietnameseText;
import vn.kehoach.shared.web.NotFoundException;
import vn.kehoach.shared.web.PageResult;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reading the audit trail: a system administrator reads all of it, a unit administrator the records of their unit's
 * subtree (and of the units it succeeded). Two statements a page whatever its size: the count and the page.
 */
@Service
@Transactional(readOnly = true)
class AuditQueries {

    /** Most records one export carries; a narrower search exports the rest. */
    static final int EXPORT_LIMIT = 50_000;

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String COLUMNS = """
            select id, at, action, object_type, object_id, actor_id, actor_username, actor_name, address, unit_name,
                   summary, before_value::text as before_value, after_value::text as after_value
            from audit_event""";

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditPlaces places;

    AuditQueries(NamedParameterJdbcTemplate jdbc, AuditPlaces places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    static boolean mayRead(CurrentUser user) {
        return user.hasAny(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN);
    }

    PageResult<AuditRow> search(CurrentUser user, AuditSearch search) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(user, search, params);
        Long total = jdbc.queryForObject("select count(*) from audit_event" + where, params, Long.class);
        params.addValue("limit", search.size()).addValue("offset", (long) search.page() * search.size());
        List<AuditRow> rows = jdbc.query(COLUMNS + where + " order by at desc, id desc limit :limit offset :offset",
                params, (rs, n) -> row(rs));
        return new PageResult<>(rows, total == null ? 0 : total, search.page(), search.size());
    }

    /** The records of a search, newest first, up to {@link #EXPORT_LIMIT}, one at a time. */
    void export(CurrentUser user, AuditSearch search, Consumer<AuditRow> sink) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(user, search, params);
        params.addValue("limit", EXPORT_LIMIT);
        jdbc.query(COLUMNS + where + " order by at desc, id desc limit :limit", params,
                (RowCallbackHandler) rs -> sink.accept(row(rs)));
    }

    /** 404 for a unit outside the user's scope, before an export starts writing its answer. */
    void checkScope(CurrentUser user, AuditSearch search) {
        where(user, search, new MapSqlParameterSource());
    }

    private String where(CurrentUser user, AuditSearch search, MapSqlParameterSource params) {
        if (!mayRead(user)) throw new AccessDeniedException("administrators only");
        StringBuilder where = new StringBuilder(" where true");
        if (!user.isSystemAdmin()) {
            where.append(" and (false");
            for (int i = 0; i < user.scopePaths().size(); i++) {
                where.append(" or unit_path like :scope").append(i);
                params.addValue("scope" + i, VietnameseText.likeEscape(user.scopePaths().get(i)) + "%");
            }
            where.append(")");
        }
        if (search.unitId() != null) {
            // A unit outside the administrator's scope is one they do not know, as on every other page: 404.
            String path = places.ofUnit(search.unitId()).map(AuditPlaces.Place::path)
                    .filter(p -> user.isSystemAdmin() || user.covers(p))
                    .orElseThrow(() -> new NotFoundException("unit", search.unitId()));
            where.append(" and unit_path like :under");
            params.addValue("under", VietnameseText.likeEscape(path) + "%");
        }
        String person = typed(search.person());
        if (person != null && !person.isEmpty()) {
            where.append(
                    " and f_unaccent(coalesce(actor_name, '') || ' ' || coalesce(actor_username, '')) like :person");
            params.addValue("person", "%" + VietnameseText.likeEscape(VietnameseText.fold(person)) + "%");
        }
        if (search.objectType() != null) {
            where.append(" and object_type = :objectType");
            params.addValue("objectType", search.objectType().name());
        }
        String objectId = typed(search.objectId());
        if (objectId != null && !objectId.isEmpty()) {
            where.append(" and object_id = :objectId");
            params.addValue("objectId", objectId);
        }
        if (search.action() != null) {
            where.append(" and action = :action");
            params.addValue("action", search.action().name());
        }
        if (search.from() != null) {
            where.append(" and at >= :from");
            params.addValue("from", startOf(search.from()));
        }
        if (search.to() != null) {
            where.append(" and at < :to");
            params.addValue("to", startOf(search.to().plusDays(1)));
        }
        return where.toString();
    }

    /** What was typed in a search field, without control characters (PostgreSQL refuses NUL in text). */
    private static String typed(String text) {
        return text == null ? null : VietnameseText.clean(text.replaceAll("\\p{Cntrl}", ""));
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(VIETNAM).toInstant());
    }

    private static AuditRow row(ResultSet rs) throws SQLException {
        return new AuditRow(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                known(AuditAction.class, rs.getString("action")), known(AuditObject.class, rs.getString("object_type")),
                rs.getString("object_id"), (Long) rs.getObject("actor_id"), rs.getString("actor_username"),
                rs.getString("actor_name"), rs.getString("address"), rs.getString("unit_name"),
                rs.getString("summary"), rs.getString("before_value"), rs.getString("after_value"));
    }

    /** A record written by a later version may name an action this one does not know; it is shown without a label. */
    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
