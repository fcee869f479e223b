package vn.kehoach.reporting.web;

import jakarta.validation.constraints.Size;

import java.util.LinkedHashMap;
import java.util.Map;

/** The reviewer's decision: the reason for a return and comments on the parts to fix. */
public class ReviewForm {

    @Size(max = 5_000)
    private String reason;

    /** Comment per part: "entry:123", "target:1.1", "results", "attachments"... */
    private Map<String, @Size(max = 5_000) String> comments = new LinkedHashMap<>();

    public String getReason() { return reason; }

    public void setReason(String reason) { this.reason = reason; }

    public Map<String, String> getComments() { return comments; }

    public void setComments(Map<String, String> comments) { this.comments = comments; }
}
