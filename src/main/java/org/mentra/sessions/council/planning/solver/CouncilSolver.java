package org.mentra.sessions.council.planning.solver;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.event.SolverEventListener;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveListFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mentra.sessions.council.matching.WorkingHours;
import org.mentra.sessions.council.planning.domain.CouncilPlan;
import org.mentra.sessions.council.planning.domain.CouncilSchedule;
import org.mentra.sessions.council.planning.domain.MentorSeat;
import org.mentra.sessions.council.planning.domain.PlanningMentor;
import org.mentra.sessions.council.planning.domain.SlotAnswer;
import org.mentra.sessions.shared.TimeRange;

/**
 * The council solver, built in code (the application has more than one solver, so the Spring Boot
 * starter's single solver does not fit): a construction heuristic, then tabu search. The same input
 * gives the same answer: reproducible mode, one thread, a fixed seed and step limits; the time cap
 * only guards against absurd inputs.
 */
public final class CouncilSolver {

  static final int MOVE_TABU_SIZE = 7;
  static final int MOVES_PER_STEP = 50;

  private final SolverFactory<CouncilSchedule> factory;
  private final List<SolverEventListener<CouncilSchedule>> observers = new CopyOnWriteArrayList<>();

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
        .withEnvironmentMode(EnvironmentMode.NO_ASSERT) // reproducible (REPRODUCIBLE is deprecated for it in 1.x)
        .withRandomSeed(0L)
        .withPhases(
            // Council by council, the slot and the mentors together; then (only if that phase was cut
            // short) Timefold's own construction completes the rest, a slot for each council, then who sits in it.
            new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyCouncilPlacement.class)),
            construction(CouncilPlan.class),
            construction(MentorSeat.class),
            // Tabu search: each step takes the best of a bounded number of non-tabu moves, so every
            // step ends by itself and the search walks out of local optima.
            new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves())
                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                    .withAcceptorTypeList(List.of(AcceptorType.MOVE_TABU))
                    .withMoveTabuSize(MOVE_TABU_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(MOVES_PER_STEP))
                .withTerminationConfig(new TerminationConfig()
                    .withStepCountLimit(stepLimit)
                    .withUnimprovedStepCountLimit(unimprovedStepLimit)))
        .withTerminationConfig(new TerminationConfig().withSpentLimit(timeCap));
  }

  private static ConstructionHeuristicPhaseConfig construction(Class<?> entityClass) {
    return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new QueuedEntityPlacerConfig()
        .withEntitySelectorConfig(new EntitySelectorConfig().withId(entityClass.getSimpleName())
            .withEntityClass(entityClass)));
  }

  /**
   * Move a council to another of its slots, seat or unseat a mentor, swap two seats (one mentor in
   * for another), or replan a council at one of its slots with the mentors who can make it. Each kind
   * equally often: by default Timefold draws in proportion to how many moves of a kind there are, and
   * the pairs of seats outnumber all the rest a thousand to one on a large schedule.
   */
  private static UnionMoveSelectorConfig moves() {
    return new UnionMoveSelectorConfig().withMoveSelectors(
        new ChangeMoveSelectorConfig()
            .withEntitySelectorConfig(new EntitySelectorConfig(CouncilPlan.class))
            .withValueSelectorConfig(new ValueSelectorConfig("slot"))
            .withFixedProbabilityWeight(1.0),
        new ChangeMoveSelectorConfig()
            .withEntitySelectorConfig(new EntitySelectorConfig(MentorSeat.class))
            .withValueSelectorConfig(new ValueSelectorConfig("present"))
            .withFixedProbabilityWeight(1.0),
        new SwapMoveSelectorConfig()
            .withEntitySelectorConfig(new EntitySelectorConfig(MentorSeat.class))
            .withFixedProbabilityWeight(1.0),
        new MoveListFactoryConfig().withMoveListFactoryClass(ReplanCouncilMoves.class)
            .withFixedProbabilityWeight(1.0));
  }

  /** Solves the schedule and returns the best solution found. */
  public CouncilSchedule solve(CouncilSchedule problem) {
    return solve(factory.buildSolver(), problem);
  }

  /**
   * Solves within {@code timeCap} instead of the configured cap (what is left of a caller's budget,
   * when it solves more than once); the step limits stay.
   */
  public CouncilSchedule solve(CouncilSchedule problem, Duration timeCap) {
    Duration millis = timeCap.truncatedTo(ChronoUnit.MILLIS); // Timefold takes no finer spent limit
    if (millis.isNegative() || millis.isZero()) {
      throw new IllegalArgumentException("A time cap must be at least a millisecond: " + timeCap);
    }
    return solve(factory.buildSolver(new SolverConfigOverride<CouncilSchedule>().withTerminationSpentLimit(millis)),
        problem);
  }

  private CouncilSchedule solve(Solver<CouncilSchedule> solver, CouncilSchedule problem) {
    observers.forEach(solver::addEventListener);
    return solver.solve(problem);
  }

  /**
   * Told of every better solution of every solve, on the solving thread (the benchmark times the
   * search with it; tests look at what the solving thread holds).
   */
  public void addObserver(SolverEventListener<CouncilSchedule> observer) {
    observers.add(observer);
  }

  public void removeObserver(SolverEventListener<CouncilSchedule> observer) {
    observers.remove(observer);
  }

  /**
   * Solves a small made-up schedule a few times. The first solves in a JVM load and compile the solver
   * (its constraint network, the moves): on two busy cores, ten councils solving cold at once took 30 s
   * each (issue 14's two-node burst), warm ones take milliseconds. Returns the last solution.
   */
  public CouncilSchedule warmUp(int rounds) {
    CouncilSchedule solved = null;
    Instant monday = Instant.parse("2030-01-07T09:00:00Z");
    List<TimeRange> slots = List.of(TimeRange.starting(monday, Duration.ofHours(1)),
        TimeRange.starting(monday.plus(Duration.ofHours(3)), Duration.ofHours(1)),
        TimeRange.starting(monday.plus(Duration.ofDays(1)), Duration.ofHours(1)));
    for (int round = 0; round < rounds; round++) {
      List<PlanningMentor> mentors = new ArrayList<>();
      for (int m = 0; m < 8; m++) {
        mentors.add(new PlanningMentor(new UUID(round, m), ZoneOffset.UTC,
            new WorkingHours(LocalTime.of(8, 0), LocalTime.of(21, 0)), List.of()));
      }
      List<CouncilPlan> councils = new ArrayList<>();
      List<MentorSeat> seats = new ArrayList<>();
      for (int c = 0; c < 3; c++) {
        CouncilPlan council = new CouncilPlan(new UUID(round + 1000L, c), 3, 4, mentors.get(c).id(), slots);
        councils.add(council);
        for (int m = c; m < c + 5; m++) {
          Map<TimeRange, SlotAnswer> answers = new HashMap<>();
          for (int i = 0; i < slots.size(); i++) {
            answers.put(slots.get(i), SlotAnswer.values()[(m + i) % SlotAnswer.values().length]);
          }
          seats.add(new MentorSeat(council, mentors.get(m), answers));
        }
      }
      solved = factory.buildSolver().solve(new CouncilSchedule(mentors, councils, seats));
    }
    return solved;
  }

  public SolverFactory<CouncilSchedule> factory() {
    return factory;
  }
}
