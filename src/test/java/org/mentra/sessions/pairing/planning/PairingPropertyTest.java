package org.mentra.sessions.pairing.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentra.sessions.pairing.planning.Problems.hours;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.pairing.planning.domain.Counselor;
import org.mentra.sessions.pairing.planning.domain.CounselorSeat;
import org.mentra.sessions.pairing.planning.domain.PairingPlan;
import org.mentra.sessions.pairing.planning.domain.PairingRequest;
import org.mentra.sessions.shared.TimeRange;
import org.mentra.sessions.support.Gen;

/**
 * The planner's promises on generated events ({@link Gen}, seeded: {@code -Dmentra.pairing.seed=...}):
 * every hard rule holds; as many pairs and as much compatibility as Kuhn–Munkres finds; on small events,
 * where every pairing can be tried, the least Σ chats² and the least load spread (max − min) among the
 * pairings of that compatibility; with a load-spread weight, the exact optimum of the traded objective.
 * Compatibilities are often drawn from a few values, so that equally good pairings (ties) are common and
 * the load decides between them.
 */
class PairingPropertyTest {

  private static final long SEED = Long.getLong("mentra.pairing.seed", 20261203L);

  private final PairingPlanner planner = new PairingPlanner(Duration.ofSeconds(10));

  @Test
  void smallEventsGetTheBestCompatibilityAndAmongThoseTheMostEvenLoad() {
    Random random = new Random(SEED);
    Gen<Event> events = events(3, 5, 4);
    int loadDecided = 0;
    for (int run = 0; run < 300; run++) {
      Event event = events.next(random);
      PairingPlan plan = event.plan(0);
      Exhaustive best = Exhaustive.search(plan, event.bonus(), 0);
      if (best.mostSquares() > best.leastSquares()) {
        loadDecided++;
      }

      planner.solve(plan);

      String where = "seed " + SEED + ", run " + run;
      assertFeasibleWithNewPairs(event, plan, where, best.paired());
      assertThat(weight(plan, event.bonus())).as(where + ": compatibility").isEqualTo(best.weight());
      assertThat(Load.of(plan).squares()).as(where + ": Σ chats²").isEqualTo(best.leastSquares());
      assertThat(Load.of(plan).spread()).as(where + ": load spread").isEqualTo(best.leastSpread());
    }
    System.out.printf("PairingPropertyTest, seed %d: the load decided between equally compatible pairings in %d of "
        + "300 events%n", SEED, loadDecided);
    assertThat(loadDecided).as("runs where equally compatible pairings differ in load").isGreaterThanOrEqualTo(30);
  }

  @Test
  void aLoadSpreadWeightTradesCompatibilityForLoadAtExactlyThatRate() {
    Random random = new Random(SEED + 1);
    Gen<Event> events = events(3, 5, 4);
    for (int run = 0; run < 200; run++) {
      Event event = events.next(random);
      int loadWeight = 1 + random.nextInt(30);
      PairingPlan plan = event.plan(loadWeight);
      Exhaustive best = Exhaustive.search(plan, event.bonus(), loadWeight);

      planner.solve(plan);

      String where = "seed " + SEED + ", run " + run + ", load weight " + loadWeight;
      assertFeasibleWithNewPairs(event, plan, where, best.paired());
      assertThat(weight(plan, event.bonus()) - loadWeight * Load.of(plan).squares()).as(where + ": traded objective")
          .isEqualTo(best.traded());
    }
  }

  @Test
  void largerEventsReachTheKuhnMunkresOptimum() {
    Random random = new Random(SEED + 2);
    Gen<Event> events = events(12, 60, 6);
    for (int run = 0; run < 30; run++) {
      Event event = events.next(random);
      PairingPlan plan = event.plan(0);
      KuhnMunkres.Optimum optimum = KuhnMunkres.optimum(plan, event.bonus());

      planner.solve(plan);

      String where = "seed " + SEED + ", run " + run;
      assertFeasibleWithNewPairs(event, plan, where, optimum.paired());
      assertThat(weight(plan, event.bonus())).as(where + ": compatibility").isEqualTo(optimum.weight());
    }
  }

  /** Every hard rule holds, published pairs stay, and the open registrations got this many pairs. */
  private static void assertFeasibleWithNewPairs(Event event, PairingPlan plan, String where, long pairs) {
    assertHardRulesHold(plan, where);
    for (int i = 0; i < event.registrations().size(); i++) {
      if (event.registrations().get(i).pinnedTo() != null) {
        assertThat(plan.getRequests().get(i).getSeat()).as(where + ": published pair")
            .isSameAs(event.registrations().get(i).pinnedTo());
      }
    }
    long pinned = plan.getRequests().stream().filter(r -> r.isPinned() && r.getSeat() != null).count();
    assertThat(plan.pairedCount() - pinned).as(where + ": pairs").isEqualTo(pairs);
  }

  /** Timefold's constraints (the rules' definition) find nothing broken; each seat holds one patient. */
  private static void assertHardRulesHold(PairingPlan plan, String where) {
    assertThat(plan.getScore().hardScore()).as(where + ": hard score").isZero();
    assertThat(plan.getScore().mediumScore()).as(where + ": unpaired").isEqualTo(-(plan.getRequests().size()
        - plan.pairedCount()));
    Set<CounselorSeat> taken = new HashSet<>();
    for (PairingRequest request : plan.getRequests()) {
      if (request.getSeat() != null) {
        assertThat(taken.add(request.getSeat())).as(where + ": one patient per seat").isTrue();
        if (!request.isPinned()) {
          assertThat(request.canTake(request.getSeat())).as(where + ": " + request).isTrue();
        }
      }
    }
  }

  /** Compatibility and bonus of the new (not pinned) pairs. */
  private static long weight(PairingPlan plan, int bonus) {
    return plan.getRequests().stream().filter(r -> !r.isPinned() && r.getSeat() != null)
        .mapToLong(r -> r.compatibilityWith(r.getSeat().counselor()) + (r.prefers(r.getSeat().counselor()) ? bonus : 0))
        .sum();
  }

  /** A generated event: counselors, seats, registrations (some pinned) and the preferred-counselor bonus. */
  record Event(List<CounselorSeat> seats, List<Registration> registrations, int bonus) {

    /** A fresh plan (solving changes it). */
    PairingPlan plan(int loadWeight) {
      List<PairingRequest> requests = new ArrayList<>();
      for (Registration registration : registrations) {
        PairingRequest request = new PairingRequest(registration.id(), registration.id(), registration.availability(),
            registration.languages(), registration.blocked(), registration.compatibility(), registration.preferred(),
            seats);
        requests.add(registration.pinnedTo() == null ? request : request.pinnedTo(registration.pinnedTo()));
      }
      return Problems.plan(seats, requests, bonus, loadWeight);
    }
  }

  record Registration(UUID id, List<TimeRange> availability, Set<String> languages, Set<UUID> blocked,
      Map<UUID, Integer> compatibility, UUID preferred, CounselorSeat pinnedTo) {}

  /**
   * Events of up to {@code maxCounselors} counselors and {@code maxPatients} registrations over
   * {@code hours} one-hour slots: counselors' windows, some busy elsewhere, languages, blocks, preferred
   * counselors, and now and then a published (pinned) pair.
   */
  static Gen<Event> events(int maxCounselors, int maxPatients, int hours) {
    Gen<Set<String>> languages = Gen.frequency(Gen.weight(6, Gen.just(Set.of("en"))),
        Gen.weight(1, Gen.just(Set.of("fr"))), Gen.weight(1, Gen.just(Set.of("en", "fr"))));
    Gen<TimeRange> window = random -> {
      int from = random.nextInt(hours);
      return hours(from, from + 1 + random.nextInt(hours - from));
    };
    // Counselors give at least half the event, as they are asked to.
    Gen<TimeRange> shift = random -> {
      int from = random.nextInt(hours / 2 + 1);
      return hours(from, from + hours / 2 + random.nextInt(hours - from - hours / 2 + 1));
    };
    return random -> {
      int counselorCount = random.nextInt(8) == 0 ? 1 : 2 + random.nextInt(maxCounselors - 1);
      List<Counselor> counselors = new ArrayList<>();
      List<CounselorSeat> seats = new ArrayList<>();
      for (int c = 0; c < counselorCount; c++) {
        List<TimeRange> busy = random.nextInt(4) == 0 ? oneHour(random.nextInt(hours)) : List.of();
        Counselor counselor = new Counselor(new UUID(0, c), "C" + c, List.of(shift.next(random)), busy,
            languages.next(random));
        counselors.add(counselor);
        seats.addAll(Problems.seats(counselor));
      }
      // Ties are common in practice (coarse scores, equally good counselors): then the load decides.
      boolean coarse = random.nextInt(4) > 0;
      Gen<Integer> score = coarse ? Gen.of(40, 60, 60, 80) : any -> any.nextInt(101);
      int bonus = random.nextBoolean() ? 0 : 20;
      int patientCount = 1 + random.nextInt(maxPatients);
      List<Registration> registrations = new ArrayList<>();
      Set<CounselorSeat> pinnedSeats = new HashSet<>();
      for (int p = 0; p < patientCount; p++) {
        Map<UUID, Integer> compatibility = new HashMap<>();
        int same = score.next(random);
        boolean indifferent = coarse && random.nextInt(3) > 0;  // no counselor suits this patient better
        counselors.forEach(c -> compatibility.put(c.id(), indifferent ? same : score.next(random)));
        Set<UUID> blocked = random.nextInt(6) == 0
            ? Set.of(counselors.get(random.nextInt(counselorCount)).id()) : Set.of();
        UUID preferred = random.nextInt(4) == 0 ? counselors.get(random.nextInt(counselorCount)).id() : null;
        List<TimeRange> availability = List.of(random.nextBoolean() ? hours(0, hours) : window.next(random));
        Set<String> speaks = languages.next(random);
        CounselorSeat pinnedTo = null;
        if (random.nextInt(5) == 0) {
          // A published pair kept every rule when it was made.
          PairingRequest probe = new PairingRequest(new UUID(1, p), new UUID(1, p), availability, speaks, blocked,
              compatibility, preferred, List.of());
          List<CounselorSeat> free = seats.stream()
              .filter(s -> pinnedSeats.stream().noneMatch(s::clashesWith) && probe.canTake(s)).toList();
          if (!free.isEmpty()) {
            pinnedTo = free.get(random.nextInt(free.size()));
            pinnedSeats.add(pinnedTo);
          }
        }
        registrations.add(new Registration(new UUID(1, p), availability, speaks, blocked, compatibility, preferred,
            pinnedTo));
      }
      return new Event(seats, registrations, bonus);
    };
  }

  private static List<TimeRange> oneHour(int from) {
    return List.of(hours(from, from + 1));
  }

  /** Every pairing of the open registrations, tried: the lexicographic optimum and the traded one. */
  record Exhaustive(long paired, long weight, long leastSquares, long mostSquares, int leastSpread, long traded) {

    static Exhaustive search(PairingPlan plan, int bonus, int loadWeight) {
      List<PairingRequest> pinned = plan.getRequests().stream().filter(r -> r.isPinned() && r.getSeat() != null)
          .toList();
      List<PairingRequest> open = plan.getRequests().stream().filter(r -> !r.isPinned()).toList();
      List<CounselorSeat> free = plan.getSeats().stream()
          .filter(s -> pinned.stream().noneMatch(p -> p.getSeat().clashesWith(s))).toList();
      Map<UUID, Integer> baseLoad = new HashMap<>();
      plan.getSeats().forEach(s -> baseLoad.put(s.counselor().id(), 0));
      pinned.forEach(p -> baseLoad.merge(p.getSeat().counselor().id(), 1, Integer::sum));
      Search search = new Search(open, free, bonus, loadWeight, baseLoad);
      search.visit(0, new ArrayList<>(), 0, 0);
      return new Exhaustive(search.bestPairs, search.bestWeight, search.leastSquares, search.mostSquares,
          search.leastSpread, search.bestTraded);
    }
  }

  private static final class Search {
    private final List<PairingRequest> open;
    private final List<CounselorSeat> free;
    private final int bonus;
    private final int loadWeight;
    private final Map<UUID, Integer> load;
    long bestPairs = -1;
    long bestWeight;
    long leastSquares;
    long mostSquares;
    int leastSpread;
    long tradedPairs = -1;
    long bestTraded;

    Search(List<PairingRequest> open, List<CounselorSeat> free, int bonus, int loadWeight, Map<UUID, Integer> load) {
      this.open = open;
      this.free = free;
      this.bonus = bonus;
      this.loadWeight = loadWeight;
      this.load = new HashMap<>(load);
    }

    void visit(int index, List<CounselorSeat> taken, long pairs, long weight) {
      if (index == open.size()) {
        record(pairs, weight);
        return;
      }
      visit(index + 1, taken, pairs, weight);
      PairingRequest request = open.get(index);
      for (CounselorSeat seat : free) {
        if (request.canTake(seat) && taken.stream().noneMatch(seat::clashesWith)) {
          taken.add(seat);
          load.merge(seat.counselor().id(), 1, Integer::sum);
          int w = request.compatibilityWith(seat.counselor()) + (request.prefers(seat.counselor()) ? bonus : 0);
          visit(index + 1, taken, pairs + 1, weight + w);
          load.merge(seat.counselor().id(), -1, Integer::sum);
          taken.remove(taken.size() - 1);
        }
      }
    }

    private void record(long pairs, long weight) {
      long squares = load.values().stream().mapToLong(c -> (long) c * c).sum();
      int spread = load.values().stream().mapToInt(Integer::intValue).max().orElse(0)
          - load.values().stream().mapToInt(Integer::intValue).min().orElse(0);
      if (pairs > bestPairs || pairs == bestPairs && weight > bestWeight) {
        bestPairs = pairs;
        bestWeight = weight;
        leastSquares = squares;
        mostSquares = squares;
        leastSpread = spread;
      } else if (pairs == bestPairs && weight == bestWeight) {
        leastSquares = Math.min(leastSquares, squares);
        mostSquares = Math.max(mostSquares, squares);
        leastSpread = Math.min(leastSpread, spread);
      }
      long traded = weight - loadWeight * squares;
      if (pairs > tradedPairs || pairs == tradedPairs && traded > bestTraded) {
        tradedPairs = pairs;
        bestTraded = traded;
      }
    }
  }
}
