package org.mentra.sessions.pairing.planning.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.mentra.sessions.pairing.planning.domain.Counselor;
import org.mentra.sessions.pairing.planning.domain.CounselorSeat;
import org.mentra.sessions.pairing.planning.domain.PairingPlan;
import org.mentra.sessions.pairing.planning.domain.PairingRequest;

/**
 * The whole pairing as one minimum-cost flow, solved exactly: source → open registration → counselor
 * seat → counselor → sink. A registration reaches a seat only where every hard rule holds; a seat takes
 * one patient; the counselor → sink arcs are unit arcs whose costs rise with the counselor's load
 * ({@code (k+1)² − k²} for the chat after k), so the flow prefers the least loaded counselor whenever it
 * costs nothing else. Pinned (published) pairs and every seat that clashes with them are taken out
 * first; their chats count in their counselor's load.
 *
 * <p>The objective, in order: (1) as many patients paired as possible: the flow is a maximum one;
 * (2) the most compatibility (with the preferred-counselor bonus); (3) the most even load, Σ chats² per
 * counselor. A point of compatibility is scaled above the largest possible change of Σ chats², so the
 * cheapest maximum flow is the lexicographic optimum. On the loads that optimal pairings can reach (an
 * M-convex set: the flows of a network) the least Σ chats² is also the least max − min (Frank and
 * Murota, "Discrete decreasing minimization", 2022). With a load-spread weight w > 0 (a process owner's
 * choice), levels (2) and (3) become one: compatibility − w · Σ chats², still solved exactly.
 *
 * <p>Seats of one counselor do not overlap (they are cut from merged windows). Should they, the
 * overlapping ones share one node and capacity, so the rule "one patient per counselor at a time" holds
 * regardless; the result is then safe, though not always optimal.
 */
public final class PairingFlow {

  /** The preferred-counselor bonus when no override says otherwise; the constraint uses the same. */
  public static final int DEFAULT_PREFERRED_COUNSELOR_BONUS = 20;

  private PairingFlow() {}

  /**
   * Seats the plan's open requests (in place): the optimum, or if {@code stop} says so before the end a
   * smaller pairing that is the best of its size. Pinned requests keep their seats.
   */
  public static void solve(PairingPlan plan, BooleanSupplier stop) {
    List<PairingRequest> pinned = plan.getRequests().stream().filter(r -> r.isPinned() && r.getSeat() != null)
        .toList();
    List<PairingRequest> open = plan.getRequests().stream().filter(r -> !r.isPinned()).toList();
    List<List<CounselorSeat>> groups = seatGroups(plan.getSeats().stream()
        .filter(seat -> pinned.stream().noneMatch(p -> p.getSeat().clashesWith(seat)))
        .toList());
    Map<UUID, Integer> counselorIndex = new LinkedHashMap<>();
    groups.forEach(g -> counselorIndex.putIfAbsent(g.get(0).counselor().id(), counselorIndex.size()));
    int[] groupsOf = new int[counselorIndex.size()];
    groups.forEach(g -> groupsOf[counselorIndex.get(g.get(0).counselor().id())]++);
    long[] pinnedLoad = new long[counselorIndex.size()];
    pinned.forEach(p -> {
      Integer c = counselorIndex.get(p.getSeat().counselor().id());
      if (c != null) {
        pinnedLoad[c]++;
      }
    });

    // Which registration may take which group (a seat in it), and its weight there. A request's candidate
    // seats are its search space (the service leaves out what it cannot take); every rule is checked here.
    Map<CounselorSeat, Integer> groupOf = new IdentityHashMap<>();
    Map<CounselorSeat, Integer> groupOfEqual = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      for (CounselorSeat seat : groups.get(g)) {
        groupOf.put(seat, g);
        groupOfEqual.put(seat, g);
      }
    }
    int bonus = weight(plan, PairingConstraintProvider.PREFERRED_COUNSELOR, DEFAULT_PREFERRED_COUNSELOR_BONUS);
    int loadWeight = weight(plan, PairingConstraintProvider.LOAD_SPREAD, 1);
    List<int[]> edges = new ArrayList<>();   // {request, group, weight}
    int[] linkedTo = new int[groups.size()];  // the last request linked to each group, + 1
    long maxWeight = 0;
    for (int r = 0; r < open.size(); r++) {
      PairingRequest request = open.get(r);
      for (CounselorSeat seat : request.getCandidateSeats()) {
        Integer g = groupOf.get(seat);
        if (g == null) {
          g = groupOfEqual.get(seat);  // an equal seat built apart; null: taken by a pinned pair
        }
        if (g != null && linkedTo[g] != r + 1 && request.canTake(seat)) {
          linkedTo[g] = r + 1;
          Counselor counselor = seat.counselor();
          int w = request.compatibilityWith(counselor) + (request.prefers(counselor) ? bonus : 0);
          edges.add(new int[] {r, g, w});
          maxWeight = Math.max(maxWeight, w);
        }
      }
    }
    Scale scale = Scale.of(open.size(), pinned.size(), maxWeight, loadWeight);

    // Nodes in topological order: source, registrations, groups, counselors, sink.
    int source = 0;
    int firstRequest = 1;
    int firstGroup = firstRequest + open.size();
    int firstCounselor = firstGroup + groups.size();
    int sink = firstCounselor + counselorIndex.size();
    MinCostFlow flow = new MinCostFlow(sink + 1);
    for (int r = 0; r < open.size(); r++) {
      flow.addArc(source, firstRequest + r, 1, 0);
    }
    int[] arcOf = new int[edges.size()];
    for (int e = 0; e < edges.size(); e++) {
      int[] edge = edges.get(e);
      arcOf[e] = flow.addArc(firstRequest + edge[0], firstGroup + edge[1], 1, -scale.pair(edge[2]));
    }
    for (int g = 0; g < groups.size(); g++) {
      flow.addArc(firstGroup + g, firstCounselor + counselorIndex.get(groups.get(g).get(0).counselor().id()), 1, 0);
    }
    for (int c = 0; c < groupsOf.length; c++) {
      for (int k = 0; k < groupsOf[c]; k++) {
        flow.addArc(firstCounselor + c, sink, 1, scale.nextChat(pinnedLoad[c] + k));
      }
    }
    flow.solve(source, sink, stop);

    CounselorSeat[] seatOf = new CounselorSeat[open.size()];
    for (int e = 0; e < edges.size(); e++) {
      if (flow.flow(arcOf[e]) > 0) {
        PairingRequest request = open.get(edges.get(e)[0]);
        List<CounselorSeat> group = groups.get(edges.get(e)[1]);
        seatOf[edges.get(e)[0]] = group.size() == 1 ? group.get(0) : group.stream()
            .filter(seat -> request.canTake(seat) && request.getCandidateSeats().contains(seat)).findFirst()
            .orElseThrow();
      }
    }
    for (int r = 0; r < open.size(); r++) {
      open.get(r).setSeat(seatOf[r]);
    }
  }

  /** Each counselor's seats, overlapping ones together (normally every seat is a group of its own). */
  static List<List<CounselorSeat>> seatGroups(List<CounselorSeat> seats) {
    Map<UUID, List<CounselorSeat>> byCounselor = new LinkedHashMap<>();
    seats.forEach(s -> byCounselor.computeIfAbsent(s.counselor().id(), id -> new ArrayList<>()).add(s));
    List<List<CounselorSeat>> groups = new ArrayList<>();
    for (List<CounselorSeat> own : byCounselor.values()) {
      List<CounselorSeat> sorted = own.stream().sorted(Comparator.comparing((CounselorSeat s) -> s.time().start()))
          .toList();
      List<CounselorSeat> group = new ArrayList<>();
      Instant groupEnd = null;
      for (CounselorSeat seat : sorted) {
        if (groupEnd != null && seat.time().start().isBefore(groupEnd)) {
          group.add(seat);
          groupEnd = seat.time().end().isAfter(groupEnd) ? seat.time().end() : groupEnd;
        } else {
          if (!group.isEmpty()) {
            groups.add(group);
          }
          group = new ArrayList<>(List.of(seat));
          groupEnd = seat.time().end();
        }
      }
      if (!group.isEmpty()) {
        groups.add(group);
      }
    }
    return groups;
  }

  private static int weight(PairingPlan plan, String constraint, int absent) {
    ConstraintWeightOverrides<HardMediumSoftScore> overrides = plan.getConstraintWeightOverrides();
    HardMediumSoftScore weight = overrides == null ? null : overrides.getConstraintWeight(constraint);
    return weight == null ? absent : (int) weight.softScore();
  }

  /**
   * The costs of levels (2) and (3): a pair costs {@code −perPoint · weight}, the k+1-th chat of a counselor
   * {@code perLoad · (2k + 1)}. Lexicographic (load weight 0): perLoad 1 and perPoint above any Σ chats²
   * (less than chats²); weighted: perPoint 1 and perLoad the weight.
   */
  record Scale(long perPoint, long perLoad) {

    static Scale of(int open, int pinned, long maxWeight, int loadWeight) {
      long chats = (long) open + pinned;
      long squares = Math.multiplyExact(chats, chats);
      Scale scale = loadWeight == 0 ? new Scale(squares + 1, 1) : new Scale(1, loadWeight);
      // A path has at most 2 · open + 3 arcs; keep the potentials (sums along paths) far from overflow.
      long arc = Math.addExact(Math.multiplyExact(scale.perPoint, maxWeight),
          Math.multiplyExact(scale.perLoad, 2 * chats + 1));
      Math.multiplyExact(arc, 8L * (open + 2));
      return scale;
    }

    long pair(int weight) {
      return perPoint * weight;
    }

    long nextChat(long load) {
      return perLoad * (2 * load + 1);
    }
  }
}
