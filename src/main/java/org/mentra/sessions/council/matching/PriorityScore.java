package org.mentra.sessions.council.matching;

import java.util.List;

/**
 * How well a mentor suits one council, and why, in words a coordinator reads.
 *
 * @param outsideWorkingHours none of the proposed slots lies in the mentor's working hours: matching
 *     asks them only when too few others fit
 */
public record PriorityScore(double value, List<String> reasons, boolean outsideWorkingHours) {

  public PriorityScore {
    reasons = List.copyOf(reasons);
  }
}
