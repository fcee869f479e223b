package vn.kehoach.reporting.domain;

import vn.kehoach.shared.web.BusinessRuleException;

import java.util.List;

/** Sending refused: the report lacks what {@link Completeness} asks. The form shows each gap at its place. */
public class IncompleteReportException extends BusinessRuleException {

    private final transient List<Completeness.Problem> problems;

    public IncompleteReportException(List<Completeness.Problem> problems) {
        super("report.incomplete", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<Completeness.Problem> problems() {
        return problems;
    }
}
