package org.mentra.sessions.pairing.planning.domain;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.List;

/**
 * The pairing of one event: every registration (published pairs pinned) and every counselor seat.
 * Hard: the rules of a pair; medium: patients left unpaired; soft: compatibility, preferred
 * counselors and an even load.
 */
@PlanningSolution
public class PairingPlan {

  @ProblemFactCollectionProperty
  private List<CounselorSeat> seats;

  @PlanningEntityCollectionProperty
  private List<PairingRequest> requests;

  private ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides;

  @PlanningScore
  private HardMediumSoftScore score;

  PairingPlan() {}

  public PairingPlan(List<CounselorSeat> seats, List<PairingRequest> requests,
      ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides) {
    this.seats = List.copyOf(seats);
    this.requests = List.copyOf(requests);
    this.constraintWeightOverrides = constraintWeightOverrides;
  }

  public List<CounselorSeat> getSeats() {
    return seats;
  }

  public List<PairingRequest> getRequests() {
    return requests;
  }

  public ConstraintWeightOverrides<HardMediumSoftScore> getConstraintWeightOverrides() {
    return constraintWeightOverrides;
  }

  public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides) {
    this.constraintWeightOverrides = constraintWeightOverrides;
  }

  public HardMediumSoftScore getScore() {
    return score;
  }

  public void setScore(HardMediumSoftScore score) {
    this.score = score;
  }

  public long pairedCount() {
    return requests.stream().filter(r -> r.getSeat() != null).count();
  }

  /** The sum of the compatibility of every pair, pinned ones included. */
  public long totalCompatibility() {
    return requests.stream().filter(r -> r.getSeat() != null)
        .mapToLong(r -> r.compatibilityWith(r.getSeat().counselor())).sum();
  }
}
