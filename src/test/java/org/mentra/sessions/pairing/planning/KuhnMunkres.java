package org.mentra.sessions.pairing.planning;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.mentra.sessions.pairing.planning.domain.CounselorSeat;
import org.mentra.sessions.pairing.planning.domain.PairingPlan;
import org.mentra.sessions.pairing.planning.domain.PairingRequest;

/**
 * The independent exact oracle: JGraphT's Kuhn–Munkres over the open registrations and the seats left
 * free by the pinned pairs, on the square complete graph (a missing edge, like a padded vertex, means
 * "unpaired"). It knows nothing of load; it gives the most pairs and, among them, the most compatibility
 * (with the preferred-counselor bonus).
 */
public final class KuhnMunkres {

  private KuhnMunkres() {}

  /** The optimum: pairs, and the total weight (compatibility + bonus) of the open pairs. */
  public record Optimum(long paired, long weight) {}

  public static Optimum optimum(PairingPlan plan, int preferredBonus) {
    List<PairingRequest> pinned = plan.getRequests().stream().filter(r -> r.isPinned() && r.getSeat() != null)
        .toList();
    List<PairingRequest> requests = plan.getRequests().stream().filter(r -> !r.isPinned()).toList();
    List<CounselorSeat> seats = plan.getSeats().stream()
        .filter(s -> pinned.stream().noneMatch(p -> p.getSeat().clashesWith(s))).toList();
    long big = (101L + preferredBonus) * Math.min(requests.size(), seats.size()) + 1;
    long highest = big + 100 + preferredBonus;
    int size = Math.max(requests.size(), seats.size());
    if (size == 0) {
      return new Optimum(0, 0);
    }
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
          PairingRequest request = requests.get(i);
          weight = big + request.compatibilityWith(seats.get(j).counselor())
              + (request.prefers(seats.get(j).counselor()) ? preferredBonus : 0);
        }
        // Minimal cost = maximal weight.
        graph.setEdgeWeight(graph.addEdge(i, size + j), highest - weight);
      }
    }
    double cost = new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(graph, left, right).getMatching().getWeight();
    long best = Math.round(size * highest - cost);
    return new Optimum(best / big, best % big);
  }
}
