package vn.kehoach.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the sendings of a report recorded: the round, the number and signature it went with, when it was first and
 * last sent and who accepted it. Columns of the report table, kept together because they change only when the report
 * is sent, accepted or reopened, which {@link Report} decides.
 */
@Embeddable
class ReportSending {

    @Column(name = "round")
    private int round;

    @Column(name = "number")
    private String number;

    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    @Column(name = "last_submitted_at")
    private Instant lastSubmittedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by")
    private String acceptedBy;

    @Column(name = "signer_authority")
    private String signerAuthority;

    @Column(name = "signer_title")
    private String signerTitle;

    @Column(name = "signer_name")
    private String signerName;

    /** A new round: the number and signature it is sent with; the first sending's time is kept. */
    void sent(String number, String signerAuthority, String signerTitle, String signerName, Instant now) {
        this.number = number;
        this.signerAuthority = signerAuthority;
        this.signerTitle = signerTitle;
        this.signerName = signerName;
        round++;
        if (firstSubmittedAt == null) firstSubmittedAt = now;
        lastSubmittedAt = now;
    }

    void accepted(String actor, Instant now) {
        acceptedAt = now;
        acceptedBy = actor;
    }

    void reopened() {
        acceptedAt = null;
        acceptedBy = null;
    }

    /** Whether the first sending came after the due date (in the given time zone), or null if never sent. */
    Boolean onTime(LocalDate dueDate, ZoneId zone) {
        if (firstSubmittedAt == null) return null;
        return !firstSubmittedAt.atZone(zone).toLocalDate().isAfter(dueDate);
    }

    int round() { return round; }

    String number() { return number; }

    Instant firstSubmittedAt() { return firstSubmittedAt; }

    Instant lastSubmittedAt() { return lastSubmittedAt; }

    Instant acceptedAt() { return acceptedAt; }

    String signerAuthority() { return signerAuthority; }

    String signerTitle() { return signerTitle; }

    String signerName() { return signerName; }
}
