package vn.kehoach.roster.web;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.kehoach.roster.UnitLevel;
import vn.kehoach.roster.UnitSearch;
import vn.kehoach.roster.UnitSummary;
import vn.kehoach.roster.UnitType;
import vn.kehoach.roster.domain.UnitService;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.CurrentUserHolder;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.web.PageResult;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * The unit API's own rules, without a database: parameters read as the documentation says, bad dates refused with a
 * 400 problem, and the answer's JSON fields. Searching itself is {@link UnitService}'s, tested on the real database.
 */
// Only this controller and the shared web layer (argument resolvers, error answers): the other modules' web
// configuration would ask for their services.
@WebMvcTest(controllers = UnitApiController.class, useDefaultFilters = false, includeFilters = @Filter(type = FilterType.REGEX, pattern = {
        "vn\\.kehoach\\.roster\\.web\\.UnitApiController",
        "vn\\.kehoach\\.shared\\.web\\..*"}))
class UnitApiControllerSliceTests {

    private static final CurrentUser PROVINCE_ADMIN = new CurrentUser(7, "qn.admin", "Quản trị Quảng Ngãi",
            Set.of(Role.UNIT_ADMIN), 3L, "Sở Nội vụ", 51L, "51", "Tỉnh Quảng Ngãi", "/1/51/", "PROVINCE",
            List.of("/1/51/"));

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    UnitService units;

    @MockitoBean
    UnitImports imports;

    @MockitoBean
    Clock clock;

    private static Authentication signedIn(CurrentUser user) {
        record Principal(CurrentUser currentUser) implements CurrentUserHolder {
        }
        return new UsernamePasswordAuthenticationToken(new Principal(user), null, List.of());
    }

    @Test
    void listsUnitsValidOnTheDateAskedWithTheDocumentedFields() {
        when(units.search(any())).thenReturn(new PageResult<>(List.of(new UnitSummary(5L, "22015", "Ba Tơ",
                "Xã Ba Tơ", UnitType.COMMUNE, UnitLevel.COMMUNE, 51L, "51", "Tỉnh Quảng Ngãi", LocalDate.of(2025, 7, 1),
                null)), 1, 0, 10));

        assertThat(
                mvc.get().uri("/api/units?q=ba&size=10&at=2025-07-01").with(authentication(signedIn(PROVINCE_ADMIN))))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$.content[0].name", v -> v.assertThat().isEqualTo("Xã Ba Tơ"))
                .hasPathSatisfying("$.content[0].type", v -> v.assertThat().isEqualTo("Xã"))
                .hasPathSatisfying("$.content[0].parentCode", v -> v.assertThat().isEqualTo("51"))
                .hasPathSatisfying("$.totalElements", v -> v.assertThat().isEqualTo(1));
        ArgumentCaptor<UnitSearch> search = ArgumentCaptor.forClass(UnitSearch.class);
        verify(units).search(search.capture());
        assertThat(search.getValue().at()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void refusesADateThatDoesNotExistWithA400ProblemAndSearchesNothing() {
        assertThat(mvc.get().uri("/api/units?at=2025-02-30").with(authentication(signedIn(PROVINCE_ADMIN))))
                .hasStatus(400).hasContentTypeCompatibleWith("application/problem+json");
        verify(units, never()).search(any());
    }
}
