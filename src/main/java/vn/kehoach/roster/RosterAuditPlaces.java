package vn.kehoach.roster;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.kehoach.audit.AuditPlaces;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Tells the audit trail where a unit or an agency sits, one indexed lookup per record. */
@Component
class RosterAuditPlaces implements AuditPlaces {

    private final NamedParameterJdbcTemplate jdbc;

    RosterAuditPlaces(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Place> ofUnit(long unitId) {
        return jdbc.query("select id, path, full_name from administrative_unit where id = :id",
                new MapSqlParameterSource("id", unitId), (rs, n) -> place(rs)).stream().findFirst();
    }

    @Override
    public Optional<Place> ofAgency(long agencyId) {
        return jdbc.query("""
                select u.id, u.path, u.full_name from agency a join administrative_unit u on u.id = a.unit_id
                where a.id = :id""", new MapSqlParameterSource("id", agencyId), (rs, n) -> place(rs))
                .stream().findFirst();
    }

    private static Place place(ResultSet rs) throws SQLException {
        return new Place(rs.getLong("id"), rs.getString("path"), rs.getString("full_name"));
    }
}
