package org.mentra.sessions.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentra.sessions.pairing.planning.Problems.hours;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.pairing.planning.GreedyPairing;
import org.mentra.sessions.pairing.planning.KuhnMunkres;
import org.mentra.sessions.pairing.planning.Load;
import org.mentra.sessions.pairing.planning.PairingPlanner;
import org.mentra.sessions.pairing.planning.Problems;
import org.mentra.sessions.pairing.planning.domain.Counselor;
import org.mentra.sessions.pairing.planning.domain.CounselorSeat;
import org.mentra.sessions.pairing.planning.domain.PairingPlan;
import org.mentra.sessions.pairing.planning.domain.PairingRequest;
import org.mentra.sessions.shared.TimeRange;

/**
 * The production pairing ({@link PairingPlanner} as configured by default) on 50, 200 and 500
 * registrations with one counselor per five registrations and 8 one-hour slots, tight: counselors give
 * 3–7 of the 8 hours, so there are about as many seats as patients, and patients' windows cluster in
 * the evening. Against JGraphT's Kuhn–Munkres (the exact optimum of pairs and compatibility) and
 * best-pair-first greedy. The last rows: the process owner's trade ({@code load-spread-weight} 1).
 */
class PairingBenchmark {

  private static final int SLOTS = 8;
  private static final long SEED = Long.getLong("mentra.bench.seed", 42);

  @Test
  void pairing() {
    PairingPlanner planner = new PairingPlanner(Duration.ofSeconds(60));
    Bench.Table table = new Bench.Table("Pairing", "registrations × counselors × slots", "seats", "load-spread-weight",
        "solve (ms, wall / CPU, median of 5 warm)", "paired / optimum", "compatibility / optimum",
        "compatibility / greedy",
        "load spread (max − min)", "Σ chats²", "greedy: compatibility / optimum, spread, Σ chats²",
        "Kuhn–Munkres (ms)");
    for (int[] run : new int[][] {{50, 0}, {200, 0}, {500, 0}, {500, 1}}) {
      int registrations = run[0];
      int loadWeight = run[1];
      int counselors = registrations / 5;
      PairingPlan sample = instance(registrations, counselors, loadWeight);
      long start = System.nanoTime();
      KuhnMunkres.Optimum optimum = KuhnMunkres.optimum(sample, 0);
      long oracleMillis = (System.nanoTime() - start) / 1_000_000;
      PairingPlan greedy = GreedyPairing.pair(instance(registrations, counselors, loadWeight));

      Bench.Timed<PairingPlan> solved = Bench.median(3, 5, () -> instance(registrations, counselors, loadWeight),
          planner::solve);

      PairingPlan plan = solved.result();
      if (loadWeight == 0) {
        assertThat(plan.pairedCount()).isEqualTo(optimum.paired());
        assertThat(plan.totalCompatibility()).isEqualTo(optimum.weight());
      }
      table.row(registrations + " × " + counselors + " × " + SLOTS, sample.getSeats().size(), loadWeight,
          String.format(Locale.ROOT, "%.0f / %.0f", solved.medianMillis(), solved.medianCpuMillis()),
          plan.pairedCount() + " / " + optimum.paired(),
          ratio(plan.totalCompatibility(), optimum.weight()),
          ratio(plan.totalCompatibility(), greedy.totalCompatibility()),
          Load.of(plan).spread(), Load.of(plan).squares(),
          ratio(greedy.totalCompatibility(), optimum.weight()) + ", " + Load.of(greedy).spread() + ", "
              + Load.of(greedy).squares(),
          oracleMillis);
    }
    table.print();
  }

  private static String ratio(long value, long reference) {
    return String.format(Locale.ROOT, "%.4f", value / (double) reference);
  }

  /** The same instance for the same size and seed. */
  static PairingPlan instance(int patients, int counselorCount, int loadWeight) {
    Random random = new Random(SEED + patients);
    List<Counselor> counselors = new ArrayList<>();
    List<CounselorSeat> seats = new ArrayList<>();
    for (int c = 0; c < counselorCount; c++) {
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
    for (int p = 0; p < patients; p++) {
      int length = 2 + random.nextInt(3);
      // Evenings are popular: windows cluster in the second half.
      int from = Math.min(SLOTS - length, random.nextInt(10) < 6 ? 3 + random.nextInt(3) : random.nextInt(SLOTS));
      int language = random.nextInt(20);
      Set<String> speaks = language < 17 ? Set.of("en") : language < 19 ? Set.of("es") : Set.of("fr");
      Map<UUID, Integer> compatibility = new HashMap<>();
      counselors.forEach(c -> compatibility.put(c.id(), 1 + random.nextInt(100)));
      List<TimeRange> availability = List.of(hours(from, from + length));
      PairingRequest probe = new PairingRequest(new UUID(1, p), new UUID(2, p), availability, speaks, Set.of(),
          compatibility, null, List.of());
      List<CounselorSeat> candidates = seats.stream().filter(probe::canTake).toList();
      requests.add(new PairingRequest(new UUID(1, p), new UUID(2, p), availability, speaks, Set.of(), compatibility,
          null, candidates));
    }
    return Problems.plan(seats, requests, 20, loadWeight);
  }
}
