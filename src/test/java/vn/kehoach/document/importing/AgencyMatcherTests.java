package vn.kehoach.document.importing;

import org.junit.jupiter.api.Test;
import vn.kehoach.roster.AgencyKind;
import vn.kehoach.roster.AgencyRef;
import vn.kehoach.roster.Sector;
import vn.kehoach.roster.UnitLevel;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Names as plans write them against a district's roster of 2024 (the agency template of a district). */
class AgencyMatcherTests {

    private static long ids = 1;

    private static AgencyRef agency(String name, String shortName, String unit, AgencyKind kind) {
        return new AgencyRef(ids++, name + " " + unit, shortName, kind, Sector.GENERAL, 10, LocalDate.of(2000, 1, 1),
                LocalDate.of(2025, 6, 30), 535, "535", "Huyện Ba Tơ", "/51/535/", UnitLevel.DISTRICT);
    }

    private static final String BA_TO = "huyện Ba Tơ";
    private final List<AgencyRef> district = List.of(
            agency("Ủy ban nhân dân", "UBND", BA_TO, AgencyKind.PEOPLES_COMMITTEE),
            agency("Phòng Lao động - Thương binh và Xã hội", "LĐTBXH", BA_TO, AgencyKind.DEPARTMENT),
            agency("Phòng Nội vụ", "NV", BA_TO, AgencyKind.DEPARTMENT),
            agency("Phòng Văn hóa và Thông tin", "VHTT", BA_TO, AgencyKind.DEPARTMENT),
            agency("Phòng Giáo dục và Đào tạo", "GDĐT", BA_TO, AgencyKind.DEPARTMENT),
            agency("Phòng Tài chính - Kế hoạch", "TCKH", BA_TO, AgencyKind.DEPARTMENT),
            agency("Công an", "CA", BA_TO, AgencyKind.POLICE),
            agency("Ủy ban Mặt trận Tổ quốc Việt Nam", "MTTQ", BA_TO, AgencyKind.FRONT_OR_MASS_ORGANISATION),
            agency("Hội Liên hiệp Phụ nữ", "HLHPN", BA_TO, AgencyKind.FRONT_OR_MASS_ORGANISATION));
    private final AgencyMatcher matcher = new AgencyMatcher(district);

    private String match(String written) {
        return matcher.match(written).map(AgencyRef::name).orElse(null);
    }

    @Test
    void spellsOutTheUsualAbbreviations() {
        assertThat(match("Phòng TC-KH")).isEqualTo("Phòng Tài chính - Kế hoạch huyện Ba Tơ");
        assertThat(match("Phòng GD&ĐT")).isEqualTo("Phòng Giáo dục và Đào tạo huyện Ba Tơ");
        assertThat(match("Phòng LĐTB&XH")).isEqualTo("Phòng Lao động - Thương binh và Xã hội huyện Ba Tơ");
        assertThat(match("Phòng LĐ-TB&XH huyện")).isEqualTo("Phòng Lao động - Thương binh và Xã hội huyện Ba Tơ");
        assertThat(match("Phòng VH-TT")).isEqualTo("Phòng Văn hóa và Thông tin huyện Ba Tơ");
        assertThat(match("UBMTTQ huyện")).isEqualTo("Ủy ban Mặt trận Tổ quốc Việt Nam huyện Ba Tơ");
        assertThat(match("Ủy ban MTTQ Việt Nam và các đoàn thể huyện"))
                .isEqualTo("Ủy ban Mặt trận Tổ quốc Việt Nam huyện Ba Tơ");
        assertThat(match("UBND huyện")).isEqualTo("Ủy ban nhân dân huyện Ba Tơ");
    }

    @Test
    void setsTheUnitAndTheWordingAside() {
        assertThat(match("Công an huyện")).isEqualTo("Công an huyện Ba Tơ");
        assertThat(match("Phòng Văn hoá Thông tin")).isEqualTo("Phòng Văn hóa và Thông tin huyện Ba Tơ");
        assertThat(match("Đề nghị Hội Liên hiệp phụ nữ")).isEqualTo("Hội Liên hiệp Phụ nữ huyện Ba Tơ");
    }

    @Test
    void leavesUnmatchedWhatIsNotOneAgencyOfTheRoster() {
        assertThat(match("Phòng Dân tộc")).isNull();
        assertThat(match("Ủy ban nhân dân các xã, thị trấn")).isNull();
        assertThat(match("Các phòng, ban, ngành, đoàn thể huyện")).isNull();
        assertThat(new AgencyMatcher(List.of(agency("Sở Nội vụ", "SNV", "tỉnh Quảng Ngãi", AgencyKind.DEPARTMENT)))
                .match("Sở Ngoại vụ")).isEmpty();
    }

    @Test
    void leavesUnmatchedANameTwoAgenciesFitAlike() {
        AgencyMatcher twoProvinces = new AgencyMatcher(List.of(
                agency("Sở Y tế", "SYT", "tỉnh Quảng Ngãi", AgencyKind.DEPARTMENT),
                agency("Sở Y tế", "SYT", "tỉnh Kon Tum", AgencyKind.DEPARTMENT)));
        assertThat(twoProvinces.match("Sở Y tế")).isEmpty();
    }
}
