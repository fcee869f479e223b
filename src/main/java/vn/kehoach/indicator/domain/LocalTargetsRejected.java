package vn.kehoach.indicator.domain;

import java.util.List;

/** Local targets not saved, with what is wrong in which row; nothing of the submission was written. */
public class LocalTargetsRejected extends RuntimeException {

    /**
     * @param row   the index of the change in the submission
     * @param field "value2025", "value2030" or "note"; null for the row as a whole
     */
    public record Problem(int row, String field, String messageKey, Object... args) {
    }

    private final transient List<Problem> problems;

    LocalTargetsRejected(List<Problem> problems) {
        super("local targets rejected: " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
