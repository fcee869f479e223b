package vn.kehoach.reporting.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.kehoach.reporting.EntryState;
import vn.kehoach.reporting.domain.EntryContent;
import vn.kehoach.reporting.domain.Figures;
import vn.kehoach.shared.web.Narrative;

/** One task's part of the report form. */
public class EntryForm {

    private Long sectionId;

    private EntryState state;

    @Size(max = 20_000)
    @Narrative
    private String narrative;

    @Min(0)
    @Max(1_000_000)
    private Integer activities;

    @Min(0)
    @Max(100_000_000)
    private Integer participantsMale;

    @Min(0)
    @Max(100_000_000)
    private Integer participantsFemale;

    @Min(0)
    @Max(1_000_000)
    private Integer products;

    @Pattern(regexp = NumberText.MONEY)
    @Size(max = 24)
    private String spent;

    static EntryForm of(EntryContent e) {
        EntryForm form = new EntryForm();
        form.sectionId = e.sectionId();
        form.state = e.state();
        form.narrative = e.narrative();
        Figures f = e.figures();
        form.activities = f.activities();
        form.participantsMale = f.participantsMale();
        form.participantsFemale = f.participantsFemale();
        form.products = f.products();
        form.spent = NumberText.money(f.spent());
        return form;
    }

    EntryContent toContent() {
        return new EntryContent(sectionId == null ? -1 : sectionId, null, null, null, state, narrative,
                new Figures(activities, participantsMale, participantsFemale, products, NumberText.money(spent)));
    }

    Figures figures() {
        return new Figures(activities, participantsMale, participantsFemale, products, NumberText.money(spent));
    }

    public Long getSectionId() { return sectionId; }

    public void setSectionId(Long sectionId) { this.sectionId = sectionId; }

    public EntryState getState() { return state; }

    public void setState(EntryState state) { this.state = state; }

    public String getNarrative() { return narrative; }

    public void setNarrative(String narrative) { this.narrative = narrative; }

    public Integer getActivities() { return activities; }

    public void setActivities(Integer activities) { this.activities = activities; }

    public Integer getParticipantsMale() { return participantsMale; }

    public void setParticipantsMale(Integer participantsMale) { this.participantsMale = participantsMale; }

    public Integer getParticipantsFemale() { return participantsFemale; }

    public void setParticipantsFemale(Integer participantsFemale) { this.participantsFemale = participantsFemale; }

    public Integer getProducts() { return products; }

    public void setProducts(Integer products) { this.products = products; }

    public String getSpent() { return spent; }

    public void setSpent(String spent) { this.spent = spent; }
}
