package vn.kehoach.plan;

import vn.kehoach.officialdoc.Numbering;
import vn.kehoach.officialdoc.OfficialWording;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A whole plan as pages, exports and the JSON API see it. Sections carry their printed labels ("I", "1", "a",
 * "5.1", "-") and tasks their section paths ("II.2.a").
 */
public record PlanDetails(
                          long id,
                          PlanStatus status,
                          long version,
                          int revision,
                          int year,
                          String title,
                          String number,
                          String symbol,
                          String place,
                          LocalDate issuedOn,
                          Issuer issuer,
                          Long parentPlanId,
                          Long amendsPlanId,
                          List<LegalBasisEntry> legalBasis,
                          List<Section> sections,
                          List<Task> tasks,
                          List<Requirement> reportingRequirements,
                          List<String> recipients,
                          Signer signer,
                          String closing,
                          Instant updatedAt,
                          String updatedBy) {

    /** Unmodifiable copies: a plan as of a version is kept in memory and shared by requests (see PlanQueries). */
    public PlanDetails {
        legalBasis = copy(legalBasis);
        sections = copy(sections);
        tasks = copy(tasks);
        reportingRequirements = copy(reportingRequirements);
        recipients = copy(recipients);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * @param parentBodyLine the upright line above the issuer ("UBND TỈNH QUẢNG NGÃI" for a Sở), may be null
     * @param issuerLines    the bold issuer lines of the header ("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI")
     */
    public record Issuer(long unitId, String unitCode, String unitName, String unitPath, long agencyId,
                         String agencyName, String agencyShortName, long draftingAgencyId,
                         String draftingAgencyName, String parentBodyLine, List<String> issuerLines) {
    }

    public record LegalBasisEntry(String text, String documentNumber, LocalDate date, String issuer, Long planId) {
    }

    /**
     * @param number the printed label without punctuation
     * @param path   the labels from the top ("II.2.a"); a bullet's component is "-" and its position ("-2")
     * @param text   the body as plain text (paragraphs on their own lines); {@code html} the sanitised rich text
     */
    public record Section(long id, String number, String path, Numbering.Style style, String title, String text,
                          String html, SectionKind kind, boolean task, List<Section> children) {

        /** "I.", "1.", "a)", "5.1.", "-": the label as printed before the title. */
        public String printedLabel() {
            return style.printed(number);
        }
    }

    /**
     * @param name      the roster's name ("Sở Y tế tỉnh Quảng Ngãi"); null when the agency is gone from the roster
     * @param inText    as the plan's own text names it: without the plan's unit, which the reader knows ("Sở Y tế",
     *                  "Công an tỉnh"); the roster's name for agencies of other units
     * @param requested its duties are requested ("Đề nghị …"), not assigned: the front and mass organisations
     * @param order     the roster's order of agencies, in which plans list their duties
     */
    public record AgencyName(Long agencyId, String name, String inText, boolean requested, int order) {

        public AgencyName(Long agencyId, String name) {
            this(agencyId, name, name, false, Integer.MAX_VALUE);
        }
    }

    /**
     * @param leadNote      a lead agency as written where the roster has no match (imported or cascaded), to be mapped
     * @param timeNote      a time that is not a date range ("Thường xuyên", "Cả năm")
     * @param leadRequested the lead is requested ("Đề nghị …"), not assigned: marked so on the task, or a body the
     *                      roster knows as requested by nature (the Fatherland Front, mass organisations)
     */
    public record Task(long sectionId, String sectionNumber, String title, AgencyName lead, String leadNote,
                       List<AgencyName> coordinating, LocalDate from, LocalDate to, String timeNote, String output,
                       List<String> targets, Long implementsSectionId, boolean leadRequested) {

        public Task(long sectionId, String sectionNumber, String title, AgencyName lead, String leadNote,
                    List<AgencyName> coordinating, LocalDate from, LocalDate to, String timeNote, String output,
                    List<String> targets, Long implementsSectionId) {
            this(sectionId, sectionNumber, title, lead, leadNote, coordinating, from, to, timeNote, output, targets,
                    implementsSectionId, false);
        }
    }

    public record Requirement(long id, ReportKind kind, LocalDate periodFrom, LocalDate periodTo, LocalDate dueDate,
                              Long receiverAgencyId, String receiver, Reporters reporters, String text) {
    }

    public record Signer(String authority, String title, String name) {

        /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH": one line each. */
        public List<String> authorityLines() {
            return authority == null || authority.isBlank() ? List.of() : List.of(authority.split("\\R"));
        }
    }

    /** "Số: 35/KH-UBND", or with the number blank before issue. */
    public String numberLine() {
        return OfficialWording.numberLine(number, symbol);
    }

    /** "Quảng Ngãi, ngày 14 tháng 7 năm 2025", or with blanks before issue. */
    public String placeAndDateLine() {
        return OfficialWording.placeAndDate(place, issuedOn, year);
    }

    /** Every section in reading order, depth first. */
    public List<Section> flatSections() {
        List<Section> out = new ArrayList<>();
        flatten(sections, out);
        return out;
    }

    private static void flatten(List<Section> sections, List<Section> out) {
        for (Section section : sections) {
            out.add(section);
            flatten(section.children(), out);
        }
    }
}
