package vn.kehoach.plan.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public class PlanCreateForm {

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;

    @NotNull
    private Long issuerAgencyId;

    /** Empty: the conventional title for the year and unit. */
    @Size(max = 500)
    private String title;

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Long getIssuerAgencyId() { return issuerAgencyId; }
    public void setIssuerAgencyId(Long issuerAgencyId) { this.issuerAgencyId = issuerAgencyId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
}
