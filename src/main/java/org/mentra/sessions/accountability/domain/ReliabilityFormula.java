package org.mentra.sessions.accountability.domain;

import org.mentra.sessions.accountability.AccountabilityProperties.ReliabilityWeights;
import org.mentra.sessions.attendance.AttendanceTally;

/**
 * Reliability in 0..1: the share of sessions kept, with a few kept sessions of benefit of the
 * doubt, lowered for each strike that still counts, so recent misses weigh more than old ones.
 * Coming late counts as kept; excused sessions do not count at all.
 */
public record ReliabilityFormula(ReliabilityWeights weights) {

  public double reliability(AttendanceTally tally, int activeStrikes) {
    double prior = weights.priorSessions();
    double kept = tally.kept() + prior;
    double counted = tally.kept() + tally.noShows() + prior;
    double share = counted == 0 ? 1.0 : kept / counted;
    double value = share * Math.pow(1.0 - weights.strikePenalty(), activeStrikes);
    return Math.round(Math.max(0.0, Math.min(1.0, value)) * 1000) / 1000.0;
  }
}
