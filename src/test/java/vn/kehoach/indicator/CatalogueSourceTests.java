package vn.kehoach.indicator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.kehoach.support.Api;
import vn.kehoach.support.IntegrationTest;
import vn.kehoach.support.Logins;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The catalogue against the team's reference list of the strategy's targets (../shared/data/nq28_targets.csv): every
 * target whose Vietnamese wording is confirmed is there with that wording and its 2025 and 2030 values; the others
 * known by their values are there, marked as unconfirmed.
 */
@IntegrationTest
class CatalogueSourceTests {

    private static final Path CSV = Path.of("../shared/data/nq28_targets.csv");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Logins logins;
    @Autowired
    ObjectMapper json;

    @Test
    void holdsEveryConfirmedTargetWithItsWordingAndValues() throws IOException {
        assumeTrue(Files.isRegularFile(CSV), "../shared/data is absent");
        Map<String, JsonNode> catalogue = new HashMap<>();
        new Api(mvc, json).get("/api/indicators", logins.as("dakcam.vhxh"))
                .forEach(t -> catalogue.put(t.get("code").asString(), t));

        int confirmed = 0;
        List<String> lines = Files.readAllLines(CSV);
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = fields(line);
            String status = f.get(8);
            String code = f.get(0) + "." + f.get(2);
            if (status.equals("confirmed-vi")) {
                confirmed++;
                JsonNode t = catalogue.get(code);
                assertThat(t).as(code).isNotNull();
                assertThat(t.get("goal").asInt()).isEqualTo(Integer.parseInt(f.get(0)));
                assertThat(t.get("wordingConfirmed").asBoolean()).as(code).isTrue();
                assertThat(normal(t.get("wording").asString())).as(code).isEqualTo(normal(f.get(3)));
                assertThat(t.get("target2025").decimalValue()).as(code).isEqualByComparingTo(number(f.get(4)));
                assertThat(t.get("target2030").decimalValue()).as(code).isEqualByComparingTo(number(f.get(5)));
                assertThat(t.get("unit").asString()).as(code).isEqualTo(f.get(6));
                assertThat(t.get("direction").asString()).as(code)
                        .isEqualTo(f.get(7).startsWith(">") ? "HIGHER" : "LOWER");
            } else if (status.startsWith("confirmed-values") && !code.contains("?")) {
                JsonNode t = catalogue.get(code);
                assertThat(t).as(code).isNotNull();
                assertThat(t.get("wordingConfirmed").asBoolean()).as(code).isFalse();
                assertThat(t.get("target2025").decimalValue()).as(code).isEqualByComparingTo(number(f.get(4)));
            }
        }
        assertThat(confirmed).as("goals 1-3 in the reference list").isGreaterThanOrEqualTo(9);
        assertThat(catalogue.keySet()).contains("1.1", "2.1", "2.2", "2.3", "3.1", "3.2a", "3.2b", "3.3", "3.4");
    }

    /**
     * The wording without its closing full stop, with single spaces and a capital first letter: target 3.2b is the
     * second half of the resolution's sentence and stands alone in the catalogue.
     */
    private static String normal(String s) {
        String t = s.strip().replaceAll("\\s+", " ").replaceAll("\\.$", "");
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** "60 (khoảng)", "<30", "1.7" → the number. */
    private static BigDecimal number(String s) {
        return new BigDecimal(s.replaceAll("[^0-9.]", ""));
    }

    /** One CSV line, with quoted fields that hold commas. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else
                field.append(c);
        }
        out.add(field.toString());
        return out;
    }
}
