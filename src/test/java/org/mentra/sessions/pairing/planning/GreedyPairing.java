package org.mentra.sessions.pairing.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mentra.sessions.pairing.planning.domain.CounselorSeat;
import org.mentra.sessions.pairing.planning.domain.PairingPlan;
import org.mentra.sessions.pairing.planning.domain.PairingRequest;

/** The baseline the exact pairing is measured against: take the best remaining pair until none is left. */
public final class GreedyPairing {

  private GreedyPairing() {}

  /** Seats the plan's open requests best pair first (in place) and returns the plan. */
  public static PairingPlan pair(PairingPlan plan) {
    record Edge(PairingRequest request, CounselorSeat seat, int compatibility) {}
    List<Edge> edges = new ArrayList<>();
    for (PairingRequest request : plan.getRequests()) {
      for (CounselorSeat seat : plan.getSeats()) {
        if (request.canTake(seat)) {
          edges.add(new Edge(request, seat, request.compatibilityWith(seat.counselor())));
        }
      }
    }
    edges.sort(Comparator.comparingInt(Edge::compatibility).reversed());
    Set<PairingRequest> seated = new HashSet<>();
    Set<CounselorSeat> taken = new HashSet<>();
    for (Edge edge : edges) {
      if (!seated.contains(edge.request()) && !taken.contains(edge.seat())) {
        edge.request().setSeat(edge.seat());
        seated.add(edge.request());
        taken.add(edge.seat());
      }
    }
    return plan;
  }
}
