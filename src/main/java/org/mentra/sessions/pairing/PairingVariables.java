package org.mentra.sessions.pairing;

import java.time.Instant;
import java.util.UUID;
import org.mentra.sessions.engine.ProcessVariable;

/** The process variables of {@code support-event} and {@code chat-session}: ids, times for timers, decisions. */
final class PairingVariables {

  static final ProcessVariable<UUID> EVENT_ID = ProcessVariable.uuid("eventId");
  static final ProcessVariable<Instant> EVENT_START = ProcessVariable.instant("eventStart");
  static final ProcessVariable<Instant> EVENT_END = ProcessVariable.instant("eventEnd");
  static final ProcessVariable<Boolean> SIGN_UPS_CLOSED = ProcessVariable.bool("signUpsClosed");

  static final ProcessVariable<UUID> CHAT_ID = ProcessVariable.uuid("chatId");
  static final ProcessVariable<Instant> CHAT_START = ProcessVariable.instant("chatStart");
  static final ProcessVariable<Instant> CHAT_END = ProcessVariable.instant("chatEnd");
  static final ProcessVariable<Boolean> STANDBY_FOUND = ProcessVariable.bool("standbyFound");
  static final ProcessVariable<Boolean> COUNSELOR_CHECKED_IN = ProcessVariable.bool("counselorCheckedIn");
  static final ProcessVariable<Boolean> PATIENT_NO_SHOW = ProcessVariable.bool("patientNoShow");
  static final ProcessVariable<Boolean> RE_PAIR = ProcessVariable.bool("rePair");
  static final ProcessVariable<RebookDecision> REBOOK_DECISION =
      ProcessVariable.enumeration("rebookDecision", RebookDecision.class);

  // What the coordinator's form shows when no standby could take over.
  static final ProcessVariable<String> PATIENT_NAME = ProcessVariable.string("patientName");
  static final ProcessVariable<String> EVENT_TITLE = ProcessVariable.string("eventTitle");
  static final ProcessVariable<String> SESSION_TIME = ProcessVariable.string("sessionTime");
  static final ProcessVariable<String> LATE_COUNSELOR_NAME = ProcessVariable.string("lateCounselorName");
  static final ProcessVariable<String> PATIENT_EMAIL = ProcessVariable.string("patientEmail");

  private PairingVariables() {}
}
