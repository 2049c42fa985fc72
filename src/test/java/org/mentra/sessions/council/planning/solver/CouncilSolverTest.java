package org.mentra.sessions.council.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.council.planning.domain.CouncilPlan;
import org.mentra.sessions.council.planning.domain.CouncilSchedule;
import org.mentra.sessions.council.planning.domain.MentorSeat;

/**
 * The solver against an exhaustive search: on many random small schedules it must find a solution
 * exactly as good as the best of all possible ones, and the same input must give the same answer.
 */
class CouncilSolverTest {

  private static final int INSTANCES = 60;

  private final CouncilSolver solver = new CouncilSolver(2_000, 400, Duration.ofSeconds(30));

  @Test
  void findsTheOptimumOfEverySmallSchedule() {
    for (long seed = 1; seed <= INSTANCES; seed++) {
      boolean twoCouncils = seed % 3 != 0;
      int confirmed = seed % 4 == 0 ? 1 : 0;
      HardMediumSoftScore best = exhaustiveBest(instance(seed, twoCouncils, confirmed));

      HardMediumSoftScore found = solver.solve(instance(seed, twoCouncils, confirmed)).getScore();

      assertThat(found).as("instance %d", seed).isEqualTo(best);
    }
  }

  @Test
  void theSameInputGivesTheSameAnswer() {
    CouncilSchedule first = solver.solve(RandomCouncils.generate(7, 6, 12, 4, 6, 2, 2));
    CouncilSchedule second = solver.solve(RandomCouncils.generate(7, 6, 12, 4, 6, 2, 2));

    assertThat(second.getScore()).isEqualTo(first.getScore());
    assertThat(assignment(second)).isEqualTo(assignment(first));
  }

  @Test
  void theWarmUpSolvesAFeasibleScheduleWithEveryCouncilPlaced() {
    CouncilSchedule warm = solver.warmUp(2);

    assertThat(warm.getScore().hardScore()).isZero();
    assertThat(warm.getCouncils()).allSatisfy(council -> assertThat(council.getSlot()).isNotNull());
    assertThat(warm.getSeats().stream().filter(MentorSeat::isPresent).count()).isGreaterThanOrEqualTo(9);
  }

  private static CouncilSchedule instance(long seed, boolean twoCouncils, int confirmed) {
    return RandomCouncils.generate(seed, twoCouncils ? 2 : 1, 6, 3, twoCouncils ? 4 : 5, 1, confirmed);
  }

  /**
   * Tries every slot of every council with every subset of its seats and keeps the best score, each
   * candidate scored by the same constraints through the public {@link SolutionManager}.
   * (Timefold's own brute force handles only one entity class.)
   */
  private HardMediumSoftScore exhaustiveBest(CouncilSchedule schedule) {
    List<CouncilPlan> councils = schedule.getCouncils().stream().filter(c -> !c.isPinned()).toList();
    List<MentorSeat> seats = schedule.getSeats().stream().filter(s -> !s.isPinned()).toList();
    SolutionManager<CouncilSchedule, HardMediumSoftScore> scores = SolutionManager.create(solver.factory());
    HardMediumSoftScore best = null;
    int slotCombinations = councils.stream().mapToInt(c -> c.getSlots().size()).reduce(1, (a, b) -> a * b);
    for (int slots = 0; slots < slotCombinations; slots++) {
      int rest = slots;
      for (CouncilPlan council : councils) {
        council.setSlot(council.getSlots().get(rest % council.getSlots().size()));
        rest /= council.getSlots().size();
      }
      for (long presence = 0; presence < 1L << seats.size(); presence++) {
        for (int i = 0; i < seats.size(); i++) {
          seats.get(i).setPresent((presence >> i & 1) == 1);
        }
        HardMediumSoftScore score = scores.update(schedule);
        if (best == null || score.compareTo(best) > 0) {
          best = score;
        }
      }
    }
    return best;
  }

  private static List<String> assignment(CouncilSchedule schedule) {
    return java.util.stream.Stream.concat(
        schedule.getCouncils().stream().map(c -> c.getId() + "@" + c.getSlot()),
        schedule.getSeats().stream().map(MentorSeat::toString)).toList();
  }
}
