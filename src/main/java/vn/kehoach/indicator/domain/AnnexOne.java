package vn.kehoach.indicator.domain;

import org.springframework.stereotype.Component;
import vn.kehoach.officialdoc.DocumentTable;
import vn.kehoach.plan.StrategyTarget;
import vn.kehoach.reporting.StrategyAnnex;
import vn.kehoach.shared.text.OfficialText;
import vn.kehoach.shared.text.VietnameseNumbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * "Phụ lục I: Kết quả thực hiện các chỉ tiêu của Chiến lược quốc gia về bình đẳng giới" (DOMAIN.md §8): one row per
 * goal and target, with the figures of the attainment page. Official documents are written in Vietnamese whatever
 * the user's language, so the wording is here rather than in the messages.
 */
@Component
public class AnnexOne implements StrategyAnnex {

    public static final List<String> COLUMNS = Stream.of("number", "target", "unit", "goal", "previous",
            "current", "assessment", "source").map(c -> OfficialText.of("indicator.annex.column." + c)).toList();
    private static final List<Integer> WIDTHS = List.of(5, 40, 9, 9, 10, 10, 10, 20);

    private final AttainmentService attainment;

    AnnexOne(AttainmentService attainment) {
        this.attainment = attainment;
    }

    @Override
    public Optional<DocumentTable> forUnit(long unitId, int year, String heading, String subtitle) {
        // A report drafted for a year still to come has no figures to roll up yet: its own targets stand instead.
        if (!attainment.covers(year)) return Optional.empty();
        AttainmentService.Attainment a = attainment.attainment(attainment.unitById(unitId), year);
        if (a.rows().isEmpty()) return Optional.empty();
        return Optional.of(table(a, heading, subtitle));
    }

    public static String title(AttainmentService.Attainment a) {
        return OfficialText.of("indicator.annex.title", a.year());
    }

    public static DocumentTable table(AttainmentService.Attainment a, String heading, String subtitle) {
        List<List<String>> rows = new ArrayList<>();
        int goal = -1;
        for (AttainmentService.Row r : a.rows()) {
            StrategyTarget t = r.target();
            if (t.goalNo() != goal) {
                goal = t.goalNo();
                rows.add(List.of(Integer.toString(goal), OfficialText.of("indicator.annex.goal", goal, t.goalTitle()),
                        "", "", "", "", "", ""));
            }
            rows.add(List.of(t.code(),
                    t.wordingConfirmed() ? t.wording() : OfficialText.of("indicator.annex.unconfirmed", t.wording()),
                    t.unit(), goal(t, r.applied()), number(r.previousValue()), number(r.value()),
                    assessment(r.attained()), source(r)));
        }
        return new DocumentTable(heading, title(a), subtitle != null ? subtitle : a.unit().fullName(), COLUMNS, WIDTHS,
                rows);
    }

    /** "≥ 60", "< 30", "≤ 1,7". */
    public static String goal(StrategyTarget t, Catalogue.Goal goal) {
        if (goal == null || goal.value() == null) return "";
        String sign = t.direction() == StrategyTarget.Direction.HIGHER ? "≥ " : goal.strict() ? "< " : "≤ ";
        return sign + number(goal.value());
    }

    public static String assessment(Boolean attained) {
        return OfficialText.of(attained == null
                ? "indicator.annex.assessment.unknown"
                : attained ? "indicator.annex.assessment.met" : "indicator.annex.assessment.notMet");
    }

    static String source(AttainmentService.Row r) {
        if (r.current() == null) return OfficialText.of("indicator.annex.source.none");
        Figure f = r.current().figure();
        return switch (r.current().origin()) {
            case ROLLED_UP -> OfficialText.of("indicator.annex.source.rolledUp", r.current().reporting(),
                    r.current().below());
            case REPORTED -> f.source() != null ? f.source() : OfficialText.of("indicator.annex.source.reported");
            case OVERRIDDEN -> (f.source() != null ? f.source() + ". " : "")
                    + OfficialText.of("indicator.annex.source.overridden", f.note());
        };
    }

    /** Vietnamese style, read back as a number by the Excel writer: "33,3", "1.250". */
    public static String number(BigDecimal n) {
        return n == null ? "" : VietnameseNumbers.format(n);
    }
}
