package org.mentra.sessions.council;

import java.time.Instant;
import java.util.UUID;
import org.mentra.sessions.engine.ProcessVariable;

/** The few, typed variables of a council-session process; the data itself lives in the council's rows. */
public final class CouncilVariables {

  public static final String PROCESS_KEY = "council-session";

  public static final ProcessVariable<UUID> COUNCIL_ID = ProcessVariable.uuid("councilId");
  /** The mentor of one branch of the availability collection (local to the branch). */
  public static final ProcessVariable<UUID> MENTOR_ID = ProcessVariable.uuid("mentorId");
  /** The round of asking, so a late answer never lands in a later round's branch. */
  public static final ProcessVariable<Integer> ROUND = ProcessVariable.integer("round");
  public static final ProcessVariable<Boolean> ENOUGH_MENTORS = ProcessVariable.bool("enoughMentors");
  public static final ProcessVariable<Boolean> QUORUM_REACHED = ProcessVariable.bool("quorumReached");
  public static final ProcessVariable<Boolean> QUORUM_HOLDS = ProcessVariable.bool("quorumHolds");
  public static final ProcessVariable<Instant> SESSION_START = ProcessVariable.instant("sessionStart");
  public static final ProcessVariable<Instant> SESSION_END = ProcessVariable.instant("sessionEnd");
  public static final ProcessVariable<NextStep> NEXT_STEP = ProcessVariable.enumeration("nextStep", NextStep.class);
  public static final ProcessVariable<String> CANCELLATION_REASON = ProcessVariable.string("cancellationReason");

  private CouncilVariables() {}
}
