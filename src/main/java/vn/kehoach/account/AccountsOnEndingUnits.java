package vn.kehoach.account;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.kehoach.roster.ReorganisationImpact;

import java.util.List;

/**
 * For a reorganisation's preview: the accounts in use at the agencies of the units that end. Each follows its
 * agency, or moves to the agency that takes over its people, or is disabled when none does
 * ({@link AgenciesClosedListener}). One statement.
 */
@Component
class AccountsOnEndingUnits implements ReorganisationImpact {

    private final NamedParameterJdbcTemplate jdbc;

    AccountsOnEndingUnits(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Section heldBy(Closing closing) {
        String title = "account.reorgImpact.title";
        String orphaned = "account.reorgImpact.orphaned";
        if (closing.agencyIds().isEmpty()) return new Section(30, title, orphaned, List.of());
        List<Item> items = jdbc.query("""
                select usr.id, usr.username, usr.display_name, usr.agency_id, a.unit_id, a.name as agency_name
                from app_user usr join agency a on a.id = usr.agency_id
                where usr.agency_id in (:agencies) and usr.enabled
                order by a.unit_id, a.sort_order, usr.username""",
                new MapSqlParameterSource("agencies", closing.agencyIds()),
                (rs, n) -> new Item(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("agency_id"),
                        "account.reorgImpact.item", List.of(rs.getString("display_name"), rs.getString("username")),
                        rs.getString("agency_name"), "/admin/accounts/" + rs.getLong("id"), null, null, false));
        return new Section(30, title, orphaned, items);
    }
}
