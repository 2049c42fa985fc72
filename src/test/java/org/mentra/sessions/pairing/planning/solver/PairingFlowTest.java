package org.mentra.sessions.pairing.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentra.sessions.pairing.planning.Problems.counselor;
import static org.mentra.sessions.pairing.planning.Problems.hours;
import static org.mentra.sessions.pairing.planning.Problems.patient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.pairing.planning.KuhnMunkres;
import org.mentra.sessions.pairing.planning.PairingPlanner;
import org.mentra.sessions.pairing.planning.Problems;
import org.mentra.sessions.pairing.planning.domain.Counselor;
import org.mentra.sessions.pairing.planning.domain.CounselorSeat;
import org.mentra.sessions.pairing.planning.domain.PairingPlan;
import org.mentra.sessions.pairing.planning.domain.PairingRequest;
import org.mentra.sessions.shared.TimeRange;

/** The flow's edges: stopped early, and seats of one counselor that overlap. */
class PairingFlowTest {

  private final Counselor susan = counselor("Susan", hours(0, 4));
  private final Counselor joe = counselor("Joe", hours(0, 4));

  @Test
  void stoppedEarlyItPairsFewerButBreaksNoRule() {
    List<CounselorSeat> seats = new ArrayList<>(Problems.seats(susan));
    seats.addAll(Problems.seats(joe));
    List<PairingRequest> requests = IntStream.range(0, 8).mapToObj(i -> patient("P" + i).available(hours(0, 4))
        .compatibility(susan, 10 * i).compatibility(joe, 80 - 10 * i).over(seats)).toList();
    PairingPlan plan = Problems.plan(seats, requests, 0, 0);
    int[] checks = {0};

    PairingFlow.solve(plan, () -> ++checks[0] > 2);

    assertThat(plan.pairedCount()).isBetween(1L, 7L);
    assertThat(plan.getRequests().stream().filter(r -> r.getSeat() != null).map(PairingRequest::getSeat).distinct()
        .count()).isEqualTo(plan.pairedCount());
    assertThat(plan.getRequests()).filteredOn(r -> r.getSeat() != null)
        .allSatisfy(r -> assertThat(r.canTake(r.getSeat())).isTrue());
  }

  @Test
  void aSpentTimeCapStillGivesAFeasibleScoredPlan() {
    List<CounselorSeat> seats = Problems.seats(susan);
    PairingPlan plan = Problems.plan(seats, List.of(patient("Bob").available(hours(0, 4)).compatibility(susan, 50)
        .over(seats)), 0, 0);

    PairingPlan solved = new PairingPlanner(Duration.ofNanos(1)).solve(plan);

    assertThat(solved.getScore().isFeasible()).isTrue();
    assertThat(solved.pairedCount()).isLessThanOrEqualTo(1);
  }

  @Test
  void overlappingSeatsOfOneCounselorNeverHoldTwoPatientsAtOnce() {
    // Seats at 0:00, 0:30 and 1:00, an hour each: 0:00 and 1:00 could both be taken, 0:30 clashes with both.
    List<CounselorSeat> seats = List.of(seat(susan, 0), seat(susan, 30), seat(susan, 60));
    List<PairingRequest> requests = List.of("Bob", "Mary", "Ann").stream()
        .map(n -> patient(n).available(hours(0, 3)).compatibility(susan, 50).over(seats)).toList();

    PairingPlan solved = new PairingPlanner(Duration.ofSeconds(5)).solve(Problems.plan(seats, requests, 0, 0));

    assertThat(solved.getScore().hardScore()).isZero();
    assertThat(solved.pairedCount()).as("safe, if not always the most").isEqualTo(1);
  }

  @Test
  void aPreferredCounselorCountsAsItsBonusOnTopOfCompatibility() {
    List<CounselorSeat> seats = new ArrayList<>(Problems.seats(susan).subList(0, 1));
    seats.addAll(Problems.seats(joe).subList(0, 1));
    PairingRequest bob = patient("Bob").available(hours(0, 1)).compatibility(susan, 70).compatibility(joe, 60)
        .prefers(joe).over(seats);
    PairingRequest mary = patient("Mary").available(hours(0, 1)).compatibility(susan, 60).compatibility(joe, 60)
        .over(seats);
    PairingPlan plan = Problems.plan(seats, List.of(bob, mary), 20, 0);

    PairingFlow.solve(plan, () -> false);

    assertThat(bob.getSeat().counselor()).isEqualTo(joe);
    assertThat(KuhnMunkres.optimum(Problems.plan(seats, List.of(bob, mary), 20, 0), 20).weight())
        .as("60 + 20 for Bob with Joe, 60 for Mary").isEqualTo(140);
  }

  private static CounselorSeat seat(Counselor counselor, int minutes) {
    return new CounselorSeat(counselor, TimeRange.starting(hours(0, 1).start().plus(Duration.ofMinutes(minutes)),
        Duration.ofHours(1)));
  }
}
