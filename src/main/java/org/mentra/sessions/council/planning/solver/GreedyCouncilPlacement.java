package org.mentra.sessions.council.planning.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.mentra.sessions.council.planning.domain.CouncilPlan;
import org.mentra.sessions.council.planning.domain.CouncilSchedule;
import org.mentra.sessions.council.planning.domain.MentorSeat;
import org.mentra.sessions.council.planning.domain.PlanningMentor;
import org.mentra.sessions.council.planning.domain.SlotAnswer;
import org.mentra.sessions.shared.TimeRange;

/**
 * The first plan, council by council, the hardest to place first: each takes the slot where the
 * mentors who can come and are not yet taken then make the best council (enough of them, the lead,
 * sure answers, working hours, free calendars, the least loaded), and those mentors. Nobody is
 * double-booked by construction, so the plan is feasible wherever a greedy order allows; the local
 * search improves it from there. Timefold's generic construction places a slot before any seat,
 * when every slot still looks alike, and leaves the search to find the right slots move by move.
 */
public class GreedyCouncilPlacement implements PhaseCommand<CouncilSchedule> {

  @Override
  public void changeWorkingSolution(ScoreDirector<CouncilSchedule> director, BooleanSupplier isPhaseTerminated) {
    CouncilSchedule schedule = director.getWorkingSolution();
    Map<PlanningMentor, List<TimeRange>> taken = new HashMap<>();
    Map<PlanningMentor, Integer> load = new HashMap<>();
    Map<CouncilPlan, List<MentorSeat>> seatsOf = new IdentityHashMap<>();
    for (MentorSeat seat : schedule.getSeats()) {
      if (seat.isPinned()) {
        if (seat.isPresent()) {
          taken.computeIfAbsent(seat.getMentor(), m -> new ArrayList<>()).add(seat.getCouncil().getSlot());
          load.merge(seat.getMentor(), 1, Integer::sum);
        }
      } else {
        seatsOf.computeIfAbsent(seat.getCouncil(), c -> new ArrayList<>()).add(seat);
      }
    }
    List<CouncilPlan> councils = schedule.getCouncils().stream()
        .filter(c -> !c.isPinned() && c.getSlot() == null)
        .sorted(Comparator.comparingInt((CouncilPlan c) -> quorumSlots(c, seatsOf.getOrDefault(c, List.of())))
            .thenComparing(c -> c.getLeadMentorId() == null)
            .thenComparing(CouncilPlan::getId))
        .toList();
    for (CouncilPlan council : councils) {
      if (isPhaseTerminated.getAsBoolean()) {
        return; // the construction heuristic after this phase completes what is left
      }
      List<MentorSeat> seats = seatsOf.getOrDefault(council, List.of());
      Choice best = null;
      for (TimeRange slot : council.getSlots()) {
        Choice choice = choose(council, seats, slot, taken, load);
        if (best == null || choice.compareTo(best) > 0) {
          best = choice;
        }
      }
      if (best == null) {
        continue;
      }
      director.beforeVariableChanged(council, "slot");
      council.setSlot(best.slot());
      director.afterVariableChanged(council, "slot");
      for (MentorSeat seat : seats) {
        director.beforeVariableChanged(seat, "present");
        seat.setPresent(best.seats().contains(seat));
        director.afterVariableChanged(seat, "present");
      }
      for (MentorSeat seat : best.seats()) {
        taken.computeIfAbsent(seat.getMentor(), m -> new ArrayList<>()).add(best.slot());
        load.merge(seat.getMentor(), 1, Integer::sum);
      }
      director.triggerVariableListeners();
    }
  }

  /** In how many slots enough candidates can come: the fewer, the earlier the council is placed. */
  private static int quorumSlots(CouncilPlan council, List<MentorSeat> seats) {
    return (int) council.getSlots().stream()
        .filter(slot -> seats.stream().filter(s -> s.answerFor(slot).canAttend()).count() >= council.getMinimum())
        .count();
  }

  /** The best seats at this slot among the candidates who can come and are free then, with their value. */
  private static Choice choose(CouncilPlan council, List<MentorSeat> seats, TimeRange slot,
      Map<PlanningMentor, List<TimeRange>> taken, Map<PlanningMentor, Integer> load) {
    List<MentorSeat> chosen = seats.stream()
        .filter(s -> s.answerFor(slot).canAttend())
        .filter(s -> taken.getOrDefault(s.getMentor(), List.of()).stream().noneMatch(slot::overlaps))
        .sorted(Comparator.comparing((MentorSeat s) -> !s.isLead())
            .thenComparing(s -> -soft(s, slot, load)))
        .limit(council.getMaximum())
        .toList();
    int hard = -Math.max(0, council.getMinimum() - chosen.size());
    int medium = seats.stream().anyMatch(s -> s.isLead() && !chosen.contains(s)) ? -1 : 0;
    int soft = chosen.stream().mapToInt(s -> soft(s, slot, load)).sum();
    return new Choice(slot, chosen, hard, medium, soft);
  }

  /** What a seat adds to the soft score (as the constraints count it), its mentor's load included. */
  private static int soft(MentorSeat seat, TimeRange slot, Map<PlanningMentor, Integer> load) {
    int already = load.getOrDefault(seat.getMentor(), 0);
    return CouncilConstraintProvider.MORE_MENTORS_REWARD
        - (seat.answerFor(slot) == SlotAnswer.TENTATIVE ? CouncilConstraintProvider.TENTATIVE_PENALTY : 0)
        - (seat.getMentor().worksDuring(slot) ? 0 : CouncilConstraintProvider.OUTSIDE_WORKING_HOURS_PENALTY)
        - (seat.getMentor().busyDuring(slot) ? CouncilConstraintProvider.BUSY_IN_CALENDAR_PENALTY : 0)
        - CouncilConstraintProvider.LOAD_PENALTY * (2 * already + 1);
  }

  private record Choice(TimeRange slot, List<MentorSeat> seats, int hard, int medium, int soft)
      implements Comparable<Choice> {

    @Override
    public int compareTo(Choice other) {
      return Comparator.comparingInt(Choice::hard).thenComparingInt(Choice::medium).thenComparingInt(Choice::soft)
          .compare(this, other);
    }
  }
}
