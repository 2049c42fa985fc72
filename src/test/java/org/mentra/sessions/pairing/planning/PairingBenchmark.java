package org.mentra.sessions.pairing.planning;

import static org.mentra.sessions.pairing.planning.Problems.hours;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.mentra.sessions.pairing.planning.domain.Counselor;
import org.mentra.sessions.pairing.planning.domain.CounselorSeat;
import org.mentra.sessions.pairing.planning.domain.Interval;
import org.mentra.sessions.pairing.planning.domain.PairingPlan;
import org.mentra.sessions.pairing.planning.domain.PairingRequest;
import org.mentra.sessions.pairing.planning.solver.MatchingRace;

/**
 * 500 registrations × 100 counselors × 8 one-hour slots, tight: counselors give about five of the eight
 * hours, so there are about as many seats as patients and capacity is scarce where people's windows
 * cluster. Prints the time, and the result against JGraphT's Kuhn–Munkres optimum and a best-pair-first
 * greedy pairing, and times the exact step's matching (own Hungarian method against JGraphT's). Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.mentra.sessions.pairing.planning.PairingBenchmark}
 */
public final class PairingBenchmark {

  private static final int PATIENTS = 500;
  private static final int COUNSELORS = 100;
  private static final int SLOTS = 8;

  private PairingBenchmark() {}

  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 42;
    // The production defaults (application.yml, mentra.pairing.solver).
    PairingPlanner planner = new PairingPlanner(10_000, 1_000, 1_000_000, Duration.ofSeconds(60));
    PairingPlanner exactOnly = new PairingPlanner(0, 1, 1, Duration.ofSeconds(60));

    Supplier<PairingPlan> assignmentOnly = () -> instance(seed, 0, 0);
    Supplier<PairingPlan> production = () -> instance(seed, 20, 1);
    PairingPlan sample = assignmentOnly.get();
    System.out.printf(Locale.ROOT, "Instance (seed %d): %d registrations, %d counselors, %d slots, %d seats%n", seed,
        sample.getRequests().size(), COUNSELORS, SLOTS, sample.getSeats().size());

    long t0 = System.nanoTime();
    Optimum optimum = kuhnMunkres(sample);
    long oracleMillis = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf(Locale.ROOT, "Exact optimum (JGraphT Kuhn–Munkres, %d ms): %d paired, total compatibility %d%n",
        oracleMillis, optimum.paired(), optimum.compatibility());

    // Own Hungarian method against JGraphT's matching, on the exact step's weights (best of 3 after a warm-up).
    MatchingRace.report(assignmentOnly.get()).forEach(System.out::println);

    PairingPlan greedyInput = assignmentOnly.get();
    Timed greedy = timed(() -> GreedyPairing.pair(greedyInput));
    report("Greedy, best pair first", greedy.plan(), greedy.millis(), optimum);

    Timed exact = timed(() -> exactOnly.solve(assignmentOnly.get()));
    report("Exact step alone", exact.plan(), exact.millis(), optimum);

    Timed sameObjective = timed(() -> planner.solve(assignmentOnly.get()));
    report("Planner, assignment objective only", sameObjective.plan(), sameObjective.millis(), optimum);

    Timed exactProduction = timed(() -> exactOnly.solve(production.get()));
    Timed full = timed(() -> planner.solve(production.get()));
    report("Planner, production weights", full.plan(), full.millis(), optimum);
    System.out.printf(Locale.ROOT, "  soft score: exact step %d -> after local search %d (load: %s -> %s)%n",
        exactProduction.plan().getScore().softScore(), full.plan().getScore().softScore(),
        load(exactProduction.plan()), load(full.plan()));
  }

  private static void report(String name, PairingPlan plan, long millis, Optimum optimum) {
    System.out.printf(Locale.ROOT, "%-36s %6d ms  paired %3d (%.4f of optimum)  compatibility %6d (%.4f of optimum)%n",
        name, millis, plan.pairedCount(), plan.pairedCount() / (double) optimum.paired(), plan.totalCompatibility(),
        plan.totalCompatibility() / (double) optimum.compatibility());
  }

  /** "max 7 chats per counselor, Σchats² 2638". */
  private static String load(PairingPlan plan) {
    Map<UUID, Long> chats = plan.getRequests().stream().filter(r -> r.getSeat() != null)
        .collect(Collectors.groupingBy(r -> r.getSeat().counselor().id(), Collectors.counting()));
    long max = chats.values().stream().mapToLong(Long::longValue).max().orElse(0);
    long squares = chats.values().stream().mapToLong(c -> c * c).sum();
    return "max " + max + " chats per counselor, Σchats² " + squares;
  }

  private static PairingPlan instance(long seed, int preferredBonus, int loadSpreadWeight) {
    Random random = new Random(seed);
    List<Counselor> counselors = new ArrayList<>();
    List<CounselorSeat> seats = new ArrayList<>();
    for (int c = 0; c < COUNSELORS; c++) {
      int hoursGiven = 3 + random.nextInt(5);
      int from = random.nextInt(SLOTS - hoursGiven + 1);
      Set<String> languages = random.nextInt(10) < 8 ? Set.of("en") : random.nextBoolean() ? Set.of("en", "es")
          : Set.of("en", "fr");
      Counselor counselor = new Counselor(new UUID(0, c), "Counselor " + c, List.of(hours(from, from + hoursGiven)),
          List.of(), languages);
      counselors.add(counselor);
      seats.addAll(Problems.seats(counselor));
    }
    List<PairingRequest> requests = new ArrayList<>();
    for (int p = 0; p < PATIENTS; p++) {
      int length = 2 + random.nextInt(3);
      // Evenings are popular: windows cluster in the second half.
      int from = Math.min(SLOTS - length, random.nextInt(10) < 6 ? 3 + random.nextInt(3) : random.nextInt(SLOTS));
      int language = random.nextInt(20);
      Set<String> speaks = language < 17 ? Set.of("en") : language < 19 ? Set.of("es") : Set.of("fr");
      Map<UUID, Integer> compatibility = new HashMap<>();
      counselors.forEach(c -> compatibility.put(c.id(), 1 + random.nextInt(100)));
      UUID preferred = random.nextInt(10) == 0 ? counselors.get(random.nextInt(COUNSELORS)).id() : null;
      List<Interval> availability = List.of(hours(from, from + length));
      PairingRequest probe = new PairingRequest(new UUID(1, p), new UUID(2, p), availability, speaks, Set.of(),
          compatibility, preferred, List.of());
      List<CounselorSeat> candidates = seats.stream().filter(probe::canTake).toList();
      requests.add(new PairingRequest(new UUID(1, p), new UUID(2, p), availability, speaks, Set.of(), compatibility,
          preferred, candidates));
    }
    return Problems.plan(seats, requests, preferredBonus, loadSpreadWeight);
  }

  private record Optimum(long paired, long compatibility) {}

  private record Timed(PairingPlan plan, long millis) {}

  private static Timed timed(Supplier<PairingPlan> solve) {
    long start = System.nanoTime();
    PairingPlan plan = solve.get();
    return new Timed(plan, (System.nanoTime() - start) / 1_000_000);
  }

  /** Kuhn–Munkres over the square complete graph; a missing edge, like a padded vertex, means "unpaired". */
  private static Optimum kuhnMunkres(PairingPlan plan) {
    List<PairingRequest> requests = plan.getRequests();
    List<CounselorSeat> seats = plan.getSeats();
    long big = 101L * Math.min(requests.size(), seats.size()) + 1;
    long highest = big + 100;
    int size = Math.max(requests.size(), seats.size());
    Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    Set<Integer> left = new HashSet<>();
    Set<Integer> right = new HashSet<>();
    for (int i = 0; i < size; i++) {
      graph.addVertex(i);
      left.add(i);
      graph.addVertex(size + i);
      right.add(size + i);
    }
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        long weight = 0;
        if (i < requests.size() && j < seats.size() && requests.get(i).canTake(seats.get(j))) {
          weight = big + requests.get(i).compatibilityWith(seats.get(j).counselor());
        }
        graph.setEdgeWeight(graph.addEdge(i, size + j), highest - weight);
      }
    }
    double cost = new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(graph, left, right).getMatching().getWeight();
    long best = Math.round(size * highest - cost);
    return new Optimum(best / big, best % big);
  }
}
