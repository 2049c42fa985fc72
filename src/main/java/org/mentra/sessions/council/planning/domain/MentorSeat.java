package org.mentra.sessions.council.planning.domain;

import org.mentra.sessions.shared.TimeRange;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.CountableValueRange;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeFactory;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.Map;

/**
 * A mentor's possible seat in a council: present or not. A council's mentors are the seats whose
 * {@code present} is true; seats of a confirmed council are pinned.
 */
@PlanningEntity
public class MentorSeat {

  @PlanningId
  private String id;

  private CouncilPlan council;
  private PlanningMentor mentor;
  private Map<TimeRange, SlotAnswer> answers;

  @PlanningVariable(valueRangeProviderRefs = "presence")
  private Boolean present;

  @PlanningPin
  private boolean pinned;

  public MentorSeat() {}

  public MentorSeat(CouncilPlan council, PlanningMentor mentor, Map<TimeRange, SlotAnswer> answers) {
    this.id = council.getId() + "/" + mentor.id();
    this.council = council;
    this.mentor = mentor;
    this.answers = Map.copyOf(answers);
  }

  /** A mentor confirmed for a council: there, whatever happens. */
  public static MentorSeat confirmed(CouncilPlan council, PlanningMentor mentor) {
    MentorSeat seat = new MentorSeat(council, mentor, Map.of(council.getSlot(), SlotAnswer.AVAILABLE));
    seat.present = true;
    seat.pinned = true;
    return seat;
  }

  /**
   * Present or not. The range sits on the entity, like the council's slots, because the solver's
   * swap moves expect every entity's range to come from the entity once one does.
   */
  @ValueRangeProvider(id = "presence")
  public CountableValueRange<Boolean> getPresence() {
    return ValueRangeFactory.createBooleanValueRange();
  }

  public SlotAnswer answerFor(TimeRange slot) {
    return answers.getOrDefault(slot, SlotAnswer.UNAVAILABLE);
  }

  public boolean isLead() {
    return mentor.id().equals(council.getLeadMentorId());
  }

  public boolean isPresent() {
    return Boolean.TRUE.equals(present);
  }

  public String getId() {
    return id;
  }

  public CouncilPlan getCouncil() {
    return council;
  }

  public PlanningMentor getMentor() {
    return mentor;
  }

  public Boolean getPresent() {
    return present;
  }

  public void setPresent(Boolean present) {
    this.present = present;
  }

  public boolean isPinned() {
    return pinned;
  }

  @Override
  public String toString() {
    return id + (isPresent() ? " present" : " absent");
  }
}
