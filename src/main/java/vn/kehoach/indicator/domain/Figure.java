package vn.kehoach.indicator.domain;

import vn.kehoach.plan.StrategyTarget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A target's figure for one unit and year: a rate or ratio as numerator and denominator (its value derived at the
 * target's scale), a count as value; by sex when given.
 */
public record Figure(BigDecimal value, BigDecimal numerator, BigDecimal denominator, BigDecimal male,
                     BigDecimal female, String source, String note) {

    public static Figure of(StrategyTarget target, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                            BigDecimal male, BigDecimal female, String source, String note) {
        boolean parts = target.hasParts() && numerator != null && denominator != null && denominator.signum() > 0;
        return new Figure(parts ? target.valueOf(numerator, denominator) : value, parts ? numerator : null,
                parts ? denominator : null, male, female, source, note);
    }

    public boolean present() {
        return value != null;
    }

    /**
     * The figure of several units together: the ratio of the summed numerators to the summed denominators for a rate
     * or ratio (never the mean of the percentages: 3/10 and 1/2 make 4/12 = 33.3 %, not 40 %), the sum for a count.
     * Parts without numerator and denominator cannot join a rate and are left out.
     */
    public static Figure sum(StrategyTarget target, List<Figure> parts, String source) {
        List<Figure> usable = parts.stream().filter(Objects::nonNull)
                .filter(f -> target.hasParts() ? f.numerator() != null && f.denominator() != null : f.value() != null)
                .toList();
        if (usable.isEmpty()) return null;
        BigDecimal male = total(usable, Figure::male);
        BigDecimal female = total(usable, Figure::female);
        if (target.hasParts()) {
            BigDecimal numerator = total(usable, Figure::numerator);
            BigDecimal denominator = total(usable, Figure::denominator);
            return new Figure(target.valueOf(numerator, denominator), numerator, denominator, male, female, source,
                    null);
        }
        return new Figure(total(usable, Figure::value), null, null, male, female, source, null);
    }

    /** How many of the parts the sum could use. */
    public static long usable(StrategyTarget target, List<Figure> parts) {
        return parts.stream().filter(Objects::nonNull)
                .filter(f -> target.hasParts() ? f.numerator() != null && f.denominator() != null : f.value() != null)
                .count();
    }

    private static BigDecimal total(List<Figure> parts, Function<Figure, BigDecimal> field) {
        BigDecimal sum = null;
        for (Figure f : parts) {
            BigDecimal n = field.apply(f);
            if (n != null) sum = sum == null ? n : sum.add(n);
        }
        return sum == null ? null : Catalogue.strip(sum);
    }
}
