package org.mentra.sessions.pairing.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentra.sessions.pairing.planning.Problems.counselor;
import static org.mentra.sessions.pairing.planning.Problems.hours;
import static org.mentra.sessions.pairing.planning.Problems.patient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.pairing.planning.domain.Counselor;
import org.mentra.sessions.pairing.planning.domain.CounselorSeat;
import org.mentra.sessions.pairing.planning.domain.PairingPlan;
import org.mentra.sessions.pairing.planning.domain.PairingRequest;

/**
 * The planner against an independent exact oracle: on random instances that reduce to an assignment
 * problem (no preferred counselors, no load weight), it pairs as many patients and reaches the same total
 * compatibility as JGraphT's Kuhn–Munkres.
 */
class ExactOracleTest {

  private final PairingPlanner planner = new PairingPlanner(500, 100, 20_000, Duration.ofSeconds(20));

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

    Optimum optimum = kuhnMunkres(requests, seats);
    assertThat(solved.getScore().isFeasible()).isTrue();
    assertThat(solved.pairedCount()).as("patients paired").isEqualTo(optimum.paired());
    assertThat(solved.totalCompatibility()).as("total compatibility").isEqualTo(optimum.compatibility());
  }

  @Test
  void localSearchSpreadsTheLoadWithoutLosingAPairOrGoingBelowTheExactStep() {
    Counselor susan = counselor("Susan", hours(0, 3));
    Counselor joe = counselor("Joe", hours(0, 3));
    List<CounselorSeat> seats = new ArrayList<>(Problems.seats(susan));
    seats.addAll(Problems.seats(joe));
    List<String> names = List.of("Bob", "Mary", "Ann");

    PairingPlan exactOnly = new PairingPlanner(0, 1, 1, Duration.ofSeconds(10)).solve(Problems.plan(seats,
        names.stream().map(n -> patient(n).available(hours(0, 3)).compatibility(susan, 60).compatibility(joe, 58)
            .over(seats)).toList(), 0, 1));
    PairingPlan improved = planner.solve(Problems.plan(seats,
        names.stream().map(n -> patient(n).available(hours(0, 3)).compatibility(susan, 60).compatibility(joe, 58)
            .over(seats)).toList(), 0, 1));

    assertThat(exactOnly.getScore().softScore()).as("all three with Susan: 180 - 3²").isEqualTo(171);
    assertThat(improved.pairedCount()).isEqualTo(3);
    assertThat(improved.getScore().softScore()).as("two with Susan, one with Joe: 178 - (2² + 1²)").isEqualTo(173);
  }

  @Test
  void publishedPairsStayWhereTheyAreAndTheRestIsPlannedAroundThem() {
    Counselor susan = counselor("Susan", hours(0, 1));
    Counselor joe = counselor("Joe", hours(0, 1));
    List<CounselorSeat> seats = new ArrayList<>(Problems.seats(susan));
    seats.addAll(Problems.seats(joe));
    PairingRequest bob = patient("Bob").available(hours(0, 1)).compatibility(susan, 40).compatibility(joe, 40)
        .seatedIn(seats.get(0)).pinnedTo(seats.get(0));
    PairingRequest lateSignUp = patient("Ann").available(hours(0, 1)).compatibility(susan, 99)
        .compatibility(joe, 10).over(seats);

    PairingPlan solved = planner.solve(Problems.plan(seats, List.of(bob, lateSignUp), 20, 1));

    assertThat(solved.getRequests().get(0).getSeat().counselor().name()).isEqualTo("Susan");
    assertThat(solved.getRequests().get(1).getSeat().counselor().name()).isEqualTo("Joe");
  }

  private record Optimum(long paired, long compatibility) {}

  /** Kuhn–Munkres on the complete bipartite graph, padded square with "stay unpaired" vertices. */
  private static Optimum kuhnMunkres(List<PairingRequest> requests, List<CounselorSeat> seats) {
    long big = 101L * Math.min(requests.size(), seats.size()) + 1;
    long highest = big + 100;
    Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    Set<String> left = new HashSet<>();
    Set<String> right = new HashSet<>();
    int size = requests.size() + seats.size();
    for (int i = 0; i < size; i++) {
      graph.addVertex("L" + i);
      left.add("L" + i);
      graph.addVertex("R" + i);
      right.add("R" + i);
    }
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        long weight = 0;
        if (i < requests.size() && j < seats.size() && requests.get(i).canTake(seats.get(j))) {
          weight = big + requests.get(i).compatibilityWith(seats.get(j).counselor());
        }
        // Minimal cost = maximal weight; a padded vertex is "unpaired" (weight 0).
        graph.setEdgeWeight(graph.addEdge("L" + i, "R" + j), highest - weight);
      }
    }
    MatchingAlgorithm.Matching<String, DefaultWeightedEdge> matching =
        new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(graph, left, right).getMatching();
    long best = Math.round(size * highest - matching.getWeight());
    return new Optimum(best / big, best % big);
  }
}
