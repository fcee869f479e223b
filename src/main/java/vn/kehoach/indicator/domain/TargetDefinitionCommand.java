package vn.kehoach.indicator.domain;

import vn.kehoach.plan.StrategyTarget.Direction;
import vn.kehoach.plan.StrategyTarget.Measure;

import java.math.BigDecimal;

/**
 * What an administrator sets for a target of the catalogue, numbers already parsed.
 *
 * @param position the order within the goal; null puts a new target after the goal's others and keeps an existing
 *                 one where it is
 */
public record TargetDefinitionCommand(String code, int goalNo, Integer position, String wording,
                                      boolean wordingConfirmed, String unit, Measure measure, BigDecimal scale,
                                      Direction direction, BigDecimal target2025, boolean target2025Strict,
                                      String target2025Text, BigDecimal target2030, boolean target2030Strict,
                                      String target2030Text, String numeratorLabel, String denominatorLabel,
                                      boolean bySex, String source, boolean active) {
}
