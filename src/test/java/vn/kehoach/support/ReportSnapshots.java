package vn.kehoach.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Puts demo reports back as they were, for tests that must write the demo's own reports (through their forms, as
 * their owners) while the other tests of the shared database count on the demo as it is: the report's row, every row
 * that hangs on it (found by their report_id column, whichever module added them) and the notifications sent since.
 */
@Component
public class ReportSnapshots {

    private final JdbcTemplate jdbc;

    ReportSnapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public final class Snapshot {

        private final List<Long> ids;
        private final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        private final long lastNotification;

        private Snapshot(List<Long> ids) {
            this.ids = ids;
            this.lastNotification = jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class);
            rows.put("report", select("report", "id"));
            for (String table : children()) rows.put(table, select(table, "report_id"));
        }

        /** Deletes what the test made and writes back every row as it was. */
        public void restore() {
            jdbc.update("delete from notification where id > ?", lastNotification);
            for (String table : children()) jdbc.update("delete from " + table + " where report_id in (" + in() + ")");
            jdbc.update("delete from report where id in (" + in() + ")");
            rows.forEach((table, list) -> list.forEach(row -> insert(table, row)));
        }

        private List<Map<String, Object>> select(String table, String column) {
            return jdbc.queryForList("select * from " + table + " where " + column + " in (" + in() + ")");
        }

        private String in() {
            return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
    }

    public Snapshot take(List<Long> reportIds) {
        return new Snapshot(List.copyOf(reportIds));
    }

    private List<String> children() {
        return jdbc.queryForList("""
                select c.table_name from information_schema.columns c
                join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
                where c.column_name = 'report_id' and c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                order by c.table_name""", String.class);
    }

    /** Writes a row back as it was: computed columns are computed again, identities keep their value. */
    private void insert(String table, Map<String, Object> row) {
        List<Map<String, Object>> meta = jdbc.queryForList("""
                select column_name, is_generated, identity_generation from information_schema.columns
                where table_schema = current_schema() and table_name = ?""", table);
        List<String> columns = new ArrayList<>();
        boolean identityAlways = false;
        for (Map<String, Object> m : meta) {
            if ("ALWAYS".equals(m.get("is_generated"))) continue;
            if ("ALWAYS".equals(m.get("identity_generation"))) identityAlways = true;
            columns.add((String) m.get("column_name"));
        }
        jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ")"
                + (identityAlways ? " overriding system value" : "") + " values ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")",
                columns.stream().map(row::get).toArray());
    }
}
