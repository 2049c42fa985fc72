package org.mentra.sessions.pairing.planning.solver;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * The cheapest of the largest flows from one source to one sink, by successive shortest paths: Dijkstra
 * on reduced costs with node potentials, then one unit along each of the shortest paths a depth-first
 * search finds among the arcs of zero reduced cost (primal-dual: far fewer Dijkstra runs than paths).
 * It pushes flow while a path is left, so the flow is maximum first and cheapest among the maximum
 * ones second. Every flow it passes through is the cheapest of its value, which is what makes stopping
 * early (a time cap) safe: the result is feasible, only smaller.
 *
 * <p>Costs may be negative on an acyclic network (the initial potentials are its shortest distances,
 * computed in the order the nodes were numbered, which must be a topological order). Capacities are
 * small integers; a unit path per round is right for the pairing, where every source arc carries one.
 * Primitive arrays and an indexed heap, no objects per arc: at 500 registrations and 100 counselors
 * the network has about 10⁵ arcs and needs 500 rounds.
 */
public final class MinCostFlow {

  private static final long INFINITE = Long.MAX_VALUE / 4;

  private final int nodes;
  // The arcs as added; solve() lays them out by tail, each with its residual twin (compressed rows).
  private int added;
  private int[] fromOf = new int[16];
  private int[] toOf = new int[16];
  private int[] capacityOf = new int[16];
  private long[] costOf = new long[16];
  private int[] start;
  private int[] head;
  private int[] twin;
  private int[] residual;
  private long[] cost;
  private int[] placeOf;

  /** @param nodes the number of nodes, numbered in a topological order of the arcs that will be added */
  public MinCostFlow(int nodes) {
    this.nodes = nodes;
  }

  /** Adds an arc; returns its index for {@link #flow}. */
  public int addArc(int from, int to, int capacity, long arcCost) {
    if (from >= to) {
      throw new IllegalArgumentException("arcs must follow the node order (" + from + " -> " + to + ")");
    }
    if (start != null) {
      throw new IllegalStateException("the flow is solved");
    }
    if (added == fromOf.length) {
      int size = added * 2;
      fromOf = Arrays.copyOf(fromOf, size);
      toOf = Arrays.copyOf(toOf, size);
      capacityOf = Arrays.copyOf(capacityOf, size);
      costOf = Arrays.copyOf(costOf, size);
    }
    fromOf[added] = from;
    toOf[added] = to;
    capacityOf[added] = capacity;
    costOf[added] = arcCost;
    return added++;
  }

  /** The flow on an arc that {@link #addArc} returned, after {@link #solve}. */
  public int flow(int arc) {
    return residual[twin[placeOf[arc]]];
  }

  /** Each node's arcs (and the twins of the arcs into it) side by side, for the searches' sake. */
  private void layOut() {
    start = new int[nodes + 1];
    for (int a = 0; a < added; a++) {
      start[fromOf[a] + 1]++;
      start[toOf[a] + 1]++;
    }
    for (int node = 0; node < nodes; node++) {
      start[node + 1] += start[node];
    }
    int[] fill = Arrays.copyOf(start, nodes);
    head = new int[2 * added];
    twin = new int[2 * added];
    residual = new int[2 * added];
    cost = new long[2 * added];
    placeOf = new int[added];
    for (int a = 0; a < added; a++) {
      int forward = fill[fromOf[a]]++;
      int backward = fill[toOf[a]]++;
      head[forward] = toOf[a];
      head[backward] = fromOf[a];
      twin[forward] = backward;
      twin[backward] = forward;
      residual[forward] = capacityOf[a];
      cost[forward] = costOf[a];
      cost[backward] = -costOf[a];
      placeOf[a] = forward;
    }
  }

  /**
   * Sends as much flow from {@code source} to {@code sink} as the capacities allow, at the least cost, or
   * less if {@code stop} says so (checked between paths).
   *
   * @return the flow sent
   */
  public int solve(int source, int sink, BooleanSupplier stop) {
    layOut();
    long[] potential = initialPotentials(source);
    long[] distance = new long[nodes];
    boolean[] done = new boolean[nodes];
    Heap heap = new Heap(nodes, distance);
    int sent = 0;
    while (!stop.getAsBoolean()) {
      Arrays.fill(distance, INFINITE);
      Arrays.fill(done, false);
      distance[source] = 0;
      heap.push(source);
      while (!heap.isEmpty()) {
        int node = heap.pop();
        done[node] = true;
        if (node == sink) {
          break;  // the nodes still queued get the sink's distance below, which keeps reduced costs >= 0
        }
        long base = distance[node] + potential[node];
        for (int arc = start[node]; arc < start[node + 1]; arc++) {
          int to = head[arc];
          if (residual[arc] > 0 && !done[to] && potential[to] < INFINITE) {
            long reduced = base + cost[arc] - potential[to];
            if (reduced < distance[to]) {
              distance[to] = reduced;
              heap.pushOrDecrease(to);
            }
          }
        }
      }
      heap.clear();
      if (!done[sink]) {
        break;
      }
      long reach = distance[sink];
      for (int node = 0; node < nodes; node++) {
        if (potential[node] < INFINITE) {
          potential[node] += Math.min(distance[node], reach);
        }
      }
      int paths = augmentShortestPaths(source, sink, potential, stop);
      if (paths == 0) {
        throw new IllegalStateException("no path of zero reduced cost after Dijkstra found one");
      }
      sent += paths;
    }
    return sent;
  }

  /**
   * Sends one unit along each of as many paths of zero reduced cost as a depth-first search finds: every
   * such path is a shortest one (no reduced cost is negative), so one Dijkstra serves many paths. Reverse
   * arcs of a path get reduced cost zero too; the search never revisits a node on its path, which
   * keeps paths simple. It may stop short of the most paths; the next Dijkstra finds the rest.
   */
  private int augmentShortestPaths(int source, int sink, long[] potential, BooleanSupplier stop) {
    int[] current = Arrays.copyOf(start, nodes);
    boolean[] dead = new boolean[nodes];
    boolean[] onPath = new boolean[nodes];
    int[] path = new int[nodes];
    int length = 0;
    int node = source;
    int sent = 0;
    onPath[source] = true;
    while (true) {
      if (node == sink) {
        for (int i = 0; i < length; i++) {
          residual[path[i]]--;
          residual[twin[path[i]]]++;
          onPath[head[path[i]]] = false;
        }
        sent++;
        length = 0;
        node = source;
        if (stop.getAsBoolean()) {
          return sent;
        }
        continue;
      }
      int arc = current[node];
      int end = start[node + 1];
      while (arc < end) {
        int to = head[arc];
        if (residual[arc] > 0 && !dead[to] && !onPath[to] && potential[to] < INFINITE
            && cost[arc] + potential[node] - potential[to] == 0) {
          break;
        }
        arc++;
      }
      current[node] = arc;
      if (arc < end) {
        path[length++] = arc;
        node = head[arc];
        onPath[node] = true;
      } else {
        dead[node] = true;
        if (node == source) {
          return sent;
        }
        onPath[node] = false;
        int back = path[--length];
        node = head[twin[back]];
        current[node] = back + 1;
      }
    }
  }

  /** Shortest distances from the source over the acyclic network (negative costs allowed); unreachable: infinite. */
  private long[] initialPotentials(int source) {
    long[] potential = new long[nodes];
    Arrays.fill(potential, INFINITE);
    potential[source] = 0;
    for (int node = source; node < nodes; node++) {
      if (potential[node] == INFINITE) {
        continue;
      }
      for (int arc = start[node]; arc < start[node + 1]; arc++) {
        if (residual[arc] > 0) {
          potential[head[arc]] = Math.min(potential[head[arc]], potential[node] + cost[arc]);
        }
      }
    }
    return potential;
  }

  /** A binary min-heap of node numbers keyed by {@code key[node]}, with decrease-key. */
  private static final class Heap {
    private final int[] nodes;
    private final int[] position;
    private final long[] key;
    private int size;

    Heap(int capacity, long[] key) {
      this.nodes = new int[capacity];
      this.position = new int[capacity];
      this.key = key;
      Arrays.fill(position, -1);
    }

    boolean isEmpty() {
      return size == 0;
    }

    void push(int node) {
      nodes[size] = node;
      position[node] = size;
      up(size++);
    }

    void pushOrDecrease(int node) {
      if (position[node] < 0) {
        push(node);
      } else {
        up(position[node]);
      }
    }

    int pop() {
      int top = nodes[0];
      position[top] = -1;
      size--;
      if (size > 0) {
        nodes[0] = nodes[size];
        position[nodes[0]] = 0;
        down(0);
      }
      return top;
    }

    void clear() {
      for (int i = 0; i < size; i++) {
        position[nodes[i]] = -1;
      }
      size = 0;
    }

    private void up(int index) {
      int node = nodes[index];
      while (index > 0) {
        int parent = (index - 1) >>> 1;
        if (key[nodes[parent]] <= key[node]) {
          break;
        }
        place(nodes[parent], index);
        index = parent;
      }
      place(node, index);
    }

    private void down(int index) {
      int node = nodes[index];
      while (true) {
        int child = 2 * index + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && key[nodes[child + 1]] < key[nodes[child]]) {
          child++;
        }
        if (key[nodes[child]] >= key[node]) {
          break;
        }
        place(nodes[child], index);
        index = child;
      }
      place(node, index);
    }

    private void place(int node, int index) {
      nodes[index] = node;
      position[node] = index;
    }
  }
}
