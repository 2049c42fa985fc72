package org.mentra.sessions.council.planning.solver;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import org.mentra.sessions.council.planning.domain.CouncilPlan;
import org.mentra.sessions.council.planning.domain.CouncilSchedule;
import org.mentra.sessions.council.planning.domain.MentorSeat;

/**
 * The council solver, built in code (the application has more than one solver, so the Spring Boot
 * starter's single solver does not fit). The same input gives the same answer: reproducible mode,
 * one thread, a fixed seed and step limits; the time cap only guards against absurd inputs.
 */
public final class CouncilSolver {

  private final SolverFactory<CouncilSchedule> factory;

  /**
   * @param stepLimit local-search steps at most
   * @param unimprovedStepLimit local search ends after this many steps without a better solution
   * @param timeCap the whole solve ends after this long, whatever the steps
   */
  public CouncilSolver(int stepLimit, int unimprovedStepLimit, Duration timeCap) {
    this.factory = SolverFactory.create(config(stepLimit, unimprovedStepLimit, timeCap));
  }

  static SolverConfig config(int stepLimit, int unimprovedStepLimit, Duration timeCap) {
    return new SolverConfig()
        .withSolutionClass(CouncilSchedule.class)
        .withEntityClasses(CouncilPlan.class, MentorSeat.class)
        .withConstraintProviderClass(CouncilConstraintProvider.class)
        .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
        .withRandomSeed(0L)
        .withPhases(
            new ConstructionHeuristicPhaseConfig(),
            new LocalSearchPhaseConfig().withTerminationConfig(new TerminationConfig()
                .withStepCountLimit(stepLimit)
                .withUnimprovedStepCountLimit(unimprovedStepLimit)))
        .withTerminationConfig(new TerminationConfig().withSpentLimit(timeCap));
  }

  /** Solves the schedule and returns the best solution found. */
  public CouncilSchedule solve(CouncilSchedule problem) {
    return factory.buildSolver().solve(problem);
  }

  public SolverFactory<CouncilSchedule> factory() {
    return factory;
  }
}
