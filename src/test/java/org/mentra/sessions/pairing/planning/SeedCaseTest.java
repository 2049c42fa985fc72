package org.mentra.sessions.pairing.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentra.sessions.pairing.planning.Problems.counselor;
import static org.mentra.sessions.pairing.planning.Problems.hours;
import static org.mentra.sessions.pairing.planning.Problems.patient;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.pairing.planning.domain.Counselor;
import org.mentra.sessions.pairing.planning.domain.CounselorSeat;
import org.mentra.sessions.pairing.planning.domain.PairingPlan;
import org.mentra.sessions.pairing.planning.domain.PairingRequest;

/**
 * The seed's question: Bob and Mary, Susan and Joe; Bob–Susan 95, Mary–Joe 20, Bob–Joe 90, Mary–Susan 85.
 * Best pair first takes Bob–Susan and leaves Mary–Joe (115); the optimum is Bob–Joe and Mary–Susan (175).
 */
class SeedCaseTest {

  private final Counselor susan = counselor("Susan", hours(0, 1));
  private final Counselor joe = counselor("Joe", hours(0, 1));
  private final List<CounselorSeat> seats = Stream.concat(Problems.seats(susan).stream(),
      Problems.seats(joe).stream()).toList();

  @Test
  void pairsBobWithJoeAndMaryWithSusanForATotalOf175() {
    PairingRequest bob = patient("Bob").available(hours(0, 1)).compatibility(susan, 95).compatibility(joe, 90)
        .over(seats);
    PairingRequest mary = patient("Mary").available(hours(0, 1)).compatibility(susan, 85).compatibility(joe, 20)
        .over(seats);

    PairingPlan solved = new PairingPlanner(Duration.ofSeconds(10))
        .solve(Problems.plan(seats, List.of(bob, mary), 20, 1));

    assertThat(counselorOf(solved, bob)).isEqualTo("Joe");
    assertThat(counselorOf(solved, mary)).isEqualTo("Susan");
    assertThat(solved.totalCompatibility()).isEqualTo(175);
    assertThat(solved.getScore().isFeasible()).isTrue();
  }

  @Test
  void bestPairFirstWouldHaveSettledFor115() {
    PairingRequest bob = patient("Bob").available(hours(0, 1)).compatibility(susan, 95).compatibility(joe, 90)
        .over(seats);
    PairingRequest mary = patient("Mary").available(hours(0, 1)).compatibility(susan, 85).compatibility(joe, 20)
        .over(seats);

    PairingPlan greedy = GreedyPairing.pair(Problems.plan(seats, List.of(bob, mary), 20, 1));

    assertThat(greedy.totalCompatibility()).isEqualTo(115);
  }

  private static String counselorOf(PairingPlan plan, PairingRequest original) {
    return plan.getRequests().stream()
        .filter(r -> r.getRegistrationId().equals(original.getRegistrationId()))
        .findFirst().orElseThrow()
        .getSeat().counselor().name();
  }
}
