package org.mentra.sessions.council.planning.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.mentra.sessions.council.planning.domain.CouncilPlan;
import org.mentra.sessions.council.planning.domain.CouncilSchedule;
import org.mentra.sessions.council.planning.domain.MentorSeat;
import org.mentra.sessions.council.planning.domain.PlanningMentor;
import org.mentra.sessions.council.planning.domain.SlotAnswer;
import org.mentra.sessions.shared.TimeRange;

/**
 * The exact optimum of a council schedule, found without Timefold: the rules of
 * {@link CouncilConstraintProvider} written out again ({@link #score}), and a branch and bound over
 * each connected group of councils (councils are connected when they share a mentor; confirmed
 * councils are fixed facts). Each council's choice is a slot and the set of its seats present.
 *
 * <p>Two levels. {@link Level#ALL}: the exact hard, medium and soft optimum (small schedules).
 * {@link Level#HARD_MEDIUM}: the exact hard and medium optimum, soft ignored, for large schedules:
 * then only councils that could double-book a mentor (a shared mentor who can make overlapping slots
 * of both) are connected, and a council never needs more than its minimum of mentors (one more only
 * adds chances to double-book), so its choices are the slots with at most its minimum of seats that
 * can come. The search stops after a number of nodes; {@link Optimum#exact} says whether it finished.
 */
public final class CouncilOracle {

  public enum Level { ALL, HARD_MEDIUM }

  /** The best score found; exact when the search finished, else only the best found (and an upper bound). */
  public record Optimum(HardMediumSoftScore score, HardMediumSoftScore upperBound, boolean exact, int groups,
      int largestGroup) {}

  private static final int HARD = 0;
  private static final int MEDIUM = 1;
  private static final int SOFT = 2;

  private CouncilOracle() {}

  /** The score of the schedule as it is, by the same rules as the constraints. */
  public static HardMediumSoftScore score(CouncilSchedule schedule) {
    long[] total = new long[3];
    Map<CouncilPlan, Integer> present = new IdentityHashMap<>();
    Map<PlanningMentor, Integer> load = new HashMap<>();
    List<MentorSeat> seated = schedule.getSeats().stream().filter(MentorSeat::isPresent).toList();
    for (MentorSeat seat : schedule.getSeats()) {
      if (seat.isLead() && !seat.isPresent()) {
        total[MEDIUM]--;
      }
    }
    for (MentorSeat seat : seated) {
      TimeRange slot = seat.getCouncil().getSlot();
      SlotAnswer answer = seat.answerFor(slot);
      total[HARD] -= answer.canAttend() ? 0 : 1;
      total[SOFT] += CouncilConstraintProvider.MORE_MENTORS_REWARD
          - (answer == SlotAnswer.TENTATIVE ? CouncilConstraintProvider.TENTATIVE_PENALTY : 0)
          - (seat.getMentor().worksDuring(slot) ? 0 : CouncilConstraintProvider.OUTSIDE_WORKING_HOURS_PENALTY)
          - (seat.getMentor().busyDuring(slot) ? CouncilConstraintProvider.BUSY_IN_CALENDAR_PENALTY : 0);
      present.merge(seat.getCouncil(), 1, Integer::sum);
      load.merge(seat.getMentor(), 1, Integer::sum);
    }
    for (int i = 0; i < seated.size(); i++) {
      for (int j = i + 1; j < seated.size(); j++) {
        MentorSeat a = seated.get(i);
        MentorSeat b = seated.get(j);
        if (a.getMentor().equals(b.getMentor()) && a.getCouncil().getSlot().overlaps(b.getCouncil().getSlot())) {
          total[HARD]--;
        }
      }
    }
    for (CouncilPlan council : schedule.getCouncils()) {
      int count = present.getOrDefault(council, 0);
      total[HARD] -= Math.max(0, council.getMinimum() - count) + Math.max(0, count - council.getMaximum());
    }
    load.values().forEach(c -> total[SOFT] -= (long) CouncilConstraintProvider.LOAD_PENALTY * c * c);
    return of(total);
  }

  /** The optimum, searching at most {@code nodeLimit} nodes per group. */
  public static Optimum optimum(CouncilSchedule schedule, Level level, long nodeLimit) {
    return new Search(schedule, level, nodeLimit).run();
  }

  /** One choice of a council: a slot and the seats present there, with what it scores on its own. */
  private record Option(int slot, int[] seats, long[] local) {}

  private static final class Search {

    private final Level level;
    private final long nodeLimit;
    private final List<CouncilPlan> councils;
    private final Map<CouncilPlan, List<MentorSeat>> seatsOf = new IdentityHashMap<>();
    /** Present pinned seats per mentor: their council's slot. */
    private final Map<PlanningMentor, List<TimeRange>> pinned = new HashMap<>();
    private final Map<PlanningMentor, Integer> mentorIndex = new HashMap<>();
    private final long[] constant = new long[3];

    Search(CouncilSchedule schedule, Level level, long nodeLimit) {
      this.level = level;
      this.nodeLimit = nodeLimit;
      this.councils = schedule.getCouncils().stream().filter(c -> !c.isPinned()).toList();
      councils.forEach(c -> seatsOf.put(c, new ArrayList<>()));
      for (MentorSeat seat : schedule.getSeats()) {
        mentorIndex.putIfAbsent(seat.getMentor(), mentorIndex.size());
        if (seat.isPinned()) {
          if (seat.isPresent()) {
            pinned.computeIfAbsent(seat.getMentor(), m -> new ArrayList<>()).add(seat.getCouncil().getSlot());
          }
        } else {
          seatsOf.get(seat.getCouncil()).add(seat);
        }
      }
      // What the confirmed councils score among themselves: the schedule with every other council empty.
      CouncilSchedule fixed = new CouncilSchedule(schedule.getMentors(),
          schedule.getCouncils().stream().filter(CouncilPlan::isPinned).toList(),
          schedule.getSeats().stream().filter(MentorSeat::isPinned).toList());
      HardMediumSoftScore fixedScore = score(fixed);
      constant[HARD] = fixedScore.hardScore();
      constant[MEDIUM] = fixedScore.mediumScore();
      constant[SOFT] = level == Level.ALL ? fixedScore.softScore() : 0;
    }

    Optimum run() {
      Graph<CouncilPlan, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
      councils.forEach(graph::addVertex);
      for (int i = 0; i < councils.size(); i++) {
        for (int j = i + 1; j < councils.size(); j++) {
          if (connected(councils.get(i), councils.get(j))) {
            graph.addEdge(councils.get(i), councils.get(j));
          }
        }
      }
      List<Set<CouncilPlan>> groups = new ConnectivityInspector<>(graph).connectedSets();
      long[] best = constant.clone();
      long[] bound = constant.clone();
      boolean exact = true;
      int largest = 0;
      for (Set<CouncilPlan> group : groups) {
        largest = Math.max(largest, group.size());
        Group search = new Group(councils.stream().filter(group::contains).toList());
        search.run();
        exact &= search.finished;
        add(best, search.best);
        add(bound, search.finished ? search.best : search.bound());
      }
      return new Optimum(of(best), of(bound), exact, groups.size(), largest);
    }

    /** Whether the two councils' choices can change each other's score. */
    private boolean connected(CouncilPlan a, CouncilPlan b) {
      for (MentorSeat x : seatsOf.get(a)) {
        for (MentorSeat y : seatsOf.get(b)) {
          if (!x.getMentor().equals(y.getMentor())) {
            continue;
          }
          if (level == Level.ALL) {
            return true; // the load of a shared mentor counts both councils
          }
          for (TimeRange sa : a.getSlots()) {
            for (TimeRange sb : b.getSlots()) {
              if (mayBeThere(x, sa) && mayBeThere(y, sb) && sa.overlaps(sb)) {
                return true;
              }
            }
          }
        }
      }
      return false;
    }

    /** Whether a choice worth trying may seat the mentor there (a lead even when they cannot come). */
    private boolean mayBeThere(MentorSeat seat, TimeRange slot) {
      return seat.answerFor(slot).canAttend() || seat.isLead();
    }

    /** Branch and bound over one group: each council in turn takes one of its options. */
    private final class Group {

      private final List<CouncilPlan> members;
      private final List<CouncilPlan> group;
      private final List<List<Option>> options = new ArrayList<>();
      /** The best any council from index i on can add on its own (a bound: conflicts and extra load only take away). */
      private final long[][] optimisticFrom;
      private final Map<PlanningMentor, List<TimeRange>> taken = new HashMap<>();
      private final int[] load;
      private final long[] current = new long[3];
      private long[] best;
      private long nodes;
      private boolean finished = true;

      Group(List<CouncilPlan> councils) {
        this.group = List.copyOf(councils);
        // Most constrained first: fewest options; ties by id for a repeatable search.
        List<CouncilPlan> ordered = new ArrayList<>(councils);
        Map<CouncilPlan, List<Option>> byCouncil = new IdentityHashMap<>();
        ordered.forEach(c -> byCouncil.put(c, options(c)));
        ordered.sort(Comparator.comparingInt((CouncilPlan c) -> byCouncil.get(c).size())
            .thenComparing(CouncilPlan::getId));
        this.members = ordered;
        ordered.forEach(c -> options.add(byCouncil.get(c)));
        this.optimisticFrom = new long[members.size() + 1][3];
        for (int i = members.size() - 1; i >= 0; i--) {
          long[] top = options.get(i).stream().map(o -> optimistic(o)).max(CouncilOracle::compare).orElseThrow();
          optimisticFrom[i] = optimisticFrom[i + 1].clone();
          add(optimisticFrom[i], top);
        }
        this.load = new int[mentorIndex.size()];
        pinned.forEach((mentor, slots) -> load[mentorIndex.get(mentor)] += slots.size());
      }

      long[] bound() {
        return optimisticFrom[0];
      }

      void run() {
        dive(0);
      }

      private void dive(int index) {
        if (++nodes > nodeLimit) {
          finished = false;
          return;
        }
        if (index == members.size()) {
          if (best == null || compare(current, best) > 0) {
            best = current.clone();
          }
          return;
        }
        if (best != null) {
          long[] reachable = current.clone();
          add(reachable, optimisticFrom[index]);
          if (compare(reachable, best) <= 0) {
            return;
          }
        }
        CouncilPlan council = members.get(index);
        List<MentorSeat> seats = seatsOf.get(council);
        for (Option option : options.get(index)) {
          TimeRange slot = council.getSlots().get(option.slot());
          long[] delta = option.local().clone();
          for (int s : option.seats()) {
            PlanningMentor mentor = seats.get(s).getMentor();
            for (TimeRange other : taken.getOrDefault(mentor, List.of())) {
              delta[HARD] -= other.overlaps(slot) ? 1 : 0;
            }
            if (level == Level.ALL) {
              int k = load[mentorIndex.get(mentor)];
              delta[SOFT] -= (long) CouncilConstraintProvider.LOAD_PENALTY * (2L * k + 1);
            }
          }
          add(current, delta);
          for (int s : option.seats()) {
            PlanningMentor mentor = seats.get(s).getMentor();
            taken.computeIfAbsent(mentor, m -> new ArrayList<>()).add(slot);
            load[mentorIndex.get(mentor)]++;
          }
          dive(index + 1);
          for (int s : option.seats()) {
            PlanningMentor mentor = seats.get(s).getMentor();
            List<TimeRange> slots = taken.get(mentor);
            slots.remove(slots.size() - 1);
            load[mentorIndex.get(mentor)]--;
          }
          subtract(current, delta);
          if (!finished) {
            return;
          }
        }
      }

      /** What an option can add at best: its own score, and at least one load penalty per seat. */
      private long[] optimistic(Option option) {
        long[] top = option.local().clone();
        if (level == Level.ALL) {
          for (int s : option.seats()) {
            top[SOFT] -= CouncilConstraintProvider.LOAD_PENALTY;
          }
        }
        return top;
      }

      private List<Option> options(CouncilPlan council) {
        List<MentorSeat> seats = seatsOf.get(council);
        List<Option> all = new ArrayList<>();
        for (int slot = 0; slot < council.getSlots().size(); slot++) {
          TimeRange at = council.getSlots().get(slot);
          for (long mask = 0; mask < 1L << seats.size(); mask++) {
            int[] chosen = bits(mask, seats.size());
            if (level == Level.HARD_MEDIUM && !worthTrying(council, seats, at, chosen)) {
              continue;
            }
            all.add(new Option(slot, chosen, local(council, seats, at, chosen)));
          }
        }
        if (level == Level.HARD_MEDIUM) {
          all = undominated(council, seats, all);
        }
        all.sort(Comparator.comparing((Option o) -> optimistic(o), CouncilOracle::compare).reversed()
            .thenComparingInt(o -> o.seats().length));
        return all;
      }

      /**
       * Hard and medium only: what one option does to the others is which mentors it takes whom another
       * council of the group may want then. Of two options at one slot, the one that scores no less and
       * takes no more of those mentors is as good, so only the undominated ones are tried.
       */
      private List<Option> undominated(CouncilPlan council, List<MentorSeat> seats, List<Option> all) {
        List<Option> kept = new ArrayList<>();
        List<Set<Integer>> keptContested = new ArrayList<>();
        for (Option option : all) {
          TimeRange slot = council.getSlots().get(option.slot());
          Set<Integer> contested = new java.util.HashSet<>();
          for (int s : option.seats()) {
            if (wanted(council, seats.get(s).getMentor(), slot)) {
              contested.add(s);
            }
          }
          boolean dominated = false;
          for (int k = 0; k < kept.size() && !dominated; k++) {
            Option other = kept.get(k);
            dominated = other.slot() == option.slot() && compare(other.local(), option.local()) >= 0
                && contested.containsAll(keptContested.get(k));
          }
          if (!dominated) {
            for (int k = kept.size() - 1; k >= 0; k--) {
              if (kept.get(k).slot() == option.slot() && compare(option.local(), kept.get(k).local()) >= 0
                  && keptContested.get(k).containsAll(contested)) {
                kept.remove(k);
                keptContested.remove(k);
              }
            }
            kept.add(option);
            keptContested.add(contested);
          }
        }
        return kept;
      }

      /** Whether another council of the group may seat this mentor at a time overlapping the slot. */
      private boolean wanted(CouncilPlan council, PlanningMentor mentor, TimeRange slot) {
        for (CouncilPlan other : group) {
          if (other == council) {
            continue;
          }
          for (MentorSeat seat : seatsOf.get(other)) {
            if (seat.getMentor().equals(mentor)
                && other.getSlots().stream().anyMatch(at -> at.overlaps(slot) && mayBeThere(seat, at))) {
              return true;
            }
          }
        }
        return false;
      }

      /**
       * Hard and medium only: at most the minimum of mentors, and only mentors who can come and sit in
       * no confirmed council then, the lead aside (the lead there, even so, may beat one hard point less).
       */
      private boolean worthTrying(CouncilPlan council, List<MentorSeat> seats, TimeRange slot, int[] chosen) {
        if (chosen.length > council.getMinimum()) {
          return false;
        }
        for (int s : chosen) {
          MentorSeat seat = seats.get(s);
          boolean free = seat.answerFor(slot).canAttend()
              && pinned.getOrDefault(seat.getMentor(), List.of()).stream().noneMatch(slot::overlaps);
          if (!free && !seat.isLead()) {
            return false;
          }
        }
        return true;
      }

      /** The council's own score with these seats at this slot, including clashes with confirmed councils. */
      private long[] local(CouncilPlan council, List<MentorSeat> seats, TimeRange slot, int[] chosen) {
        long[] score = new long[3];
        boolean[] in = new boolean[seats.size()];
        for (int s : chosen) {
          in[s] = true;
          MentorSeat seat = seats.get(s);
          SlotAnswer answer = seat.answerFor(slot);
          score[HARD] -= answer.canAttend() ? 0 : 1;
          score[HARD] -= pinned.getOrDefault(seat.getMentor(), List.of()).stream().filter(slot::overlaps).count();
          if (level == Level.ALL) {
            score[SOFT] += CouncilConstraintProvider.MORE_MENTORS_REWARD
                - (answer == SlotAnswer.TENTATIVE ? CouncilConstraintProvider.TENTATIVE_PENALTY : 0)
                - (seat.getMentor().worksDuring(slot) ? 0 : CouncilConstraintProvider.OUTSIDE_WORKING_HOURS_PENALTY)
                - (seat.getMentor().busyDuring(slot) ? CouncilConstraintProvider.BUSY_IN_CALENDAR_PENALTY : 0);
          }
        }
        for (int s = 0; s < seats.size(); s++) {
          score[MEDIUM] -= seats.get(s).isLead() && !in[s] ? 1 : 0;
        }
        score[HARD] -= Math.max(0, council.getMinimum() - chosen.length)
            + Math.max(0, chosen.length - council.getMaximum());
        return score;
      }
    }
  }

  private static int[] bits(long mask, int size) {
    return java.util.stream.IntStream.range(0, size).filter(i -> (mask >> i & 1) == 1).toArray();
  }

  private static int compare(long[] a, long[] b) {
    for (int i = 0; i < 3; i++) {
      if (a[i] != b[i]) {
        return Long.compare(a[i], b[i]);
      }
    }
    return 0;
  }

  private static void add(long[] into, long[] delta) {
    for (int i = 0; i < 3; i++) {
      into[i] += delta[i];
    }
  }

  private static void subtract(long[] into, long[] delta) {
    for (int i = 0; i < 3; i++) {
      into[i] -= delta[i];
    }
  }

  private static HardMediumSoftScore of(long[] score) {
    return HardMediumSoftScore.of(Math.toIntExact(score[HARD]), Math.toIntExact(score[MEDIUM]),
        Math.toIntExact(score[SOFT]));
  }
}
