package org.mentra.sessions.council;

import java.time.Instant;
import java.util.UUID;
import org.mentra.sessions.engine.ProcessVariable;

/** The few, typed variables of a council-session process; the data itself lives in the council's rows. */
final class CouncilVariables {

  static final String PROCESS_KEY = "council-session";

  static final ProcessVariable<UUID> COUNCIL_ID = ProcessVariable.uuid("councilId");
  /** The mentor of one branch of the availability collection (local to the branch). */
  static final ProcessVariable<UUID> MENTOR_ID = ProcessVariable.uuid("mentorId");
  /** The round of asking, so a late answer never lands in a later round's branch. */
  static final ProcessVariable<Integer> ROUND = ProcessVariable.integer("round");
  static final ProcessVariable<Boolean> ENOUGH_MENTORS = ProcessVariable.bool("enoughMentors");
  static final ProcessVariable<Boolean> QUORUM_REACHED = ProcessVariable.bool("quorumReached");
  static final ProcessVariable<Boolean> QUORUM_HOLDS = ProcessVariable.bool("quorumHolds");
  static final ProcessVariable<Instant> SESSION_START = ProcessVariable.instant("sessionStart");
  static final ProcessVariable<Instant> SESSION_END = ProcessVariable.instant("sessionEnd");
  static final ProcessVariable<NextStep> NEXT_STEP = ProcessVariable.enumeration("nextStep", NextStep.class);
  static final ProcessVariable<String> CANCELLATION_REASON = ProcessVariable.string("cancellationReason");

  private CouncilVariables() {}
}
