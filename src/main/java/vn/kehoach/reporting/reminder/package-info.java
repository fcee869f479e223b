/**
 * Deadline reminders: 7 days and 1 day before a report is due and when it is overdue, in the application and by
 * e-mail when SMTP is configured; each reminder once per report, however often and on however many nodes the job runs.
 */
package vn.kehoach.reporting.reminder;
