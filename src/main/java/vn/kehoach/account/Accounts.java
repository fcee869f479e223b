package vn.kehoach.account;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.shared.security.Role;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Accounts for other modules: whom to notify about a report, and how to reach them. */
@Component
public class Accounts {

    /** An enabled account that can be told something; {@code email} may be null. */
    public record Contact(long userId, String username, String displayName, String email, long agencyId) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    Accounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Enabled accounts of the given agencies holding any of the roles, in one statement. */
    @Transactional(readOnly = true)
    public List<Contact> contactsOf(Collection<Long> agencyIds, Set<Role> roles) {
        if (agencyIds.isEmpty() || roles.isEmpty()) return List.of();
        return jdbc.query("""
                select u.id, u.username, u.display_name, u.email, u.agency_id from app_user u
                where u.enabled and u.agency_id in (:agencies)
                  and exists (select 1 from app_user_role r where r.user_id = u.id and r.role in (:roles))
                order by u.agency_id, u.display_name""",
                new MapSqlParameterSource("agencies", agencyIds)
                        .addValue("roles", roles.stream().map(Role::name).toList()),
                (rs, n) -> new Contact(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        rs.getString("email"), rs.getLong("agency_id")));
    }
}
