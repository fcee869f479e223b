package vn.kehoach.indicator.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.kehoach.indicator.domain.Overrides;
import vn.kehoach.shared.text.VietnameseNumbers;

import java.math.BigDecimal;

/** A unit's own figure for a target and year, typed as in the report form ("1250", "33,3"). */
public class OverrideForm {

    /** A figure with up to four decimals, grouped or not, as in the report form. */
    static final String NUMBER = VietnameseNumbers.DECIMAL;

    @Pattern(regexp = NUMBER)
    private String value;
    @Pattern(regexp = NUMBER)
    private String numerator;
    @Pattern(regexp = NUMBER)
    private String denominator;
    @Size(max = 500)
    private String source;
    @NotBlank
    @Size(max = 2000)
    private String note;
    /** The version of the figure the form was opened on; null when the unit had none. */
    @PositiveOrZero
    private Long version;

    Overrides.OverrideContent toContent() {
        return new Overrides.OverrideContent(decimal(value), decimal(numerator), decimal(denominator), source, note);
    }

    static BigDecimal decimal(String text) {
        return VietnameseNumbers.parse(text);
    }

    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getNumerator() { return numerator; }
    public void setNumerator(String numerator) { this.numerator = numerator; }
    public String getDenominator() { return denominator; }
    public void setDenominator(String denominator) { this.denominator = denominator; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
