package vn.kehoach.indicator.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.kehoach.indicator.domain.Overrides;

import java.math.BigDecimal;

/** A unit's own figure for a target and year, typed the Vietnamese way ("1.250", "33,3"). */
public class OverrideForm {

    static final String NUMBER = "^\\s*$|^\\s*\\d{1,3}(\\.\\d{3})*(,\\d+)?\\s*$|^\\s*\\d+([.,]\\d+)?\\s*$";

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

    Overrides.OverrideContent toContent() {
        return new Overrides.OverrideContent(decimal(value), decimal(numerator), decimal(denominator), source, note);
    }

    /** "1.250" and "1250" are one thousand two hundred and fifty; "33,3" and "33.3" a third of a hundred. */
    static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip();
        if (t.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) t = t.replace(".", "");
        return new BigDecimal(t.replace(',', '.'));
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
}
