package vn.kehoach.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** A reported value of a National Strategy target. */
@Embeddable
public class TargetValue {

    @Column(nullable = false)
    private String targetCode;

    private BigDecimal value;

    private BigDecimal numerator;

    private BigDecimal denominator;

    private BigDecimal valueMale;

    private BigDecimal valueFemale;

    private String source;

    private String note;

    protected TargetValue() {
    }

    TargetValue(TargetValueContent c) {
        this.targetCode = c.targetCode();
        this.value = c.value();
        this.numerator = c.numerator();
        this.denominator = c.denominator();
        this.valueMale = c.valueMale();
        this.valueFemale = c.valueFemale();
        this.source = c.source();
        this.note = c.note();
    }

    public TargetValueContent content() {
        return new TargetValueContent(targetCode, value, numerator, denominator, valueMale, valueFemale, source, note);
    }

    public String getTargetCode() { return targetCode; }
}
