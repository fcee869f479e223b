package vn.kehoach.indicator.web;

import org.springframework.stereotype.Component;
import vn.kehoach.indicator.domain.AnnexOne;
import vn.kehoach.indicator.domain.AttainmentService;

import java.math.BigDecimal;
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

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }
}
