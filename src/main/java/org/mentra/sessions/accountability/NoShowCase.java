package org.mentra.sessions.accountability;

import java.util.UUID;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.engine.ProcessVariable;
import org.mentra.sessions.accountability.domain.Strike;

/**
 * The {@code no-show-accountability} process: its key, its business key (one case per session and
 * person) and its variables. Variables are ids and decisions; everything else is in the strike.
 */
public final class NoShowCase {

  public static final String PROCESS_KEY = "no-show-accountability";
  /** The one-click purpose of the "tell us what happened" link in strike mails. */
  public static final String EXPLANATION_LINK = "accountability.explanation";

  public static final ProcessVariable<UUID> PERSON_ID = ProcessVariable.uuid("personId");
  public static final ProcessVariable<SessionKind> SESSION_KIND =
      ProcessVariable.enumeration("sessionKind", SessionKind.class);
  public static final ProcessVariable<UUID> SESSION_ID = ProcessVariable.uuid("sessionId");
  public static final ProcessVariable<UUID> STRIKE_ID = ProcessVariable.uuid("strikeId");
  /** Active strikes of the person, this one included, when it was recorded. */
  public static final ProcessVariable<Integer> ACTIVE_STRIKES = ProcessVariable.integer("activeStrikes");
  public static final ProcessVariable<Boolean> VOLUNTEER = ProcessVariable.bool("volunteer");
  /** When the pause of this case ends (the timer's date). */
  public static final ProcessVariable<java.time.Instant> PAUSE_ENDS = ProcessVariable.instant("pauseEnds");
  /** Whether the timer ended the pause (false: a later case paused the person for longer). */
  public static final ProcessVariable<Boolean> PAUSE_OVER = ProcessVariable.bool("pauseOver");
  /** After an accepted excuse: whether the person's sign-ups are still paused by other strikes. */
  public static final ProcessVariable<Boolean> STILL_PAUSED = ProcessVariable.bool("stillPaused");

  // The coordinators' decisions, as the forms in forms/ name them.
  public static final ProcessVariable<ExplanationDecision> EXPLANATION_DECISION =
      ProcessVariable.enumeration("explanationDecision", ExplanationDecision.class);
  public static final ProcessVariable<VolunteerDecision> REVIEW_DECISION =
      ProcessVariable.enumeration("reviewDecision", VolunteerDecision.class);
  public static final ProcessVariable<Integer> PAUSE_DAYS = ProcessVariable.integer("pauseDays");
  public static final ProcessVariable<String> NOTE_TO_PERSON = ProcessVariable.string("noteToPerson");

  private NoShowCase() {}

  /** One case per missed session and person. */
  public static String businessKey(SessionKind kind, UUID sessionId, UUID personId) {
    return kind + ":" + sessionId + ":" + personId;
  }

  public static String businessKey(Strike strike) {
    return businessKey(strike.getSessionKind(), strike.getSessionId(), strike.getPersonId());
  }

  /** A coordinator's answer to a participant's explanation. */
  public enum ExplanationDecision { ACCEPT, REFUSE }

  /** A coordinator's decision on a volunteer's no-show. */
  public enum VolunteerDecision { EXCUSE, WARN, PAUSE }
}
