package org.mentra.sessions.pairing.planning.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.mentra.sessions.pairing.planning.domain.CounselorSeat;
import org.mentra.sessions.pairing.planning.domain.PairingPlan;
import org.mentra.sessions.pairing.planning.domain.PairingRequest;

/**
 * The first phase of the solver: the exact optimum of everything an assignment can express. Open
 * registrations on one side, free counselor seats on the other, an edge where every hard rule holds,
 * weighted {@code BIG + compatibility (+ the preferred-counselor bonus)}; BIG exceeds any total of the
 * rest, so the maximum-weight matching pairs as many patients as possible first and then maximises
 * compatibility. Pinned (published) pairs and every seat that clashes with them are taken out first.
 * Seats of one counselor never overlap (they are cut from merged windows), so one patient per seat
 * is one patient per counselor at a time. Local search then starts from this optimum.
 */
public class ExactPairingPhase implements PhaseCommand<PairingPlan> {

  /** The preferred-counselor bonus when no override says otherwise; the constraint uses the same. */
  static final int DEFAULT_PREFERRED_COUNSELOR_BONUS = 20;

  @Override
  public void changeWorkingSolution(ScoreDirector<PairingPlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
    PairingPlan plan = scoreDirector.getWorkingSolution();
    List<PairingRequest> pinned = plan.getRequests().stream().filter(r -> r.isPinned() && r.getSeat() != null).toList();
    List<PairingRequest> open = plan.getRequests().stream().filter(r -> !r.isPinned()).toList();
    List<CounselorSeat> free = plan.getSeats().stream()
        .filter(seat -> pinned.stream().noneMatch(p -> p.getSeat().clashesWith(seat)))
        .toList();
    int[] match = MaximumWeightMatching.solve(weights(open, free, preferredBonus(plan)));
    for (int i = 0; i < open.size(); i++) {
      PairingRequest request = open.get(i);
      CounselorSeat seat = match[i] < 0 ? null : free.get(match[i]);
      if (request.getSeat() != seat) {
        scoreDirector.beforeVariableChanged(request, "seat");
        request.setSeat(seat);
        scoreDirector.afterVariableChanged(request, "seat");
      }
    }
    scoreDirector.triggerVariableListeners();
  }

  static long[][] weights(List<PairingRequest> requests, List<CounselorSeat> seats, int preferredBonus) {
    long[][] soft = new long[requests.size()][seats.size()];
    long maxSoft = 0;
    for (int i = 0; i < requests.size(); i++) {
      PairingRequest request = requests.get(i);
      for (int j = 0; j < seats.size(); j++) {
        CounselorSeat seat = seats.get(j);
        if (request.canTake(seat)) {
          soft[i][j] = 1 + request.compatibilityWith(seat.counselor())
              + (request.prefers(seat.counselor()) ? preferredBonus : 0);
          maxSoft = Math.max(maxSoft, soft[i][j]);
        }
      }
    }
    // One more pair must outweigh any difference in the rest: BIG > (pairs possible) × (largest soft weight).
    long big = maxSoft * Math.min(requests.size(), seats.size()) + 1;
    for (long[] row : soft) {
      for (int j = 0; j < row.length; j++) {
        if (row[j] > 0) {
          row[j] += big;
        }
      }
    }
    return soft;
  }

  private static int preferredBonus(PairingPlan plan) {
    HardMediumSoftScore weight = plan.getConstraintWeightOverrides() == null ? null
        : plan.getConstraintWeightOverrides().getConstraintWeight(PairingConstraintProvider.PREFERRED_COUNSELOR);
    return weight == null ? DEFAULT_PREFERRED_COUNSELOR_BONUS : (int) weight.softScore();
  }
}
