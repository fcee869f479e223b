/**
 * Indicators: the catalogue of the National Strategy on Gender Equality's goals and targets (Nghị quyết 28/NQ-CP),
 * the targets a province sets itself, the values of accepted reports rolled up the unit hierarchy (rates as the ratio
 * of summed numerators to summed denominators), a unit's own figure used instead with its reason, and attainment per
 * unit and year with trend, the units below and the report annex "Phụ lục I".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators", allowedDependencies = {"audit",
        "officialdoc", "plan", "reporting", "roster", "shared"})
package vn.kehoach.indicator;
