package org.mentra.sessions.safety;

import java.util.UUID;
import org.mentra.sessions.engine.ProcessVariable;

/** The variables of host-verification: the application's id, what the forms show, and the coordinators' answers. */
public final class HostVerificationVariables {

  public static final String PROCESS_KEY = "host-verification";
  public static final ProcessVariable<UUID> APPLICATION_ID = ProcessVariable.uuid("applicationId");
  /** Shown on every form: who applied, and what they sent. */
  public static final ProcessVariable<String> APPLICANT = ProcessVariable.string("applicant");
  public static final ProcessVariable<String> CREDENTIALS = ProcessVariable.string("credentials");
  public static final ProcessVariable<String> EXPERTISE = ProcessVariable.string("expertise");
  public static final ProcessVariable<String> REFERENCES = ProcessVariable.string("references");
  /** When the verification runs out (ISO instant): the expiry timer's date, fixed at the approval. */
  public static final ProcessVariable<String> EXPIRES_AT = ProcessVariable.string("expiresAt");
  /** Set by the step that rejects: its key ({@link HostVerificationStep#key()}), the reason, and who. */
  public static final ProcessVariable<String> REJECTED_STEP = ProcessVariable.string("rejectedStep");
  public static final ProcessVariable<String> REJECTION_REASON = ProcessVariable.string("rejectionReason");
  /** The coordinator who completed the last step. */
  public static final ProcessVariable<String> COORDINATOR = ProcessVariable.string("coordinator");
  /** How many times the coordinators were reminded of the late background check. */
  public static final ProcessVariable<Integer> BACKGROUND_REMINDERS = ProcessVariable.integer("backgroundReminders");
  /** Whether the host has professional events to come that the coordinators must take over. */
  public static final ProcessVariable<Boolean> HAND_OVER_EVENTS = ProcessVariable.bool("handOverEvents");
  /** The coordinators' note on what they did with those events (the hand-over form). */
  public static final ProcessVariable<String> HANDOVER_NOTE = ProcessVariable.string("handoverNote");

  private HostVerificationVariables() {}
}
