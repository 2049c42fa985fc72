package org.mentra.sessions.pairing;

import java.time.Instant;
import java.util.UUID;
import org.mentra.sessions.engine.ProcessVariable;
import org.mentra.sessions.pairing.domain.RebookDecision;

/** The process variables of {@code support-event} and {@code chat-session}: ids, times for timers, decisions. */
public final class PairingVariables {

  public static final ProcessVariable<UUID> EVENT_ID = ProcessVariable.uuid("eventId");
  public static final ProcessVariable<Instant> EVENT_START = ProcessVariable.instant("eventStart");
  public static final ProcessVariable<Instant> EVENT_END = ProcessVariable.instant("eventEnd");
  public static final ProcessVariable<Boolean> SIGN_UPS_CLOSED = ProcessVariable.bool("signUpsClosed");

  public static final ProcessVariable<UUID> CHAT_ID = ProcessVariable.uuid("chatId");
  public static final ProcessVariable<Instant> CHAT_START = ProcessVariable.instant("chatStart");
  public static final ProcessVariable<Instant> CHAT_END = ProcessVariable.instant("chatEnd");
  public static final ProcessVariable<Boolean> STANDBY_FOUND = ProcessVariable.bool("standbyFound");
  public static final ProcessVariable<Boolean> COUNSELOR_CHECKED_IN = ProcessVariable.bool("counselorCheckedIn");
  public static final ProcessVariable<Boolean> PATIENT_NO_SHOW = ProcessVariable.bool("patientNoShow");
  public static final ProcessVariable<Boolean> RE_PAIR = ProcessVariable.bool("rePair");
  public static final ProcessVariable<RebookDecision> REBOOK_DECISION =
      ProcessVariable.enumeration("rebookDecision", RebookDecision.class);

  // What the coordinator's form shows when no standby could take over.
  public static final ProcessVariable<String> PATIENT_NAME = ProcessVariable.string("patientName");
  public static final ProcessVariable<String> EVENT_TITLE = ProcessVariable.string("eventTitle");
  public static final ProcessVariable<String> SESSION_TIME = ProcessVariable.string("sessionTime");
  public static final ProcessVariable<String> LATE_COUNSELOR_NAME = ProcessVariable.string("lateCounselorName");
  public static final ProcessVariable<String> PATIENT_EMAIL = ProcessVariable.string("patientEmail");

  private PairingVariables() {}
}
