package org.mentra.sessions.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.event.SolverEventListener;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.council.CouncilProperties;
import org.mentra.sessions.council.planning.domain.CouncilSchedule;
import org.mentra.sessions.council.planning.solver.CouncilOracle;
import org.mentra.sessions.council.planning.solver.CouncilOracle.Level;
import org.mentra.sessions.council.planning.solver.CouncilOracle.Optimum;
import org.mentra.sessions.council.planning.solver.CouncilSolver;
import org.mentra.sessions.council.planning.solver.RandomCouncils;

/**
 * The council time selection ({@link CouncilSolver} with the application's limits) on 50 and 200
 * councils over 300 mentors, five proposed slots each, seven candidates per council, slots over two
 * weeks, 20 confirmed councils as fixed facts: when the first feasible plan (hard 0) is found, when the
 * final one is, and how it compares with the exact hard and medium optimum ({@link CouncilOracle}).
 * Targets: feasible within 2 s, final within 10 s, the oracle's medium score.
 */
class CouncilTimeSelectionBenchmark {

  private static final long SEED = Long.getLong("mentra.bench.seed", 42);
  private static final long ORACLE_NODES = 20_000_000;

  @Test
  void councilTimeSelection() {
    CouncilProperties.Solver limits = CouncilProperties.defaults().solver();
    // -Dmentra.bench.step-limit / unimproved-step-limit: try other limits than the application's.
    CouncilSolver solver = new CouncilSolver(Integer.getInteger("mentra.bench.step-limit", limits.stepLimit()),
        Integer.getInteger("mentra.bench.unimproved-step-limit", limits.unimprovedStepLimit()), limits.timeCap());
    Bench.Table table = new Bench.Table("Council time selection", "councils × mentors × slots", "seats",
        "feasible (ms)", "final (ms)", "solve ends (ms)", "score (hard/medium/soft)", "oracle hard/medium",
        "oracle exact", "gap (medium)", "groups (largest)", "oracle (ms)");
    // Warm-up: the JIT and Timefold's first use, on another instance.
    solve(solver, RandomCouncils.generate(SEED + 1, 50, 300, 5, 7, 14, 20));
    for (int councils : new int[] {50, 200}) {
      CouncilSchedule problem = RandomCouncils.generate(SEED, councils, 300, 5, 7, 14, 20);
      long seats = problem.getSeats().stream().filter(s -> !s.isPinned()).count();
      Run run = solve(solver, problem);

      long start = System.nanoTime();
      Optimum oracle = CouncilOracle.optimum(RandomCouncils.generate(SEED, councils, 300, 5, 7, 14, 20),
          Level.HARD_MEDIUM, ORACLE_NODES);
      long oracleMillis = (System.nanoTime() - start) / 1_000_000;

      HardMediumSoftScore score = run.solved().getScore();
      assertThat(CouncilOracle.score(run.solved())).as("the oracle's rules score the plan alike").isEqualTo(score);
      assertThat(score.hardScore()).isLessThanOrEqualTo(oracle.upperBound().hardScore());
      table.row(councils + " × 300 × 5", seats, run.feasibleMillis() < 0 ? "never" : run.feasibleMillis(),
          run.finalMillis(), run.totalMillis(),
          score.hardScore() + " / " + score.mediumScore() + " / " + score.softScore(),
          oracle.score().hardScore() + " / " + oracle.score().mediumScore(),
          oracle.exact() ? "yes" : "no (bound " + oracle.upperBound().hardScore() + " / "
              + oracle.upperBound().mediumScore() + ")",
          score.hardScore() == oracle.score().hardScore() ? oracle.score().mediumScore() - score.mediumScore()
              : "hard " + (oracle.score().hardScore() - score.hardScore()),
          oracle.groups() + " (" + oracle.largestGroup() + ")", oracleMillis);
    }
    table.print();
  }

  /** The solve, with when its first feasible and its last better solution came. */
  private static Run solve(CouncilSolver solver, CouncilSchedule problem) {
    AtomicLong feasible = new AtomicLong(-1);
    AtomicLong last = new AtomicLong(-1);
    long start = System.nanoTime();
    SolverEventListener<CouncilSchedule> observer = event -> {
      long now = (System.nanoTime() - start) / 1_000_000;
      if (event.isNewBestSolutionInitialized() && event.getNewBestScore().isFeasible()) {
        feasible.compareAndSet(-1, now);
      }
      last.set(now);
    };
    solver.addObserver(observer);
    try {
      CouncilSchedule solved = solver.solve(problem);
      long total = (System.nanoTime() - start) / 1_000_000;
      if (feasible.get() < 0 && solved.getScore().isFeasible()) {
        feasible.set(last.get());
      }
      return new Run(solved, feasible.get(), last.get(), total);
    } finally {
      solver.removeObserver(observer);
    }
  }

  private record Run(CouncilSchedule solved, long feasibleMillis, long finalMillis, long totalMillis) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d/%d/%d ms %s", feasibleMillis, finalMillis, totalMillis,
          solved.getScore());
    }
  }
}
