package vn.kehoach.reporting;

/** How far a task has got: chưa triển khai, đang triển khai, hoàn thành. */
public enum EntryState {
    NOT_STARTED, IN_PROGRESS, DONE
}
