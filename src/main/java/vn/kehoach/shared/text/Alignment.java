package vn.kehoach.shared.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.List;

/**
 * Two sequences aligned as the steps that turn the first into the second, by java-diff-utils (Myers' algorithm,
 * linear in memory): the differences between two revisions of a plan (by line) and two rounds of a report (by word).
 */
public final class Alignment {

    public enum Op { SAME, REMOVED, ADDED }

    public record Step<T>(Op op, T item) {
    }

    private Alignment() {
    }

    public static <T> List<Step<T>> of(List<T> before, List<T> after) {
        List<Step<T>> steps = new ArrayList<>(Math.max(before.size(), after.size()));
        int kept = 0;
        for (AbstractDelta<T> delta : DiffUtils.diff(before, after).getDeltas()) {
            for (; kept < delta.getSource().getPosition(); kept++) steps.add(new Step<>(Op.SAME, before.get(kept)));
            delta.getSource().getLines().forEach(item -> steps.add(new Step<>(Op.REMOVED, item)));
            delta.getTarget().getLines().forEach(item -> steps.add(new Step<>(Op.ADDED, item)));
            kept += delta.getSource().size();
        }
        for (; kept < before.size(); kept++) steps.add(new Step<>(Op.SAME, before.get(kept)));
        return steps;
    }
}
