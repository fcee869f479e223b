package vn.kehoach.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a leader returns a plan to its drafters, or revokes an issued one: recorded in the plan's history. */
public class ReasonForm {

    @NotBlank
    @Size(max = 2000)
    private String reason;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
