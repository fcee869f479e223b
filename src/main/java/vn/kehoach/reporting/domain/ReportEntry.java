package vn.kehoach.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.kehoach.reporting.EntryState;

import java.math.BigDecimal;

/** What was done on one task of the subject plan, as the reporter wrote it. */
@Embeddable
public class ReportEntry {

    @Column(nullable = false)
    private Long sectionId;

    private Long implementsSectionId;

    private int position;

    private String taskPath;

    private String taskTitle;

    @Enumerated(EnumType.STRING)
    private EntryState state;

    private String narrative;

    private Integer activities;

    private Integer participantsMale;

    private Integer participantsFemale;

    private Integer products;

    private BigDecimal spent;

    protected ReportEntry() {
    }

    ReportEntry(EntryContent c, int position) {
        this.sectionId = c.sectionId();
        this.implementsSectionId = c.implementsSectionId();
        this.position = position;
        this.taskPath = c.taskPath();
        this.taskTitle = c.taskTitle();
        this.state = c.state();
        this.narrative = c.narrative();
        this.activities = c.figures().activities();
        this.participantsMale = c.figures().participantsMale();
        this.participantsFemale = c.figures().participantsFemale();
        this.products = c.figures().products();
        this.spent = c.figures().spent();
    }

    public EntryContent content() {
        return new EntryContent(sectionId, implementsSectionId, taskPath, taskTitle, state, narrative,
                new Figures(activities, participantsMale, participantsFemale, products, spent));
    }

    public Long getSectionId() { return sectionId; }

    public int getPosition() { return position; }
}
