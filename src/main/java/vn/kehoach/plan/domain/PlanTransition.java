package vn.kehoach.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.kehoach.plan.PlanStatus;

import java.time.Instant;

/** One step of a plan's workflow, kept for good: who, when, why. */
@Entity
@Table(name = "plan_transition")
public class PlanTransition {

    public enum Action {
        CREATE, SUBMIT, RECALL, RETURN, ISSUE, REVOKE, AMEND, SUPERSEDE, COPY_FORWARD, IMPLEMENT, IMPORT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long planId;

    @Enumerated(EnumType.STRING)
    private PlanStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String actorName;

    @Column(nullable = false)
    private Instant at;

    private String reason;

    protected PlanTransition() {
    }

    public PlanTransition(Long planId, PlanStatus fromStatus, PlanStatus toStatus, Action action, String actor,
                          String actorName, Instant at, String reason) {
        this.planId = planId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.action = action;
        this.actor = actor;
        this.actorName = actorName;
        this.at = at;
        this.reason = reason;
    }

    public Long getId() { return id; }

    public Long getPlanId() { return planId; }

    public PlanStatus getFromStatus() { return fromStatus; }

    public PlanStatus getToStatus() { return toStatus; }

    public Action getAction() { return action; }

    public String getActor() { return actor; }

    public String getActorName() { return actorName; }

    public Instant getAt() { return at; }

    public String getReason() { return reason; }
}
