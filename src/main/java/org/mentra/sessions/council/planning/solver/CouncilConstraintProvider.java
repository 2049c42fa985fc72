package org.mentra.sessions.council.planning.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import java.util.function.Function;
import org.mentra.sessions.council.planning.domain.CouncilPlan;
import org.mentra.sessions.council.planning.domain.MentorSeat;
import org.mentra.sessions.council.planning.domain.SlotAnswer;

/**
 * What makes a good council.
 * <ul>
 *   <li>Hard: a mentor only sits in a slot they marked available or tentative; nobody sits in two
 *       councils at once (confirmed councils are fixed facts); each council has between its minimum
 *       and maximum of mentors (tentative mentors count).</li>
 *   <li>Medium: the lead mentor is there, which outranks any number of soft points, so a lead's
 *       presence beats one more mentor.</li>
 *   <li>Soft: more mentors, sure answers over tentative ones, slots inside each mentor's working
 *       hours in their own zone, slots their own calendar does not show them busy in, and the load
 *       spread fairly.</li>
 * </ul>
 * Seats are joined with their council in every constraint that reads the council's slot, so a
 * change of slot updates the score of the seats.
 */
public class CouncilConstraintProvider implements ConstraintProvider {

  static final int MORE_MENTORS_REWARD = 100;
  static final int TENTATIVE_PENALTY = 20;
  static final int OUTSIDE_WORKING_HOURS_PENALTY = 10;
  /**
   * Above tentative: the mentor said they can come, yet their calendar shows something then (perhaps
   * moveable, perhaps forgotten). Soft, and below one more mentor: their answer counts more than the calendar.
   */
  static final int BUSY_IN_CALENDAR_PENALTY = 30;
  static final int LOAD_PENALTY = 5;

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
        onlyInSlotsTheyCanMake(factory),
        noMentorInTwoCouncilsAtOnce(factory),
        atLeastTheMinimumOfMentors(factory),
        atMostTheMaximumOfMentors(factory),
        leadMentorPresent(factory),
        moreMentors(factory),
        availableOverTentative(factory),
        insideWorkingHours(factory),
        notBusyInTheirCalendar(factory),
        fairLoad(factory)
    };
  }

  Constraint onlyInSlotsTheyCanMake(ConstraintFactory factory) {
    return presentSeatsWithTheirCouncil(factory)
        .filter((seat, council) -> !seat.answerFor(council.getSlot()).canAttend())
        .penalize(HardMediumSoftScore.ONE_HARD)
        .asConstraint("Mentor only in a slot they can make");
  }

  Constraint noMentorInTwoCouncilsAtOnce(ConstraintFactory factory) {
    return factory.forEachUniquePair(MentorSeat.class,
            equal(MentorSeat::getMentor),
            filtering((a, b) -> a.isPresent() && b.isPresent()))
        .join(CouncilPlan.class, equal((a, b) -> a.getCouncil(), Function.identity()))
        .join(CouncilPlan.class, equal((a, b, councilA) -> b.getCouncil(), Function.identity()))
        .filter((a, b, councilA, councilB) -> councilA.getSlot().overlaps(councilB.getSlot()))
        .penalize(HardMediumSoftScore.ONE_HARD)
        .asConstraint("No mentor in two councils at once");
  }

  Constraint atLeastTheMinimumOfMentors(ConstraintFactory factory) {
    return mentorsPerCouncil(factory)
        .filter((council, mentors) -> mentors < council.getMinimum())
        .penalize(HardMediumSoftScore.ONE_HARD, (council, mentors) -> council.getMinimum() - mentors)
        .asConstraint("At least the minimum of mentors");
  }

  Constraint atMostTheMaximumOfMentors(ConstraintFactory factory) {
    return mentorsPerCouncil(factory)
        .filter((council, mentors) -> mentors > council.getMaximum())
        .penalize(HardMediumSoftScore.ONE_HARD, (council, mentors) -> mentors - council.getMaximum())
        .asConstraint("At most the maximum of mentors");
  }

  Constraint leadMentorPresent(ConstraintFactory factory) {
    return factory.forEach(MentorSeat.class)
        .filter(seat -> seat.isLead() && !seat.isPresent())
        .penalize(HardMediumSoftScore.ONE_MEDIUM)
        .asConstraint("Lead mentor present");
  }

  Constraint moreMentors(ConstraintFactory factory) {
    return factory.forEach(MentorSeat.class)
        .filter(MentorSeat::isPresent)
        .reward(HardMediumSoftScore.ofSoft(MORE_MENTORS_REWARD))
        .asConstraint("More mentors");
  }

  Constraint availableOverTentative(ConstraintFactory factory) {
    return presentSeatsWithTheirCouncil(factory)
        .filter((seat, council) -> seat.answerFor(council.getSlot()) == SlotAnswer.TENTATIVE)
        .penalize(HardMediumSoftScore.ofSoft(TENTATIVE_PENALTY))
        .asConstraint("Available over tentative");
  }

  Constraint insideWorkingHours(ConstraintFactory factory) {
    return presentSeatsWithTheirCouncil(factory)
        .filter((seat, council) -> !seat.getMentor().worksDuring(council.getSlot()))
        .penalize(HardMediumSoftScore.ofSoft(OUTSIDE_WORKING_HOURS_PENALTY))
        .asConstraint("Inside the mentor's working hours");
  }

  Constraint notBusyInTheirCalendar(ConstraintFactory factory) {
    return presentSeatsWithTheirCouncil(factory)
        .filter((seat, council) -> seat.getMentor().busyDuring(council.getSlot()))
        .penalize(HardMediumSoftScore.ofSoft(BUSY_IN_CALENDAR_PENALTY))
        .asConstraint("Not busy in the mentor's calendar");
  }

  /** Quadratic in the councils a mentor sits in: two mentors with one council each beat one with two. */
  Constraint fairLoad(ConstraintFactory factory) {
    return factory.forEach(MentorSeat.class)
        .filter(MentorSeat::isPresent)
        .groupBy(MentorSeat::getMentor, count())
        .penalize(HardMediumSoftScore.ofSoft(LOAD_PENALTY), (mentor, councils) -> councils * councils)
        .asConstraint("Fair load across mentors");
  }

  private static BiConstraintStream<MentorSeat, CouncilPlan> presentSeatsWithTheirCouncil(ConstraintFactory factory) {
    return factory.forEach(MentorSeat.class)
        .filter(MentorSeat::isPresent)
        .join(CouncilPlan.class, equal(MentorSeat::getCouncil, Function.identity()));
  }

  /** Every council with its number of present mentors, zero included. */
  private static BiConstraintStream<CouncilPlan, Integer> mentorsPerCouncil(ConstraintFactory factory) {
    return factory.forEach(MentorSeat.class)
        .filter(MentorSeat::isPresent)
        .groupBy(MentorSeat::getCouncil, count())
        .complement(CouncilPlan.class, council -> 0);
  }
}
