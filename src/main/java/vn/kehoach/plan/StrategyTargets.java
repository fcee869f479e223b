package vn.kehoach.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The catalogue of strategy targets, provided by the indicator module. Plans check the codes their tasks name against
 * it and reports show and validate values with it, without depending on the module that keeps it.
 */
public interface StrategyTargets {

    /** The targets in use, in catalogue order (goal, then position). */
    List<StrategyTarget> all();

    /** The targets with these codes that exist, by code; unknown codes are absent. */
    Map<String, StrategyTarget> byCode(Collection<String> codes);
}
