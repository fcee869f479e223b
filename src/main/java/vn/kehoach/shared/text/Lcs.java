package vn.kehoach.shared.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The longest-common-subsequence alignment of two sequences, as the steps that turn the first into the second. Used
 * for the differences between two revisions of a plan (by line) and two rounds of a report (by word).
 */
public final class Lcs {

    public enum Op { SAME, REMOVED, ADDED }

    public record Step<T>(Op op, T item) {
    }

    private Lcs() {
    }

    /** Quadratic in time and memory: callers keep inputs to document size (a few thousand items). */
    public static <T> List<Step<T>> diff(List<T> a, List<T> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Step<T>> steps = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                steps.add(new Step<>(Op.SAME, a.get(i)));
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                steps.add(new Step<>(Op.ADDED, b.get(j++)));
            } else {
                steps.add(new Step<>(Op.REMOVED, a.get(i++)));
            }
        }
        return steps;
    }
}
