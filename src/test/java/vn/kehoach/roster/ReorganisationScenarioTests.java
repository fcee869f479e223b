package vn.kehoach.roster;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.kehoach.account.AccountCommand;
import vn.kehoach.account.AccountService;
import vn.kehoach.roster.domain.AgencyService;
import vn.kehoach.roster.domain.Reorganisation;
import vn.kehoach.roster.domain.ReorganisationCommand;
import vn.kehoach.roster.domain.ReorganisationService;
import vn.kehoach.roster.domain.UnitCommand;
import vn.kehoach.roster.domain.UnitService;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.support.Forms;
import vn.kehoach.support.Html;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The 2025 reform on a made-up province: communes merge into a new commune and their district ends on 1/7/2025;
 * the old units stay readable under their old names, and their people follow.
 */
@IntegrationTest
class ReorganisationScenarioTests {

    private static final LocalDate SINCE = LocalDate.of(2000, 1, 1);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @Autowired
    UnitService units;
    @Autowired
    AgencyService agencies;
    @Autowired
    ReorganisationService reorganisations;
    @Autowired
    AccountService accounts;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;

    private final CurrentUser admin = CurrentUser.system("test");

    @Test
    void abolishesADistrictAndMergesItsCommunesKeepingTheirHistory() {
        UnitRef province = units.create(admin, new UnitCommand("98", "Thử Nghiệm", "Tỉnh Thử Nghiệm", null,
                UnitType.PROVINCE, null, SINCE, null));
        UnitRef district = units.create(admin, new UnitCommand("980", "Sông Cầu", "Huyện Sông Cầu", null,
                UnitType.RURAL_DISTRICT, province.id(), SINCE, null));
        UnitRef townlet = units.create(admin, new UnitCommand("98001", "Sông Cầu", "Thị trấn Sông Cầu", null,
                UnitType.TOWNSHIP, district.id(), SINCE, null));
        UnitRef village = units.create(admin, new UnitCommand("98004", "Hòa Thuận", "Xã Hòa Thuận", null,
                UnitType.COMMUNE, district.id(), SINCE, null));
        UnitRef kept = units.create(admin, new UnitCommand("98007", "Tân Lập", "Xã Tân Lập", null,
                UnitType.COMMUNE, district.id(), SINCE, null));
        agencies.applyTemplates(admin, townlet.id());
        long police = jdbc.queryForObject(
                "select id from agency where unit_id = ? and name = 'Công an thị trấn Sông Cầu'",
                Long.class, townlet.id());
        long officer = accounts.create(admin, new AccountCommand("congan.songcau", "Nguyễn Văn Cầu", police,
                Set.of(Role.REPORTER), null, null)).id();

        // 1) Two communes merge into a new commune directly under the province.
        reorganisations.record(admin, new ReorganisationCommand(
                Reorganisation.Kind.MERGE, REFORM, List.of(townlet.id(), village.id()),
                List.of(new ReorganisationCommand.NewUnit("98001", "Sông Cầu", "Xã Sông Cầu", null, UnitType.COMMUNE,
                        province.id())),
                List.of(), ReorganisationCommand.AgencyDisposition.CLOSE, "NQ thử nghiệm"));
        // 2) The district ends; its remaining commune moves to the province.
        reorganisations.record(admin, new ReorganisationCommand(
                Reorganisation.Kind.ABOLISH_DISTRICT, REFORM, List.of(district.id()),
                List.of(), List.of(), ReorganisationCommand.AgencyDisposition.CLOSE, null));

        UnitRef merged = units.findByCodeAt("98001", REFORM).orElseThrow();
        assertThat(merged.fullName()).isEqualTo("Xã Sông Cầu");
        assertThat(merged.parentId()).isEqualTo(province.id());
        assertThat(units.get(townlet.id()).validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(units.get(district.id()).validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        UnitRef keptAfter = units.findByCodeAt("98007", REFORM).orElseThrow();
        assertThat(keptAfter.parentId()).isEqualTo(province.id());
        assertThat(keptAfter.id()).isNotEqualTo(kept.id());

        // Before the date the district and its communes read as they were, under their old names.
        MvcTestResult before = mvc.get().uri("/api/units?parent=980&at=2025-06-01").with(logins.as("admin")).exchange();
        assertThat(before).hasStatusOk().bodyText()
                .contains("Thị trấn Sông Cầu").contains("Xã Hòa Thuận").contains("Xã Tân Lập")
                .doesNotContain("Xã Sông Cầu");
        MvcTestResult after = mvc.get().uri("/api/units?parent=98&at=2025-08-01").with(logins.as("admin")).exchange();
        assertThat(after).hasStatusOk().bodyText()
                .contains("Xã Sông Cầu").contains("Xã Tân Lập").doesNotContain("Huyện Sông Cầu")
                .doesNotContain("Hòa Thuận");

        // The new commune's page shows where it came from; the old one's still shows its own name.
        assertThat(mvc.get().uri("/roster/units/" + merged.id()).with(logins.as("admin"))).hasStatusOk().bodyText()
                .contains("Thị trấn Sông Cầu").contains("Xã Hòa Thuận");
        assertThat(mvc.get().uri("/roster/units/" + townlet.id()).with(logins.as("admin"))).hasStatusOk().bodyText()
                .contains("Thị trấn Sông Cầu").contains("Xã Sông Cầu");

        // The police officer now works for the new commune's police, and sees the old commune's history.
        Long newAgency = jdbc.queryForObject("select agency_id from app_user where id = ?", Long.class, officer);
        assertThat(jdbc.queryForObject("select name from agency where id = ?", String.class, newAgency))
                .isEqualTo("Công an xã Sông Cầu");
        assertThat(units.scopePaths(merged.id())).contains(units.get(townlet.id()).path(),
                units.get(village.id()).path());
        CurrentUser officerNow = logins.currentUser("congan.songcau");
        assertThat(officerNow.covers(units.get(townlet.id()).path())).isTrue();
        assertThat(officerNow.covers(units.get(kept.id()).path())).isFalse();
    }

    @Test
    void recordsAMergeThroughTheAdministratorsForm() {
        UnitRef province = units.create(admin, new UnitCommand("99", "Thử Hai", "Tỉnh Thử Hai", null,
                UnitType.PROVINCE, null, SINCE, null));
        UnitRef one = units.create(admin, new UnitCommand("99001", "Một", "Xã Một", null, UnitType.COMMUNE,
                province.id(), SINCE, null));
        UnitRef two = units.create(admin, new UnitCommand("99004", "Hai", "Xã Hai", null, UnitType.COMMUNE,
                province.id(), SINCE, null));

        MvcTestResult preview = mvc.post().uri("/roster/reorganisations/preview").with(logins.as("admin")).with(csrf())
                .param("kind", "MERGE").param("effectiveOn", "01/07/2025")
                .param("predecessorIds", String.valueOf(one.id()), String.valueOf(two.id()))
                .param("newUnits[0].code", "99001").param("newUnits[0].name", "Một Hai")
                .param("newUnits[0].type", "COMMUNE").param("newUnits[0].parentId", String.valueOf(province.id()))
                .param("agencies", "CLOSE").exchange();
        assertThat(preview).hasStatusOk();
        MvcTestResult ok = mvc.post().uri("/roster/reorganisations").with(logins.as("admin")).with(csrf())
                .params(Forms.fields(Html.body(preview), "#confirm-form"))
                .exchange();
        assertThat(ok).hasStatus3xxRedirection();
        assertThat(units.findByCodeAt("99001", REFORM))
                .hasValueSatisfying(u -> assertThat(u.fullName()).isEqualTo("Xã Một Hai"));
        assertThat(units.findByCodeAt("99004", REFORM)).isEmpty();
    }
}
