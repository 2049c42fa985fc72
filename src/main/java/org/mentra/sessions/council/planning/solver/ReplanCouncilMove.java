package org.mentra.sessions.council.planning.solver;

import org.mentra.sessions.shared.TimeRange;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.mentra.sessions.council.planning.domain.CouncilPlan;
import org.mentra.sessions.council.planning.domain.CouncilSchedule;
import org.mentra.sessions.council.planning.domain.MentorSeat;

/**
 * Moves a council to another of its slots and seats, in one step, the mentors who can make that
 * slot. Single changes cannot get there: every step in between breaks a hard rule (a mentor who
 * cannot make the slot, or too few mentors), so a local search would stay at its first slot.
 */
final class ReplanCouncilMove extends AbstractMove<CouncilSchedule> {

  private final CouncilPlan council;
  private final TimeRange slot;
  private final List<MentorSeat> seats;
  private final List<Boolean> presence;

  ReplanCouncilMove(CouncilPlan council, TimeRange slot, List<MentorSeat> seats, List<Boolean> presence) {
    this.council = council;
    this.slot = slot;
    this.seats = List.copyOf(seats);
    this.presence = List.copyOf(presence);
  }

  @Override
  public boolean isMoveDoable(ScoreDirector<CouncilSchedule> scoreDirector) {
    if (!slot.equals(council.getSlot())) {
      return true;
    }
    for (int i = 0; i < seats.size(); i++) {
      if (!presence.get(i).equals(seats.get(i).getPresent())) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected void doMoveOnGenuineVariables(ScoreDirector<CouncilSchedule> scoreDirector) {
    scoreDirector.beforeVariableChanged(council, "slot");
    council.setSlot(slot);
    scoreDirector.afterVariableChanged(council, "slot");
    for (int i = 0; i < seats.size(); i++) {
      MentorSeat seat = seats.get(i);
      scoreDirector.beforeVariableChanged(seat, "present");
      seat.setPresent(presence.get(i));
      scoreDirector.afterVariableChanged(seat, "present");
    }
  }

  @Override
  public ReplanCouncilMove rebase(ScoreDirector<CouncilSchedule> destination) {
    List<MentorSeat> rebased = new ArrayList<>();
    seats.forEach(seat -> rebased.add(destination.lookUpWorkingObject(seat)));
    return new ReplanCouncilMove(destination.lookUpWorkingObject(council), slot, rebased, presence);
  }

  @Override
  public Collection<?> getPlanningEntities() {
    List<Object> entities = new ArrayList<>(seats);
    entities.add(0, council);
    return entities;
  }

  @Override
  public Collection<?> getPlanningValues() {
    return List.of(slot);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReplanCouncilMove move && move.council == council && move.slot.equals(slot)
        && move.presence.equals(presence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(council.getId(), slot, presence);
  }

  @Override
  public String toString() {
    return "replan " + council.getId() + " to " + slot + " " + presence;
  }
}
