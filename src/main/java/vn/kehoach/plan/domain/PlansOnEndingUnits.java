package vn.kehoach.plan.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.kehoach.roster.ReorganisationImpact;

import java.util.List;

/**
 * For a reorganisation's preview: the plans of the units that end which are still being drafted, waiting or in
 * force for the year of the change or later. They keep their unit (and the name it had); the successor's people
 * see and carry them on through the link to it. One statement.
 */
@Component
class PlansOnEndingUnits implements ReorganisationImpact {

    private final NamedParameterJdbcTemplate jdbc;

    PlansOnEndingUnits(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Section heldBy(Closing closing) {
        if (closing.unitIds().isEmpty()) return new Section(10, "plan.reorgImpact.title", null, List.of());
        List<Item> items = jdbc.query("""
                select p.id, p.issuer_unit_id, p.title, p.number, p.symbol, p.year, p.status
                from plan p
                where p.issuer_unit_id in (:units)
                  and (p.status in ('DRAFT', 'SUBMITTED', 'RETURNED')
                       or (p.status = 'ISSUED' and p.year >= :year))
                order by p.issuer_unit_id, p.year desc, p.id""",
                new MapSqlParameterSource("units", closing.unitIds())
                        .addValue("year", closing.effectiveOn().getYear()),
                (rs, n) -> {
                    String number = rs.getString("number");
                    String reference = (number == null || number.isBlank() ? "" : number + "/")
                            + rs.getString("symbol");
                    return new Item(rs.getLong("id"), rs.getLong("issuer_unit_id"), null, "plan.reorgImpact.item",
                            List.of(rs.getString("title")), reference, "/plans/" + rs.getLong("id"),
                            "PlanStatus." + rs.getString("status"), null, false);
                });
        return new Section(10, "plan.reorgImpact.title", null, items);
    }
}
