package org.mentra.sessions.pairing.planning;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.Map;
import org.mentra.sessions.pairing.planning.domain.PairingPlan;
import org.mentra.sessions.pairing.planning.domain.PairingRequest;
import org.mentra.sessions.pairing.planning.solver.ExactPairingPhase;
import org.mentra.sessions.pairing.planning.solver.PairingConstraintProvider;

/**
 * Solves a pairing: first the exact assignment (the optimum of pairs and compatibility), then Timefold
 * local search for what an assignment cannot express (an even load), starting from that optimum. The
 * score is lexicographic and the best solution is kept, so the result never pairs fewer patients than
 * the exact step did. Reproducible: the same problem gives the same pairing (fixed seed, step limits;
 * the time cap is only a safety net).
 */
public class PairingPlanner {

  private final SolverFactory<PairingPlan> solverFactory;

  /**
   * @param stepLimit local search steps at most (0: the exact step alone)
   * @param unimprovedStepLimit local search ends after this many steps without improvement
   * @param moveLimit local search ends after evaluating this many moves; this also ends a step that finds no
   *     acceptable move (at an optimum every move is worse, and a step would otherwise search until the time cap)
   * @param timeCap the most the whole solve may take
   */
  public PairingPlanner(int stepLimit, int unimprovedStepLimit, long moveLimit, Duration timeCap) {
    SolverConfig config = new SolverConfig()
        .withSolutionClass(PairingPlan.class)
        .withEntityClasses(PairingRequest.class)
        .withConstraintProviderClass(PairingConstraintProvider.class)
        .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
        .withRandomSeed(0L)
        .withTerminationConfig(new TerminationConfig().withSpentLimit(timeCap));
    CustomPhaseConfig exact = new CustomPhaseConfig().withCustomPhaseCommands(new ExactPairingPhase());
    if (stepLimit > 0) {
      config.withPhases(exact, new LocalSearchPhaseConfig().withTerminationConfig(new TerminationConfig()
          .withStepCountLimit(stepLimit)
          .withUnimprovedStepCountLimit(unimprovedStepLimit)
          .withMoveCountLimit(moveLimit)));
    } else {
      config.withPhases(exact);
    }
    this.solverFactory = SolverFactory.create(config);
  }

  /** The soft weights that configuration may change. */
  public static ConstraintWeightOverrides<HardMediumSoftScore> weights(int preferredCounselorBonus,
      int loadSpreadWeight) {
    return ConstraintWeightOverrides.of(Map.of(
        PairingConstraintProvider.PREFERRED_COUNSELOR, HardMediumSoftScore.ofSoft(preferredCounselorBonus),
        PairingConstraintProvider.LOAD_SPREAD, HardMediumSoftScore.ofSoft(loadSpreadWeight)));
  }

  /** The best pairing found; pinned requests keep their seats. */
  public PairingPlan solve(PairingPlan problem) {
    if (problem.getRequests().stream().allMatch(PairingRequest::isPinned)) {
      return problem;
    }
    return solverFactory.buildSolver().solve(problem);
  }
}
