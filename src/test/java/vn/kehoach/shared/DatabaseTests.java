package vn.kehoach.shared;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kehoach.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DatabaseTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runsOnPostgres17() {
        assertThat(jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class))
                .isBetween(170000, 179999);
    }

    @Test
    void hasUnaccentAndTrigramExtensions() {
        assertThat(jdbc.queryForList("select extname from pg_extension", String.class))
                .contains("unaccent", "pg_trgm");
    }

    @Test
    void foldsVietnameseDiacriticsAndCaseWithAnIndexableFunction() {
        assertThat(jdbc.queryForObject("select f_unaccent('Phường Đăk Cấm')", String.class))
                .isEqualTo("phuong dak cam");
        assertThat(jdbc.queryForObject("select provolatile from pg_proc where proname = 'f_unaccent'", String.class))
                .isEqualTo("i");
    }

    @Test
    void sortsVietnameseWithTheIcuCollation() {
        assertThat(jdbc.queryForList(
                "select n from (values ('Đông'), ('Dương'), ('Ea')) v(n) order by n collate \"vi-x-icu\"",
                String.class)).containsExactly("Dương", "Đông", "Ea");
    }
}
