package org.mentra.sessions.safety.reports.process;

/** The letters of report-review, as the diagram's mail steps name them ({@code letter}: {@code decision}, …). */
enum ReportLetter {
  ACKNOWLEDGEMENT,
  OUTCOME,
  DECISION,
  APPEAL_OUTCOME
}
