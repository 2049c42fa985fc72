package org.mentra.sessions.pairing.planning;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;
import java.util.Map;
import org.mentra.sessions.pairing.planning.domain.PairingPlan;
import org.mentra.sessions.pairing.planning.domain.PairingRequest;
import org.mentra.sessions.pairing.planning.solver.PairingConstraintProvider;
import org.mentra.sessions.pairing.planning.solver.PairingFlow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solves a pairing exactly, as one minimum-cost flow ({@link PairingFlow}): the most patients paired,
 * then the most compatibility, then the most even counselor load; or, if the process owner set a
 * load-spread weight, compatibility traded against load at that rate. The flow expresses every rule
 * and goal there is, so no search follows it. Timefold stays as the referee: the constraints score
 * the result (the score the pairing log shows, and an independent check that no hard rule broke).
 * Reproducible: the same problem gives the same pairing.
 */
public class PairingPlanner {

  private static final Logger log = LoggerFactory.getLogger(PairingPlanner.class);

  private final SolutionManager<PairingPlan, HardMediumSoftScore> scoring;
  private final Duration timeCap;

  /**
   * @param timeCap a safety net: past it the flow stops between augmenting paths and returns what it has,
   *     a feasible pairing of fewer patients that is the best of its size (the rest wait for the next run);
   *     at our sizes the flow takes well under a second
   */
  public PairingPlanner(Duration timeCap) {
    this.scoring = SolutionManager.create(SolverFactory.create(new SolverConfig()
        .withSolutionClass(PairingPlan.class)
        .withEntityClasses(PairingRequest.class)
        .withConstraintProviderClass(PairingConstraintProvider.class)));
    this.timeCap = timeCap;
  }

  /**
   * The weights that configuration may change.
   *
   * @param loadSpreadWeight 0: the load is only evened among the pairings of the best compatibility; w > 0:
   *     each point of Σ chats² costs w points of compatibility
   */
  public static ConstraintWeightOverrides<HardMediumSoftScore> weights(int preferredCounselorBonus,
      int loadSpreadWeight) {
    return ConstraintWeightOverrides.of(Map.of(
        PairingConstraintProvider.PREFERRED_COUNSELOR, HardMediumSoftScore.ofSoft(preferredCounselorBonus),
        PairingConstraintProvider.LOAD_SPREAD, HardMediumSoftScore.ofSoft(loadSpreadWeight)));
  }

  /** The best pairing, scored; pinned requests keep their seats. */
  public PairingPlan solve(PairingPlan problem) {
    long deadline = System.nanoTime() + timeCap.toNanos();
    boolean[] capped = {false};
    PairingFlow.solve(problem, () -> capped[0] = System.nanoTime() - deadline > 0);
    if (capped[0]) {
      log.warn("The pairing reached its time cap ({}): it pairs fewer patients than it could; the others wait for "
          + "the next run (mentra.pairing.solver.time-cap)", timeCap);
    }
    scoring.update(problem);
    return problem;
  }
}
