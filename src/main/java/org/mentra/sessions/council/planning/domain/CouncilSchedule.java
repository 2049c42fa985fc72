package org.mentra.sessions.council.planning.domain;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.List;

/** Councils to place in one of their slots, each with the mentors who take part. */
@PlanningSolution
public class CouncilSchedule {

  @ProblemFactCollectionProperty
  private List<PlanningMentor> mentors;

  @PlanningEntityCollectionProperty
  private List<CouncilPlan> councils;

  @PlanningEntityCollectionProperty
  private List<MentorSeat> seats;

  @PlanningScore
  private HardMediumSoftScore score;

  public CouncilSchedule() {}

  public CouncilSchedule(List<PlanningMentor> mentors, List<CouncilPlan> councils, List<MentorSeat> seats) {
    this.mentors = mentors;
    this.councils = councils;
    this.seats = seats;
  }

  public List<PlanningMentor> getMentors() {
    return mentors;
  }

  public List<CouncilPlan> getCouncils() {
    return councils;
  }

  public List<MentorSeat> getSeats() {
    return seats;
  }

  public HardMediumSoftScore getScore() {
    return score;
  }

  public void setScore(HardMediumSoftScore score) {
    this.score = score;
  }
}
