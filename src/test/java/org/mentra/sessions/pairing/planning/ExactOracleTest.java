package org.mentra.sessions.pairing.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentra.sessions.pairing.planning.Problems.counselor;
import static org.mentra.sessions.pairing.planning.Problems.hours;
import static org.mentra.sessions.pairing.planning.Problems.patient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.pairing.planning.domain.Counselor;
import org.mentra.sessions.pairing.planning.domain.CounselorSeat;
import org.mentra.sessions.pairing.planning.domain.PairingPlan;
import org.mentra.sessions.pairing.planning.domain.PairingRequest;

/**
 * The planner against an independent exact oracle: on random instances it pairs as many patients and
 * reaches the same total compatibility as JGraphT's Kuhn–Munkres; the load is evened only among pairings
 * of that compatibility, unless a load-spread weight trades it.
 */
class ExactOracleTest {

  private final PairingPlanner planner = new PairingPlanner(Duration.ofSeconds(20));

  /** Susan and Joe, both free the whole three-hour evening. */
  private final Counselor susan = counselor("Susan", hours(0, 3));
  private final Counselor joe = counselor("Joe", hours(0, 3));
  private final List<CounselorSeat> evening = Stream.concat(Problems.seats(susan).stream(),
      Problems.seats(joe).stream()).toList();

  /** Patients free the whole evening, each with these scores for Susan and Joe. */
  private List<PairingRequest> evening(List<String> names, int withSusan, int withJoe) {
    return names.stream().map(n -> patient(n).available(hours(0, 3)).compatibility(susan, withSusan)
        .compatibility(joe, withJoe).over(evening)).toList();
  }

  @RepeatedTest(25)
  void equalsTheKuhnMunkresOptimum(RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition());
    List<CounselorSeat> seats = new ArrayList<>();
    int counselors = 2 + random.nextInt(6);
    List<Counselor> all = new ArrayList<>();
    for (int c = 0; c < counselors; c++) {
      int from = random.nextInt(3);
      Counselor counselor = new Counselor(UUID.randomUUID(), "C" + c, List.of(hours(from, from + 1 + random.nextInt(3))),
          List.of(), random.nextInt(5) == 0 ? Set.of("fr") : Set.of("en", "fr"));
      all.add(counselor);
      seats.addAll(Problems.seats(counselor));
    }
    List<PairingRequest> requests = new ArrayList<>();
    int patients = 2 + random.nextInt(12);
    for (int p = 0; p < patients; p++) {
      int from = random.nextInt(4);
      Problems.Request request = patient("P" + repetition.getCurrentRepetition() + "-" + p)
          .available(hours(from, from + 1 + random.nextInt(2)))
          .speaks(random.nextInt(6) == 0 ? "fr" : "en");
      all.forEach(c -> request.compatibility(c, random.nextInt(101)));
      requests.add(request.over(seats));
    }

    PairingPlan solved = planner.solve(Problems.plan(seats, requests, 0, 0));

    KuhnMunkres.Optimum optimum = KuhnMunkres.optimum(solved, 0);
    assertThat(solved.getScore().isFeasible()).isTrue();
    assertThat(solved.pairedCount()).as("patients paired").isEqualTo(optimum.paired());
    assertThat(solved.totalCompatibility()).as("total compatibility").isEqualTo(optimum.weight());
  }

  @Test
  void theLoadIsEvenedNeverAtTheCostOfCompatibilityUnlessTheProcessOwnerTradesIt() {
    List<String> names = List.of("Bob", "Mary", "Ann");

    PairingPlan byDefault = planner.solve(Problems.plan(evening, evening(names, 60, 58), 0, 0));
    PairingPlan traded = planner.solve(Problems.plan(evening, evening(names, 60, 58), 0, 1));

    assertThat(byDefault.totalCompatibility()).as("all three with Susan: 180").isEqualTo(180);
    assertThat(traded.pairedCount()).isEqualTo(3);
    assertThat(traded.getScore().softScore()).as("two with Susan, one with Joe: 178 - (2² + 1²)").isEqualTo(173);
  }

  @Test
  void amongEquallyCompatiblePairingsTheLoadIsEven() {
    PairingPlan solved = planner.solve(Problems.plan(evening, evening(List.of("Bob", "Mary", "Ann", "Kim"), 70, 70),
        0, 0));

    assertThat(solved.getRequests()).extracting(r -> r.getSeat().counselor().name())
        .containsExactlyInAnyOrder("Susan", "Susan", "Joe", "Joe");
  }

  @Test
  void publishedPairsStayWhereTheyAreAndTheRestIsPlannedAroundThem() {
    Counselor susanAtFive = counselor("Susan", hours(0, 1));
    Counselor joeAtFive = counselor("Joe", hours(0, 1));
    List<CounselorSeat> seats = new ArrayList<>(Problems.seats(susanAtFive));
    seats.addAll(Problems.seats(joeAtFive));
    PairingRequest bob = patient("Bob").available(hours(0, 1)).compatibility(susanAtFive, 40)
        .compatibility(joeAtFive, 40).seatedIn(seats.get(0)).pinnedTo(seats.get(0));
    PairingRequest lateSignUp = patient("Ann").available(hours(0, 1)).compatibility(susanAtFive, 99)
        .compatibility(joeAtFive, 10).over(seats);

    PairingPlan solved = planner.solve(Problems.plan(seats, List.of(bob, lateSignUp), 20, 1));

    assertThat(solved.getRequests().get(0).getSeat().counselor().name()).isEqualTo("Susan");
    assertThat(solved.getRequests().get(1).getSeat().counselor().name()).isEqualTo("Joe");
  }

}
