package vn.kehoach.indicator.domain;

import vn.kehoach.plan.StrategyTarget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One target's figures over a unit tree for one year, computed bottom-up. A unit's figure is, in this order: its own
 * figure set with a reason (override); the sum of the units directly below that have one; its own reported figure.
 * A unit without units below reports for itself. Pure, so the arithmetic is tested without a database.
 */
public final class RollUp {

    public enum Origin {
        /** From the unit's own accepted report (or its predecessors' before a merger). */
        REPORTED,
        /** Summed from the units below. */
        ROLLED_UP,
        /** The unit's own figure used instead of the sum, with its reason. */
        OVERRIDDEN
    }

    /** @param reporting how many units directly below gave a figure that counted; {@code below} how many there are */
    public record Result(Figure figure, Origin origin, int reporting, int below) {
    }

    public record Node(long id, List<Node> children) {
    }

    private RollUp() {
    }

    public static Map<Long, Result> compute(StrategyTarget target, Node root, Map<Long, Figure> reported,
                                            Map<Long, Figure> overrides) {
        Map<Long, Result> results = new HashMap<>();
        // Most targets have no figures in most years: nothing to walk then.
        if (reported.isEmpty() && overrides.isEmpty()) return results;
        visit(target, root, reported, overrides, results);
        return results;
    }

    private static Result visit(StrategyTarget target, Node node, Map<Long, Figure> reported,
                                Map<Long, Figure> overrides, Map<Long, Result> results) {
        List<Figure> below = new ArrayList<>();
        for (Node child : node.children()) {
            Result r = visit(target, child, reported, overrides, results);
            if (r != null) below.add(r.figure());
        }
        int reporting = (int) Figure.usable(target, below);
        Result result;
        if (overrides.containsKey(node.id())) {
            result = new Result(overrides.get(node.id()), Origin.OVERRIDDEN, reporting, node.children().size());
        } else if (reporting > 0) {
            result = new Result(Figure.sum(target, below, null), Origin.ROLLED_UP, reporting, node.children().size());
        } else if (reported.containsKey(node.id()) && reported.get(node.id()).present()) {
            result = new Result(reported.get(node.id()), Origin.REPORTED, 0, node.children().size());
        } else {
            result = null;
        }
        if (result != null) results.put(node.id(), result);
        return result;
    }
}
