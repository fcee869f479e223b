package vn.kehoach.reporting.domain;

import java.math.BigDecimal;

/**
 * The figures every task reports: activities held, participants by sex, products (publications, broadcasts,
 * models) and money spent in đồng. Null means not reported, which is not the same as zero.
 */
public record Figures(Integer activities, Integer participantsMale, Integer participantsFemale, Integer products,
                      BigDecimal spent) {

    public static final Figures NONE = new Figures(null, null, null, null, null);

    public boolean isEmpty() {
        return activities == null && participantsMale == null && participantsFemale == null && products == null
                && spent == null;
    }

    public Integer participants() {
        if (participantsMale == null && participantsFemale == null) return null;
        return (participantsMale == null ? 0 : participantsMale)
                + (participantsFemale == null ? 0 : participantsFemale);
    }

    /** Sums that stay null where neither side reported. */
    public Figures plus(Figures other) {
        return new Figures(add(activities, other.activities), add(participantsMale, other.participantsMale),
                add(participantsFemale, other.participantsFemale), add(products, other.products),
                spent == null ? other.spent : other.spent == null ? spent : spent.add(other.spent));
    }

    private static Integer add(Integer a, Integer b) {
        if (a == null) return b;
        if (b == null) return a;
        return a + b;
    }
}
