package org.mentra.sessions.safety;

import java.util.UUID;
import org.mentra.sessions.engine.ProcessVariable;

/** The few variables of report-review: the report's id and the moderators' choices; the rest lives in the report. */
public final class ReportVariables {

  public static final String PROCESS_KEY = "report-review";
  public static final ProcessVariable<UUID> REPORT_ID = ProcessVariable.uuid("reportId");
  public static final ProcessVariable<Boolean> URGENT = ProcessVariable.bool("urgent");
  /** When the review is due (the task's due date): the response target from the report (ISO instant). */
  public static final ProcessVariable<String> REVIEW_DUE = ProcessVariable.string("reviewDue");
  /** The form's decision value ("warn", "remove-host"). */
  public static final ProcessVariable<String> DECISION = ProcessVariable.string("decision");
  public static final ProcessVariable<String> DECISION_REASON = ProcessVariable.string("decisionReason");
  /** Whether the decision affects the reported person (they are told and may appeal). */
  public static final ProcessVariable<Boolean> AFFECTS_PERSON = ProcessVariable.bool("affectsPerson");
  public static final ProcessVariable<String> APPEAL_DECISION = ProcessVariable.string("appealDecision");
  public static final ProcessVariable<String> APPEAL_REASON = ProcessVariable.string("appealReason");
  /** The moderator who decided (the assignee, or who was signed in). */
  public static final ProcessVariable<String> MODERATOR = ProcessVariable.string("moderator");
  public static final ProcessVariable<String> APPEAL_MODERATOR = ProcessVariable.string("appealModerator");
  /** When the reported person may appeal until (the appeal window's timer). */
  public static final ProcessVariable<String> APPEAL_UNTIL = ProcessVariable.string("appealUntil");

  private ReportVariables() {}
}
