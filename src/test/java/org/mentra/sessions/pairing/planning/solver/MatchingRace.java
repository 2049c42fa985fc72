package org.mentra.sessions.pairing.planning.solver;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.mentra.sessions.pairing.planning.domain.PairingPlan;

/**
 * The exact step's matching, own Hungarian method against JGraphT's, on the very weights the exact
 * step builds (for the benchmark: which of the two belongs in main). Times are the best of a few runs
 * after a warm-up, so neither pays for class loading or the JIT.
 */
public final class MatchingRace {

  private static final int RUNS = 3;

  private MatchingRace() {}

  /** One contestant: its best time and the total weight it matched (both must match the same). */
  public record Result(long bestMillis, long totalWeight, int matched) {}

  public static Result own(PairingPlan plan) {
    long[][] weights = weights(plan);
    return race(weights, w -> MaximumWeightMatching.solve(w));
  }

  /** JGraphT's {@link MaximumWeightBipartiteMatching}, on the real edges only (weight > 0). */
  public static Result jgrapht(PairingPlan plan) {
    long[][] weights = weights(plan);
    return race(weights, MatchingRace::jgraphtSolve);
  }

  private static long[][] weights(PairingPlan plan) {
    return ExactPairingPhase.weights(plan.getRequests(), plan.getSeats(),
        ExactPairingPhase.DEFAULT_PREFERRED_COUNSELOR_BONUS);
  }

  private static int[] jgraphtSolve(long[][] weights) {
    int rows = weights.length;
    int columns = rows == 0 ? 0 : weights[0].length;
    Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    Set<Integer> left = new HashSet<>();
    Set<Integer> right = new HashSet<>();
    for (int i = 0; i < rows; i++) {
      graph.addVertex(i);
      left.add(i);
    }
    for (int j = 0; j < columns; j++) {
      graph.addVertex(rows + j);
      right.add(rows + j);
    }
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        if (weights[i][j] > 0) {
          graph.setEdgeWeight(graph.addEdge(i, rows + j), weights[i][j]);
        }
      }
    }
    MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge> matching =
        new MaximumWeightBipartiteMatching<>(graph, left, right).getMatching();
    int[] match = new int[rows];
    java.util.Arrays.fill(match, -1);
    for (DefaultWeightedEdge edge : matching.getEdges()) {
      int a = graph.getEdgeSource(edge);
      int b = graph.getEdgeTarget(edge);
      int row = Math.min(a, b);
      match[row] = Math.max(a, b) - rows;
    }
    return match;
  }

  private static Result race(long[][] weights, Function<long[][], int[]> solver) {
    solver.apply(weights);
    long best = Long.MAX_VALUE;
    int[] match = null;
    for (int run = 0; run < RUNS; run++) {
      long start = System.nanoTime();
      match = solver.apply(weights);
      best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
    }
    long total = 0;
    int matched = 0;
    for (int i = 0; i < match.length; i++) {
      if (match[i] >= 0) {
        total += weights[i][match[i]];
        matched++;
      }
    }
    return new Result(best, total, matched);
  }

  /** Both on the same plan, as a line for the benchmark. */
  public static List<String> report(PairingPlan plan) {
    Result own = own(plan);
    Result jgrapht = jgrapht(plan);
    return List.of(
        String.format(java.util.Locale.ROOT, "Matching, own Hungarian (MaximumWeightMatching)   %6d ms  matched %3d, weight %d",
            own.bestMillis(), own.matched(), own.totalWeight()),
        String.format(java.util.Locale.ROOT, "Matching, JGraphT MaximumWeightBipartiteMatching  %6d ms  matched %3d, weight %d%s",
            jgrapht.bestMillis(), jgrapht.matched(), jgrapht.totalWeight(),
            jgrapht.totalWeight() == own.totalWeight() ? " (same optimum)" : " (DIFFERENT optimum!)"));
  }
}
