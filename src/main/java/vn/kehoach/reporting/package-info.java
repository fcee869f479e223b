/**
 * Reporting: the obligations an issued plan's reporting regime creates, the reports that answer them (per task,
 * strategy targets, assessment, attachments, coordinating agencies' contributions), review by the receiving agency,
 * consolidation of accepted reports into the level's own report upward, deadlines, reminders and completeness.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting", allowedDependencies = {"account", "audit",
        "officialdoc", "plan", "roster", "shared"})
package vn.kehoach.reporting;
