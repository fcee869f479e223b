package vn.kehoach.indicator.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.reporting.ReportAccepted;
import vn.kehoach.reporting.ReportReopened;
import vn.kehoach.reporting.ReporterKind;

import java.sql.Timestamp;

/**
 * Keeps the target values of accepted unit reports, the figures that roll up. Runs in the accepting transaction, so a
 * report's values count exactly when it is accepted. Agencies' reports are left out: their figures reach the unit's
 * own report through consolidation, and counting them again would count them twice.
 */
@Component
class AcceptedValues {

    private static final Logger log = LoggerFactory.getLogger(AcceptedValues.class);

    private final NamedParameterJdbcTemplate jdbc;

    AcceptedValues(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    void on(ReportAccepted event) {
        if (event.reporterKind() != ReporterKind.UNIT) return;
        forget(event.reportId());
        MapSqlParameterSource[] rows = event.targets().stream().map(t -> new MapSqlParameterSource()
                .addValue("report", event.reportId()).addValue("code", t.code())
                .addValue("unit", event.reporterUnitId())
                .addValue("year", event.year()).addValue("kind", event.kind().name())
                .addValue("at", Timestamp.from(event.acceptedAt()))
                .addValue("value", t.value()).addValue("num", t.numerator()).addValue("den", t.denominator())
                .addValue("male", t.valueMale()).addValue("female", t.valueFemale())
                .addValue("source", t.source()).addValue("note", t.note())).toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate(
                """
                        insert into indicator_value (report_id, target_code, unit_id, year, report_kind, accepted_at, value,
                                                     numerator, denominator, value_male, value_female, source, note)
                        values (:report, :code, :unit, :year, :kind, :at, :value, :num, :den, :male, :female, :source, :note)""",
                rows);
        log.debug("Report {}: {} target values count from now on", event.reportId(), rows.length);
    }

    @EventListener
    @Transactional
    void on(ReportReopened event) {
        forget(event.reportId());
    }

    private void forget(long reportId) {
        jdbc.update("delete from indicator_value where report_id = :id", new MapSqlParameterSource("id", reportId));
    }
}
