package vn.kehoach.indicator.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.kehoach.indicator.domain.TargetDefinitionCommand;
import vn.kehoach.indicator.domain.TargetDefinitionDetails;
import vn.kehoach.plan.StrategyTarget.Direction;
import vn.kehoach.plan.StrategyTarget.Measure;
import vn.kehoach.shared.text.VietnameseNumbers;
import vn.kehoach.shared.text.VietnameseText;

import java.math.BigDecimal;

/**
 * A target of the catalogue in the administrator's form. Numbers stay text until valid, so that "1.000" or "6O"
 * comes back as typed with a message; they are written the Vietnamese way, "1,7" (a point is accepted too).
 */
public class TargetForm {

    /** The database's check on codes: "1.1", "3.2a". */
    static final String CODE = "[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*";

    /** A non-negative figure with at most two decimals, as numeric(12, 2) holds it: "1,7", "1.250". */
    static final String DECIMAL = VietnameseNumbers.DECIMAL_2;

    /** A whole number, digits grouped by dots or spaces or not: "100", "100.000". */
    static final String WHOLE = VietnameseNumbers.WHOLE;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = CODE)
    private String code;

    @NotNull
    private Integer goalNo;

    @Min(1)
    @Max(9999)
    private Integer position;

    @NotBlank
    @Size(max = 2000)
    private String wording;

    private boolean wordingConfirmed;

    @NotBlank
    @Size(max = 100)
    private String unit;

    @NotNull
    private Measure measure = Measure.RATE;

    @NotBlank
    @Pattern(regexp = WHOLE)
    private String scale = "100";

    @NotNull
    private Direction direction = Direction.HIGHER;

    @Pattern(regexp = DECIMAL)
    private String target2025;

    private boolean target2025Strict;

    @Size(max = 100)
    private String target2025Text;

    @Pattern(regexp = DECIMAL)
    private String target2030;

    private boolean target2030Strict;

    @Size(max = 100)
    private String target2030Text;

    @Size(max = 500)
    private String numeratorLabel;

    @Size(max = 500)
    private String denominatorLabel;

    private boolean bySex;

    @Size(max = 300)
    private String source;

    private boolean active = true;

    private long version;

    static TargetForm of(TargetDefinitionDetails details) {
        TargetDefinitionCommand c = details.content();
        TargetForm form = new TargetForm();
        form.code = c.code();
        form.goalNo = c.goalNo();
        form.position = c.position();
        form.wording = c.wording();
        form.wordingConfirmed = c.wordingConfirmed();
        form.unit = c.unit();
        form.measure = c.measure();
        form.scale = c.scale().toPlainString();
        form.direction = c.direction();
        form.target2025 = text(c.target2025());
        form.target2025Strict = c.target2025Strict();
        form.target2025Text = c.target2025Text();
        form.target2030 = text(c.target2030());
        form.target2030Strict = c.target2030Strict();
        form.target2030Text = c.target2030Text();
        form.numeratorLabel = c.numeratorLabel();
        form.denominatorLabel = c.denominatorLabel();
        form.bySex = c.bySex();
        form.source = c.source();
        form.active = c.active();
        form.version = details.version();
        return form;
    }

    TargetDefinitionCommand toCommand() {
        return new TargetDefinitionCommand(code.strip(), goalNo, position, VietnameseText.clean(wording),
                wordingConfirmed, VietnameseText.clean(unit), measure, whole(scale), direction, decimal(target2025),
                target2025Strict, optional(target2025Text), decimal(target2030), target2030Strict,
                optional(target2030Text), optional(numeratorLabel), optional(denominatorLabel), bySex,
                optional(source), active);
    }

    // --- rules across fields, shown under the field they concern -----------------------------------------------------

    /** A rate or ratio is entered as numerator and denominator, so both need a name. */
    @AssertTrue
    public boolean isNumeratorLabelGiven() { return measure == Measure.COUNT || optional(numeratorLabel) != null; }

    @AssertTrue
    public boolean isDenominatorLabelGiven() { return measure == Measure.COUNT || optional(denominatorLabel) != null; }

    @AssertTrue
    public boolean isScalePositive() {
        return !matches(WHOLE, scale) || whole(scale) == null || whole(scale).signum() > 0;
    }

    @AssertTrue
    public boolean isTarget2025InRange() { return inRange(target2025); }

    @AssertTrue
    public boolean isTarget2030InRange() { return inRange(target2030); }

    private boolean inRange(String value) {
        if (measure != Measure.RATE || !matches(DECIMAL, value) || decimal(value) == null) return true;
        return decimal(value).compareTo(HUNDRED) <= 0;
    }

    // --- numbers as officials type them ------------------------------------------------------------------------------

    /** "1,7" or "1.7" → 1.7, "1.250" → 1250; blank → null. Only for text that matched {@link #DECIMAL}. */
    static BigDecimal decimal(String text) {
        return VietnameseNumbers.parse(text);
    }

    /** 1.7 → "1,7"; 60.00 → "60". */
    static String text(BigDecimal value) {
        return VietnameseNumbers.plain(value);
    }

    /** "100.000" → 100000; blank → null. Only for text that matched {@link #WHOLE}. */
    private static BigDecimal whole(String text) {
        Long value = VietnameseNumbers.parseWhole(text);
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static boolean matches(String regex, String text) {
        return text != null && text.matches(regex);
    }

    private static String optional(String text) {
        String clean = VietnameseText.clean(text);
        return clean == null || clean.isEmpty() ? null : clean;
    }

    // --- bean properties ---------------------------------------------------------------------------------------------

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.strip(); }
    public Integer getGoalNo() { return goalNo; }
    public void setGoalNo(Integer goalNo) { this.goalNo = goalNo; }
    public Integer getPosition() { return position; }
    public void setPosition(Integer position) { this.position = position; }
    public String getWording() { return wording; }
    public void setWording(String wording) { this.wording = wording; }
    public boolean isWordingConfirmed() { return wordingConfirmed; }
    public void setWordingConfirmed(boolean wordingConfirmed) { this.wordingConfirmed = wordingConfirmed; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public Measure getMeasure() { return measure; }
    public void setMeasure(Measure measure) { this.measure = measure; }
    public String getScale() { return scale; }
    public void setScale(String scale) { this.scale = scale; }
    public Direction getDirection() { return direction; }
    public void setDirection(Direction direction) { this.direction = direction; }
    public String getTarget2025() { return target2025; }
    public void setTarget2025(String target2025) { this.target2025 = target2025; }
    public boolean isTarget2025Strict() { return target2025Strict; }
    public void setTarget2025Strict(boolean target2025Strict) { this.target2025Strict = target2025Strict; }
    public String getTarget2025Text() { return target2025Text; }
    public void setTarget2025Text(String target2025Text) { this.target2025Text = target2025Text; }
    public String getTarget2030() { return target2030; }
    public void setTarget2030(String target2030) { this.target2030 = target2030; }
    public boolean isTarget2030Strict() { return target2030Strict; }
    public void setTarget2030Strict(boolean target2030Strict) { this.target2030Strict = target2030Strict; }
    public String getTarget2030Text() { return target2030Text; }
    public void setTarget2030Text(String target2030Text) { this.target2030Text = target2030Text; }
    public String getNumeratorLabel() { return numeratorLabel; }
    public void setNumeratorLabel(String numeratorLabel) { this.numeratorLabel = numeratorLabel; }
    public String getDenominatorLabel() { return denominatorLabel; }
    public void setDenominatorLabel(String denominatorLabel) { this.denominatorLabel = denominatorLabel; }
    public boolean isBySex() { return bySex; }
    public void setBySex(boolean bySex) { this.bySex = bySex; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
