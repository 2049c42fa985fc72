package org.mentra.sessions.pairing.planning.solver;

import java.util.Arrays;

/**
 * The exact maximum-weight matching of a bipartite graph given as a weight matrix, by the Hungarian
 * method (Kuhn–Munkres with potentials, O(n² m) for n ≤ m). A weight of zero or less means "no edge":
 * such pairs are never matched. Deterministic: the same matrix gives the same matching.
 *
 * <p>Kept instead of JGraphT's matching because it is much faster on our shape (a dense weight
 * matrix): on the exact step's weights of {@code PairingBenchmark} (500 registrations, 483 seats,
 * seed 42) it took 38–45 ms against 690–1,790 ms for JGraphT's {@code MaximumWeightBipartiteMatching}
 * and 3–4 s for its {@code KuhnMunkresMinimalWeightBipartitePerfectMatching}, with the same optimum
 * (two runs, each the best of 3 after a warm-up, on a shared 2-core machine). JGraphT stays a test dependency,
 * the oracle that checks this one ({@code ExactOracleTest}, the benchmark).
 */
public final class MaximumWeightMatching {

  private MaximumWeightMatching() {}

  /**
   * @param weights {@code weights[row][column]}, all rows of equal length
   * @return for each row the matched column, or -1
   */
  public static int[] solve(long[][] weights) {
    int rows = weights.length;
    int columns = rows == 0 ? 0 : weights[0].length;
    int[] match = new int[rows];
    Arrays.fill(match, -1);
    if (rows == 0 || columns == 0) {
      return match;
    }
    // The method assigns every row of the shorter side; transpose when there are more rows than columns.
    boolean transposed = rows > columns;
    int n = transposed ? columns : rows;
    int m = transposed ? rows : columns;
    long[][] cost = new long[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        long w = transposed ? weights[j][i] : weights[i][j];
        // Maximising weight is minimising its negative; a missing edge costs what staying unmatched costs.
        cost[i][j] = w > 0 ? -w : 0;
      }
    }
    int[] columnOwner = minimumCostAssignment(cost, n, m);
    for (int j = 0; j < m; j++) {
      int i = columnOwner[j];
      if (i < 0) {
        continue;
      }
      int row = transposed ? j : i;
      int column = transposed ? i : j;
      if (weights[row][column] > 0) {
        match[row] = column;
      }
    }
    return match;
  }

  /** Assigns each of the n rows a distinct one of the m ≥ n columns at minimum total cost; returns each column's row or -1. */
  private static int[] minimumCostAssignment(long[][] cost, int n, int m) {
    long inf = Long.MAX_VALUE / 4;
    long[] u = new long[n + 1];
    long[] v = new long[m + 1];
    int[] owner = new int[m + 1];      // 1-based row owning column j, 0 = free
    int[] way = new int[m + 1];
    long[] minimum = new long[m + 1];
    boolean[] used = new boolean[m + 1];
    for (int i = 1; i <= n; i++) {
      owner[0] = i;
      int j0 = 0;
      Arrays.fill(minimum, inf);
      Arrays.fill(used, false);
      do {
        used[j0] = true;
        int i0 = owner[j0];
        long delta = inf;
        int j1 = 0;
        long[] costRow = cost[i0 - 1];
        long ui0 = u[i0];
        for (int j = 1; j <= m; j++) {
          if (!used[j]) {
            long reduced = costRow[j - 1] - ui0 - v[j];
            if (reduced < minimum[j]) {
              minimum[j] = reduced;
              way[j] = j0;
            }
            if (minimum[j] < delta) {
              delta = minimum[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= m; j++) {
          if (used[j]) {
            u[owner[j]] += delta;
            v[j] -= delta;
          } else {
            minimum[j] -= delta;
          }
        }
        j0 = j1;
      } while (owner[j0] != 0);
      do {
        int j1 = way[j0];
        owner[j0] = owner[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] columnOwner = new int[m];
    for (int j = 1; j <= m; j++) {
      columnOwner[j - 1] = owner[j] - 1;
    }
    return columnOwner;
  }
}
