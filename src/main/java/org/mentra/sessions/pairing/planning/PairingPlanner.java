package org.mentra.sessions.pairing.planning;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
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

  /** At most this many moves per (open registration, candidate seat): a small problem is searched briefly. */
  static final int MOVES_PER_CANDIDATE = 20;

  private final SolverFactory<PairingPlan> solverFactory;
  private final long moveLimit;
  private final Duration timeCap;

  /**
   * @param stepLimit local search steps at most (0: the exact step alone)
   * @param unimprovedStepLimit local search ends after this many steps without improvement
   * @param moveLimit local search ends after evaluating this many moves, or {@value #MOVES_PER_CANDIDATE} per
   *     registration and candidate seat if fewer; this also ends a step that finds no acceptable move (at an
   *     optimum every move is worse, and a step would otherwise search until the time cap)
   * @param timeCap the most the whole solve may take
   */
  public PairingPlanner(int stepLimit, int unimprovedStepLimit, long moveLimit, Duration timeCap) {
    SolverConfig config = new SolverConfig()
        .withSolutionClass(PairingPlan.class)
        .withEntityClasses(PairingRequest.class)
        .withConstraintProviderClass(PairingConstraintProvider.class)
        .withEnvironmentMode(EnvironmentMode.NO_ASSERT)  // reproducible: same input, same pairing
        .withRandomSeed(0L);
    CustomPhaseConfig exact = new CustomPhaseConfig().withCustomPhaseCommands(new ExactPairingPhase());
    if (stepLimit > 0) {
      config.withPhases(exact, new LocalSearchPhaseConfig().withTerminationConfig(new TerminationConfig()
          .withStepCountLimit(stepLimit)
          .withUnimprovedStepCountLimit(unimprovedStepLimit)));
    } else {
      config.withPhases(exact);
    }
    this.solverFactory = SolverFactory.create(config);
    this.moveLimit = moveLimit;
    this.timeCap = timeCap;
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
    long candidates = problem.getRequests().stream().filter(r -> !r.isPinned())
        .mapToLong(r -> r.getCandidateSeats().size() + 1L).sum();
    TerminationConfig limits = new TerminationConfig()
        .withSpentLimit(timeCap)
        .withMoveCountLimit(Math.min(moveLimit, MOVES_PER_CANDIDATE * candidates));
    return solverFactory.buildSolver(new SolverConfigOverride<PairingPlan>().withTerminationConfig(limits))
        .solve(problem);
  }
}
