package vn.kehoach.indicator.web;

import org.springframework.stereotype.Component;
import vn.kehoach.indicator.domain.AnnexOne;
import vn.kehoach.indicator.domain.AttainmentService;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Figures on the pages written as in the annex ("33,3", "1.250"), so that page and workbook read the same. */
@Component("indicatorNumbers")
public class IndicatorNumbers {

    public String format(BigDecimal n) {
        return n == null ? "—" : AnnexOne.number(n);
    }

    /** For the chart's data attributes: plain numbers joined by "|", empty for a year without a figure. */
    public String trendValues(List<AttainmentService.Point> trend) {
        return trend.stream().map(p -> plain(p.value())).collect(Collectors.joining("|"));
    }

    public String years(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining("|"));
    }

    public String trendTargets(List<AttainmentService.Point> trend) {
        return trend.stream().map(p -> plain(p.target())).collect(Collectors.joining("|"));
    }

    /** One unit below and its figure of each target, as the matrix prints them. */
    public record BelowRow(String code, String name, List<Cell> cells) {
    }

    /** A figure as printed, and its shade class (0 far from the target to 4 attained; none without figure). */
    public record Cell(String text, String css) {
    }

    /**
     * The matrix of the units below, ready to print: a province has up to 168 communes and 13 targets, and each of
     * those 2,000 cells evaluated in the template (shade, format) cost more than the rest of the page.
     */
    public List<BelowRow> below(AttainmentService.Attainment a) {
        List<BelowRow> out = new ArrayList<>(a.children().size());
        for (int i = 0; i < a.children().size(); i++) {
            List<Cell> cells = new ArrayList<>(a.rows().size());
            for (AttainmentService.Row row : a.rows()) {
                AttainmentService.ChildValue v = row.children().get(i);
                cells.add(new Cell(format(v.value()), v.shade() < 0 ? "shade-none" : "shade-" + v.shade()));
            }
            out.add(new BelowRow(a.children().get(i).code(), a.children().get(i).name(), cells));
        }
        return out;
    }

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }
}
