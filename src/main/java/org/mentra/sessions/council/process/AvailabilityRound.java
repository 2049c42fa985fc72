package org.mentra.sessions.council.process;

import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.mentra.sessions.council.CouncilAvailabilityService;

/**
 * The current round of asking mentors, as the diagram reads it: which mentors get a branch
 * ({@code ${availabilityRound.mentorIds(councilId)}}), the round's number that each branch keeps
 * locally, and the deadline its cut-off timer waits for.
 */
@Component
public class AvailabilityRound {

  private final CouncilAvailabilityService availability;

  AvailabilityRound(CouncilAvailabilityService availability) {
    this.availability = availability;
  }

  public List<String> mentorIds(String councilId) {
    return availability.mentorsToAsk(UUID.fromString(councilId));
  }

  public Integer number(String councilId) {
    return availability.round(UUID.fromString(councilId)).number();
  }

  /** A timer date: the engine takes a java.util.Date. */
  public Date deadline(String councilId) {
    return Date.from(availability.round(UUID.fromString(councilId)).deadline());
  }
}
