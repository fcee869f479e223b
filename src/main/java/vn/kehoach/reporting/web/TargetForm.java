package vn.kehoach.reporting.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.kehoach.reporting.domain.TargetValueContent;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A strategy target's value in the report form. Numbers stay text until valid, so a typo comes back as typed. */
public class TargetForm {

    private String code;

    @Pattern(regexp = NumberText.DECIMAL)
    private String value;

    @Pattern(regexp = NumberText.DECIMAL)
    private String numerator;

    @Pattern(regexp = NumberText.DECIMAL)
    private String denominator;

    @Pattern(regexp = NumberText.DECIMAL)
    private String valueMale;

    @Pattern(regexp = NumberText.DECIMAL)
    private String valueFemale;

    @Size(max = 500)
    private String source;

    @Size(max = 1000)
    private String note;

    static TargetForm of(TargetValueContent v) {
        TargetForm form = new TargetForm();
        form.code = v.targetCode();
        // A rate given by its parts shows the parts; the value box is for counts.
        form.value = v.numerator() != null && v.denominator() != null ? null : NumberText.decimal(v.value());
        form.numerator = NumberText.decimal(v.numerator());
        form.denominator = NumberText.decimal(v.denominator());
        form.valueMale = NumberText.decimal(v.valueMale());
        form.valueFemale = NumberText.decimal(v.valueFemale());
        form.source = v.source();
        form.note = v.note();
        return form;
    }

    TargetValueContent toContent() {
        var num = NumberText.decimal(numerator);
        var den = NumberText.decimal(denominator);
        var val = NumberText.decimal(value);
        if (num != null && den != null && den.signum() > 0) {
            val = num.multiply(BigDecimal.valueOf(100)).divide(den, 4, RoundingMode.HALF_UP);
        }
        return new TargetValueContent(code, val, num, den, NumberText.decimal(valueMale),
                NumberText.decimal(valueFemale), source, note);
    }

    public String getCode() { return code; }

    public void setCode(String code) { this.code = code; }

    public String getValue() { return value; }

    public void setValue(String value) { this.value = value; }

    public String getNumerator() { return numerator; }

    public void setNumerator(String numerator) { this.numerator = numerator; }

    public String getDenominator() { return denominator; }

    public void setDenominator(String denominator) { this.denominator = denominator; }

    public String getValueMale() { return valueMale; }

    public void setValueMale(String valueMale) { this.valueMale = valueMale; }

    public String getValueFemale() { return valueFemale; }

    public void setValueFemale(String valueFemale) { this.valueFemale = valueFemale; }

    public String getSource() { return source; }

    public void setSource(String source) { this.source = source; }

    public String getNote() { return note; }

    public void setNote(String note) { this.note = note; }
}
