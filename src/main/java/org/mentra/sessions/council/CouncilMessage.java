package org.mentra.sessions.council;

import org.mentra.sessions.engine.ProcessMessage;

/** The messages the council code sends to council-session processes. */
enum CouncilMessage implements ProcessMessage {
  /** The platform requested a council through the API (starts the process). */
  COUNCIL_REQUESTED("CouncilRequested"),
  /** A mentor answered for the first time in a round (matched on the branch's mentorId and round). */
  AVAILABILITY_ANSWERED("AvailabilityAnswered"),
  COUNCIL_CANCELLED("CouncilCancelled"),
  MENTOR_DROPPED_OUT("MentorDroppedOut");

  private final String messageName;

  CouncilMessage(String messageName) {
    this.messageName = messageName;
  }

  @Override
  public String messageName() {
    return messageName;
  }
}
