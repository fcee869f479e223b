package vn.kehoach.roster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.kehoach.roster.domain.AgencyCommand;
import vn.kehoach.roster.domain.AgencyService;
import vn.kehoach.roster.domain.Reorganisation;
import vn.kehoach.roster.domain.ReorganisationCommand;
import vn.kehoach.roster.domain.ReorganisationCommand.AgencyDisposition;
import vn.kehoach.roster.domain.ReorganisationService;
import vn.kehoach.roster.domain.UnitCommand;
import vn.kehoach.roster.domain.UnitService;
import vn.kehoach.shared.security.CurrentUser;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo map, written by the team from the official lists: Bộ Nội vụ; tỉnh Quảng Ngãi before 1/7/2025 (with huyện
 * Ba Tơ) and after it (merged with Kon Tum; phường Đăk Cấm, xã Ba Tơ and a few more communes); tỉnh Lạng Sơn. The
 * 2025 reorganisation is recorded through the real service, as an administrator would.
 */
@Component
@Profile("demo & !prod")
@Order(10)
class RosterDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RosterDemoData.class);
    private static final LocalDate SINCE = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST_DAY_BEFORE_REFORM = LocalDate.of(2025, 6, 30);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final LocalDate MINISTRY_HANDOVER = LocalDate.of(2025, 3, 1);

    private final UnitService unitService;
    private final AgencyService agencyService;
    private final ReorganisationService reorganisations;
    private final Units units;
    private final CurrentUser system = CurrentUser.system("demo");
    private final Map<String, Long> ids = new HashMap<>();

    RosterDemoData(UnitService unitService, AgencyService agencyService, ReorganisationService reorganisations,
                   Units units) {
        this.unitService = unitService;
        this.agencyService = agencyService;
        this.reorganisations = reorganisations;
        this.units = units;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (units.findByCodeAt("51", REFORM).isPresent()) return;
        ministries();

        // Before the reorganisation: the lists of 1/3/2025, ending on 30/6/2025.
        old("51", "Quảng Ngãi", "Tỉnh Quảng Ngãi", UnitType.PROVINCE, "TW");
        old("62", "Kon Tum", "Tỉnh Kon Tum", UnitType.PROVINCE, "TW");
        old("20", "Lạng Sơn", "Tỉnh Lạng Sơn", UnitType.PROVINCE, "TW");
        old("535", "Ba Tơ", "Huyện Ba Tơ", UnitType.RURAL_DISTRICT, "51");
        old("21484", "Ba Tơ", "Thị trấn Ba Tơ", UnitType.TOWNSHIP, "535");
        old("21511", "Ba Cung", "Xã Ba Cung", UnitType.COMMUNE, "535");
        old("21526", "Ba Bích", "Xã Ba Bích", UnitType.COMMUNE, "535");
        old("21505", "Ba Ngạc", "Xã Ba Ngạc", UnitType.COMMUNE, "535");
        old("21517", "Ba Tiêu", "Xã Ba Tiêu", UnitType.COMMUNE, "535");
        old("21529", "Ba Vì", "Xã Ba Vì", UnitType.COMMUNE, "535");
        old("21523", "Ba Tô", "Xã Ba Tô", UnitType.COMMUNE, "535");
        old("21532", "Ba Lế", "Xã Ba Lế", UnitType.COMMUNE, "535");
        old("21535", "Ba Nam", "Xã Ba Nam", UnitType.COMMUNE, "535");
        old("608", "Kon Tum", "Thành phố Kon Tum", UnitType.PROVINCIAL_CITY, "62");
        old("23284", "Duy Tân", "Phường Duy Tân", UnitType.WARD, "608");
        old("23296", "Ngô Mây", "Phường Ngô Mây", UnitType.WARD, "608");
        old("23311", "Đắk Cấm", "Xã Đắk Cấm", UnitType.COMMUNE, "608");
        for (String code : List.of("51", "62", "20", "535", "608", "21484", "21511", "21526", "21505", "21517", "21529",
                "21523", "21532", "21535", "23284", "23296", "23311")) {
            agencyService.applyTemplates(system, ids.get("old:" + code));
        }

        // From 1/7/2025: the list of QĐ 19/2025/QĐ-TTg.
        current("51", "Quảng Ngãi", "Tỉnh Quảng Ngãi", UnitType.PROVINCE, "TW");
        current("20", "Lạng Sơn", "Tỉnh Lạng Sơn", UnitType.PROVINCE, "TW");
        current("23284", "Đăk Cấm", "Phường Đăk Cấm", UnitType.WARD, "51");
        current("21484", "Ba Tơ", "Xã Ba Tơ", UnitType.COMMUNE, "51");
        current("21529", "Ba Vì", "Xã Ba Vì", UnitType.COMMUNE, "51");
        current("21523", "Ba Tô", "Xã Ba Tô", UnitType.COMMUNE, "51");
        current("21025", "Cẩm Thành", "Phường Cẩm Thành", UnitType.WARD, "51");
        current("05977", "Đông Kinh", "Phường Đông Kinh", UnitType.WARD, "20");
        current("05983", "Lương Văn Tri", "Phường Lương Văn Tri", UnitType.WARD, "20");

        // The reorganisation, bottom-up: communes merge, districts end, provinces merge.
        merge(List.of("21484", "21511", "21526"), "21484");
        merge(List.of("21505", "21517", "21529"), "21529");
        merge(List.of("21523", "21532", "21535"), "21523");
        merge(List.of("23284", "23296", "23311"), "23284");
        abolish("535");
        abolish("608");
        merge(List.of("51", "62"), "51");
        reorganisations.record(system, new ReorganisationCommand(Reorganisation.Kind.RENAME, REFORM,
                List.of(ids.get("old:20")), List.of(), List.of(ids.get("new:20")), AgencyDisposition.MOVE,
                "Tỉnh Lạng Sơn giữ nguyên (NQ 202/2025/QH15)"));
        for (String code : List.of("21025", "05977", "05983")) {
            agencyService.applyTemplates(system, ids.get("new:" + code));
        }
        extraAgencies();
        log.info("Demo roster created: Bộ Nội vụ, tỉnh Quảng Ngãi and tỉnh Lạng Sơn before and after 1/7/2025");
    }

    private void ministries() {
        long bldtbxh = agencyService.create(system, new AgencyCommand(1, "Bộ Lao động - Thương binh và Xã hội",
                "BLĐTBXH", AgencyKind.DEPARTMENT, Sector.HOME_AFFAIRS, 10, SINCE, MINISTRY_HANDOVER.minusDays(1)));
        long bnv = agencyService.create(system, new AgencyCommand(1, "Bộ Nội vụ", "BNV", AgencyKind.DEPARTMENT,
                Sector.HOME_AFFAIRS, 11, SINCE, null));
        agencyService.create(system, new AgencyCommand(1, "Bộ Y tế", "BYT", AgencyKind.DEPARTMENT, Sector.HEALTH,
                12, SINCE, null));
        agencyService.makeFocal(system, bldtbxh, SINCE);
        agencyService.makeFocal(system, bnv, MINISTRY_HANDOVER);
    }

    private void extraAgencies() {
        long qn = ids.get("new:51");
        agencyService.create(system, new AgencyCommand(qn, "Ban Dân tộc tỉnh Quảng Ngãi", "BDT", AgencyKind.DEPARTMENT,
                Sector.ETHNIC_RELIGION, 22, REFORM, null));
    }

    private void old(String code, String name, String fullName, UnitType type, String parentCode) {
        Long parent = "TW".equals(parentCode) ? null : ids.get("old:" + parentCode);
        UnitRef unit = unitService.create(system, new UnitCommand(code, name, fullName, null, type, parent, SINCE,
                LAST_DAY_BEFORE_REFORM));
        ids.put("old:" + code, unit.id());
    }

    private void current(String code, String name, String fullName, UnitType type, String parentCode) {
        Long parent = "TW".equals(parentCode) ? null : ids.get("new:" + parentCode);
        UnitRef unit = unitService.create(system, new UnitCommand(code, name, fullName, null, type, parent, REFORM,
                null));
        ids.put("new:" + code, unit.id());
    }

    private void merge(List<String> oldCodes, String newCode) {
        reorganisations.record(system, new ReorganisationCommand(Reorganisation.Kind.MERGE, REFORM,
                oldCodes.stream().map(c -> ids.get("old:" + c)).toList(), List.of(), List.of(ids.get("new:" + newCode)),
                AgencyDisposition.CLOSE, null));
    }

    private void abolish(String districtCode) {
        reorganisations.record(system, new ReorganisationCommand(Reorganisation.Kind.ABOLISH_DISTRICT, REFORM,
                List.of(ids.get("old:" + districtCode)), List.of(), List.of(), AgencyDisposition.CLOSE,
                "Kết thúc hoạt động của đơn vị hành chính cấp huyện (NQ 60-NQ/TW)"));
    }
}
