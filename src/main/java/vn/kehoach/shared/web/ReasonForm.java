package vn.kehoach.shared.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The reason a decision needs (returning a plan or a report, revoking, unlocking), kept in the history: a form of its
 * own so that a missing reason comes back beside its field, whatever the browser checked.
 */
public class ReasonForm {

    @NotBlank
    @Size(max = 5000)
    private String reason;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
