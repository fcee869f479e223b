package vn.kehoach.reporting.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.kehoach.account.Accounts;
import vn.kehoach.reporting.Notice;
import vn.kehoach.reporting.NoticeArg;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * In-app notifications. They hold a message key and its arguments, not text, so that each user reads them in their
 * own language.
 */
@Component
public class Notifications {

    public enum Kind {
        REMINDER, OVERDUE, SUBMITTED, APPROVAL, RETURNED, ACCEPTED, UNLOCKED, SENT_BACK, CONTRIBUTION, PLAN_SUBMITTED, PLAN_RETURNED, PLAN_ISSUED, PLAN_TO_IMPLEMENT, PLAN_PARENT_AMENDED
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;

    Notifications(NamedParameterJdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void send(Collection<Accounts.Contact> to, Kind kind, String messageKey, List<NoticeArg> args, String link,
                     Instant at) {
        List<MapSqlParameterSource> rows = new ArrayList<>();
        String argArray = json.writeValueAsString(args);
        to.stream().map(Accounts.Contact::userId).distinct().forEach(userId -> rows.add(
                new MapSqlParameterSource("user", userId).addValue("kind", kind.name()).addValue("key", messageKey)
                        .addValue("args", argArray).addValue("link", link).addValue("at", Timestamp.from(at))));
        if (rows.isEmpty()) return;
        jdbc.batchUpdate("""
                insert into notification (user_id, kind, message_key, arguments, link, created_at)
                values (:user, :kind, :key, cast(:args as jsonb), :link, :at)""",
                rows.toArray(MapSqlParameterSource[]::new));
    }

    /** The user's latest notifications, newest first; one statement. */
    public List<Notice> latest(long userId, int limit, boolean unreadOnly) {
        return page(userId, limit, 0, unreadOnly);
    }

    /** The user's notifications from the {@code offset}-th newest on; one statement. */
    public List<Notice> page(long userId, int limit, long offset, boolean unreadOnly) {
        return jdbc.query("select id, kind, message_key, arguments, link, created_at, read_at from notification"
                + " where user_id = :user" + (unreadOnly ? " and read_at is null" : "")
                + " order by created_at desc, id desc limit :limit offset :offset",
                new MapSqlParameterSource("user", userId).addValue("limit", limit).addValue("offset", offset),
                (rs, n) -> new Notice(
                        rs.getLong("id"), rs.getString("kind"), rs.getString("message_key"),
                        List.of(json.readValue(rs.getString("arguments"), NoticeArg[].class)), rs.getString("link"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getObject("read_at") != null));
    }

    public long unread(long userId) {
        Long n = jdbc.queryForObject("select count(*) from notification where user_id = :user and read_at is null",
                new MapSqlParameterSource("user", userId), Long.class);
        return n == null ? 0 : n;
    }

    /** Marks one notification of the user read; returns its link, if it is theirs. */
    public Optional<String> markRead(long userId, long id, Instant at) {
        List<String> links = jdbc.query("""
                update notification set read_at = coalesce(read_at, :at) where id = :id and user_id = :user
                returning coalesce(link, '')""", new MapSqlParameterSource("id", id).addValue("user", userId)
                .addValue("at", Timestamp.from(at)), (rs, n) -> rs.getString(1));
        return links.stream().findFirst();
    }

    public int markAllRead(long userId, Instant at) {
        return jdbc.update("update notification set read_at = :at where user_id = :user and read_at is null",
                new MapSqlParameterSource("user", userId).addValue("at", Timestamp.from(at)));
    }
}
