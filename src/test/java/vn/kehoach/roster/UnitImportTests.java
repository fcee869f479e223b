package vn.kehoach.roster;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
class UnitImportTests {

    private static final Path SHARED = Path.of("../shared/data");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void importsTheOfficialListsOnceAndThenFindsThemUnchanged() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "../shared/data is not present");
        JsonNode provinces = importFile(SHARED.resolve("provinces.csv"), null, null, 200);
        assertThat(total(provinces)).isEqualTo(34);
        JsonNode communes = importFile(SHARED.resolve("communes.csv"), null, null, 200);
        assertThat(total(communes)).isEqualTo(3321);
        assertThat(communes.get("validFrom").asString()).isEqualTo("2025-07-01");
        assertThat(countAt("PROVINCE", codes(SHARED.resolve("provinces.csv")), "2025-08-01")).isEqualTo(34);
        assertThat(countAt("COMMUNE", codes(SHARED.resolve("communes.csv")), "2025-08-01")).isEqualTo(3321);

        JsonNode again = importFile(SHARED.resolve("provinces.csv"), null, null, 200);
        assertThat(again.get("unchanged").asInt()).isEqualTo(34);
        assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
        JsonNode communesAgain = importFile(SHARED.resolve("communes.csv"), null, null, 200);
        assertThat(communesAgain.get("unchanged").asInt()).isEqualTo(3321);

        Path pre = SHARED.resolve("pre2025");
        assertThat(total(importFile(pre.resolve("provinces.csv"), "2000-01-01", "2025-06-30", 200))).isEqualTo(63);
        assertThat(total(importFile(pre.resolve("districts.csv"), null, null, 200))).isEqualTo(696);
        assertThat(total(importFile(pre.resolve("communes.csv"), null, null, 200))).isEqualTo(10035);
        assertThat(countAt("PROVINCE", codes(pre.resolve("provinces.csv")), "2025-01-01")).isEqualTo(63);
        assertThat(countAt("DISTRICT", codes(pre.resolve("districts.csv")), "2025-01-01")).isEqualTo(696);
        assertThat(countAt("COMMUNE", codes(pre.resolve("communes.csv")), "2025-01-01")).isEqualTo(10035);

        // Old code 15 was Yên Bái; from 1/7/2025 it is Lào Cai: both kept, each in its period.
        assertThat(jdbc.queryForList("select full_name from administrative_unit where code = '15' order by valid_from",
                String.class)).containsExactly("Tỉnh Yên Bái", "Tỉnh Lào Cai");
    }

    @Test
    void treatsToneMarkVariantsAsTheSameNameAndCountsRealChanges() {
        String first = "code,name,type,full_name,name_en\n97,Hòa Thủy,Tỉnh,Tỉnh Hòa Thủy,Hoa Thuy\n";
        String variant = "code,name,type,full_name,name_en\n97,Hoà Thuỷ,Tỉnh,Tỉnh Hoà Thuỷ,Hoa Thuy\n";
        String renamed = "code,name,type,full_name,name_en\n97,Hòa Thủy Mới,Tỉnh,Tỉnh Hòa Thủy Mới,Hoa Thuy\n";
        assertThat(importText(first, "1990-01-01", "1990-12-31", 200).get("created").asInt()).isEqualTo(1);
        assertThat(importText(variant, "1990-01-01", "1990-12-31", 200).get("unchanged").asInt()).isEqualTo(1);
        assertThat(importText(renamed, "1990-01-01", "1990-12-31", 200).get("updated").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                "select full_name from administrative_unit where code = '97' and valid_from = '1990-01-01'",
                String.class)).isEqualTo("Tỉnh Hòa Thủy Mới");
    }

    @Test
    void rejectsAMalformedFileLineByLineAndChangesNothing() {
        long before = jdbc.queryForObject("select count(*) from administrative_unit", Long.class);
        String bad = """
                code,name,type,full_name,name_en
                96,Cà Mau,Tỉnh,Tỉnh Cà Mau,Ca Mau
                9X,Sai Mã,Tỉnh,Tỉnh Sai Mã,
                960,Ba Số,Tỉnh,Tỉnh Ba Số,
                96,Trùng Mã,Tỉnh,Tỉnh Trùng Mã,
                95,Không Loại,Làng,Làng Không Loại,
                """;
        JsonNode report = importText(bad, "1980-01-01", "1980-12-31", 422);
        List<Integer> lines = new ArrayList<>();
        report.get("rejected").forEach(r -> lines.add(r.get("line").asInt()));
        assertThat(lines).containsExactly(3, 4, 5, 6);
        assertThat(report.get("rejected").get(2).get("reason").asString()).contains("trùng").contains("dòng 2");
        assertThat(report.get("rejected").get(3).get("reason").asString()).contains("Làng");
        assertThat(report.get("applied").asBoolean()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from administrative_unit", Long.class)).isEqualTo(before);
    }

    @Test
    void rejectsAFileWithWrongColumns() {
        JsonNode report = importText("ma,ten\n01,Hà Nội\n", null, null, 422);
        assertThat(report.get("rejected").get(0).get("reason").asString()).contains("Thiếu cột").contains("code");
    }

    @Test
    void refusesAPictureAndAnEmptyFile() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, (byte) 0xFF, 0};
        assertThat(upload(new MockMultipartFile("file", "x.csv", "text/csv", png), null, null))
                .hasStatus(422).bodyText().contains("UTF-8");
        assertThat(upload(new MockMultipartFile("file", "x.csv", "text/csv", new byte[0]), null, null))
                .hasStatus(422);
    }

    @Test
    void onlyASystemAdministratorImports() {
        MockMultipartFile file = new MockMultipartFile("file", "p.csv", "text/csv",
                "code,name,type,full_name,name_en\n01,Hà Nội,Thành phố trực thuộc trung ương,Thành phố Hà Nội,\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.post().uri("/api/units/import").multipart().file(file).with(logins.as("qn.admin")).with(csrf()))
                .hasStatus(403);
    }

    private JsonNode importFile(Path path, String from, String to, int status) throws IOException {
        return importText(Files.readString(path), from, to, status);
    }

    private JsonNode importText(String csv, String from, String to, int status) {
        MvcTestResult result = upload(new MockMultipartFile("file", "list.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)), from, to);
        assertThat(result).hasStatus(status);
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    private MvcTestResult upload(MockMultipartFile file, String from, String to) {
        var request = mvc.post().uri("/api/units/import").multipart().file(file)
                .with(logins.as("admin")).with(csrf());
        if (from != null) request = request.param("validFrom", from);
        if (to != null) request = request.param("validTo", to);
        return request.exchange();
    }

    private static int total(JsonNode report) {
        assertThat(report.get("rejected")).isEmpty();
        return report.get("created").asInt() + report.get("updated").asInt() + report.get("unchanged").asInt();
    }

    private long countAt(String level, List<String> codes, String date) {
        return jdbc.queryForObject("""
                select count(*) from administrative_unit where level = ? and code = any (?)
                and valid_from <= cast(? as date) and (valid_to is null or valid_to >= cast(? as date))""",
                Long.class, level, codes.toArray(String[]::new), date, date);
    }

    private static List<String> codes(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",")[0]).toList();
    }
}
