package vn.kehoach.account.web;

import jakarta.validation.constraints.Size;

/** Why an administrator closes an account (optional), shown on the account afterwards. */
public class DisableForm {

    @Size(max = 200)
    private String reason;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
