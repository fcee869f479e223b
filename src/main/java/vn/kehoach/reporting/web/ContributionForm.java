package vn.kehoach.reporting.web;

import vn.kehoach.reporting.domain.Contribution;

/** A coordinating agency's contribution on a task: what it did and its figures (the task's state is the lead's). */
public class ContributionForm extends EntryForm {

    private Long version;

    static ContributionForm of(Contribution c) {
        ContributionForm form = new ContributionForm();
        if (c != null) {
            form.version = c.getVersion();
            form.setNarrative(c.getNarrative());
            var f = c.figures();
            form.setActivities(f.activities());
            form.setParticipantsMale(f.participantsMale());
            form.setParticipantsFemale(f.participantsFemale());
            form.setProducts(f.products());
            form.setSpent(NumberText.money(f.spent()));
        }
        return form;
    }

    public Long getVersion() { return version; }

    public void setVersion(Long version) { this.version = version; }
}
