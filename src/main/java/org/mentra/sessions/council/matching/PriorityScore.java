package org.mentra.sessions.council.matching;

import java.util.List;

/** How well a mentor suits one council, and why, in words a coordinator reads. */
public record PriorityScore(double value, List<String> reasons) {

  public PriorityScore {
    reasons = List.copyOf(reasons);
  }
}
