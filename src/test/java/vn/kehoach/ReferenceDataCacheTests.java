package vn.kehoach;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kehoach.indicator.domain.Catalogue;
import vn.kehoach.roster.Agencies;
import vn.kehoach.roster.UnitSearch;
import vn.kehoach.roster.UnitSummary;
import vn.kehoach.roster.Units;
import vn.kehoach.roster.domain.UnitService;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.SqlStatementCounter;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Units, agencies and the strategy catalogue are kept in memory, yet a change written by any means (here plain SQL,
 * as a script, an import or the other node would) shows at once, and a transaction sees its own change.
 */
@IntegrationTest
class ReferenceDataCacheTests {

    @Autowired
    Units units;
    @Autowired
    Agencies agencies;
    @Autowired
    UnitService unitSearch;
    @Autowired
    Catalogue catalogue;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    SqlStatementCounter sql;

    @Test
    void aUnitIsReadOnceThenAgainOnlyAfterTheRosterChanged() {
        long id = jdbc.queryForObject("select id from administrative_unit where code = '51' and valid_to is null",
                Long.class);
        String name = units.get(id).fullName();
        List<String> again = sql.statementsDuring(() -> assertThat(units.get(id).fullName()).isEqualTo(name));
        assertThat(again).noneMatch(statement -> statement.contains("from administrative_unit"));
        try {
            jdbc.update("update administrative_unit set full_name = full_name || ' (đổi tên)' where id = ?", id);
            assertThat(units.get(id).fullName()).isEqualTo(name + " (đổi tên)");
            assertThat(last(units.chain(id)).fullName()).isEqualTo(name + " (đổi tên)");
        } finally {
            jdbc.update("update administrative_unit set full_name = ? where id = ?", name, id);
        }
        assertThat(units.get(id).fullName()).isEqualTo(name);
    }

    /** The autocomplete's short searches are kept, and a renamed unit is found by them at once. */
    @Test
    void aShortUnitSearchIsKeptUntilTheRosterChanges() {
        long id = jdbc.queryForObject("select id from administrative_unit where code = '51' and valid_to is null",
                Long.class);
        String name = units.get(id).fullName();
        UnitSearch search = new UnitSearch("qz", null, null, null, null, LocalDate.now(), 0, 10);
        assertThat(unitSearch.search(search).content()).isEmpty();
        List<String> again = sql.statementsDuring(() -> assertThat(unitSearch.search(search).content()).isEmpty());
        assertThat(again).noneMatch(statement -> statement.contains("from administrative_unit"));
        try {
            jdbc.update("update administrative_unit set full_name = full_name || ' Qz' where id = ?", id);
            assertThat(unitSearch.search(search).content()).extracting(UnitSummary::id).containsExactly(id);
        } finally {
            jdbc.update("update administrative_unit set full_name = ? where id = ?", name, id);
        }
        assertThat(unitSearch.search(search).content()).isEmpty();
    }

    @Test
    void anAgencyRenamedOrClosedShowsAtOnce() {
        long id = jdbc.queryForObject("""
                select a.id from agency a join administrative_unit u on u.id = a.unit_id
                where u.code = '51' and u.valid_to is null and a.name like 'Sở Nội vụ%' and a.valid_to is null""",
                Long.class);
        long unitId = jdbc.queryForObject("select unit_id from agency where id = ?", Long.class, id);
        var today = LocalDate.now();
        String name = agencies.find(id).orElseThrow().name();
        assertThat(agencies.activeOf(unitId, today)).anyMatch(a -> a.id() == id);
        try {
            jdbc.update("update agency set name = name || ' (đổi tên)', valid_to = ? where id = ?",
                    today.minusDays(1), id);
            assertThat(agencies.find(id).orElseThrow().name()).isEqualTo(name + " (đổi tên)");
            assertThat(agencies.findAll(List.of(id))).singleElement()
                    .satisfies(a -> assertThat(a.name()).isEqualTo(name + " (đổi tên)"));
            assertThat(agencies.activeOf(unitId, today)).noneMatch(a -> a.id() == id);
        } finally {
            jdbc.update("update agency set name = ?, valid_to = null where id = ?", name, id);
        }
        assertThat(agencies.activeOf(unitId, today)).anyMatch(a -> a.id() == id);
    }

    @Test
    void theCatalogueShowsAChangedWordingAtOnce() {
        Catalogue.Entry first = catalogue.entries(false).get(0);
        String wording = jdbc.queryForObject("select wording from indicator_target where id = ?", String.class,
                first.id());
        try {
            jdbc.update("update indicator_target set wording = wording || ' (sửa)' where id = ?", first.id());
            assertThat(catalogue.entries(false).get(0).target().wording()).isEqualTo(wording + " (sửa)");
        } finally {
            jdbc.update("update indicator_target set wording = ? where id = ?", wording, first.id());
        }
        assertThat(catalogue.entries(false).get(0).target().wording()).isEqualTo(wording);
    }

    @Test
    void aTransactionThatWroteReadsItsOwnChange() {
        long id = jdbc.queryForObject("select id from administrative_unit where code = '51' and valid_to is null",
                Long.class);
        String name = units.get(id).fullName();
        transactions.executeWithoutResult(status -> {
            jdbc.update("update administrative_unit set full_name = 'Tỉnh Thử' where id = ?", id);
            assertThat(units.get(id).fullName()).isEqualTo("Tỉnh Thử");
            status.setRollbackOnly();
        });
        assertThat(units.get(id).fullName()).isEqualTo(name);
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
