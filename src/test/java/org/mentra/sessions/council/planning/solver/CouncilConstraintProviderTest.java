package org.mentra.sessions.council.planning.solver;

import org.mentra.sessions.shared.TimeRange;
import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentra.sessions.council.matching.WorkingHours;
import org.mentra.sessions.council.planning.domain.CouncilPlan;
import org.mentra.sessions.council.planning.domain.CouncilSchedule;
import org.mentra.sessions.council.planning.domain.MentorSeat;
import org.mentra.sessions.council.planning.domain.PlanningMentor;
import org.mentra.sessions.council.planning.domain.SlotAnswer;

/** One test per constraint, each on the smallest situation that shows it. */
class CouncilConstraintProviderTest {

  private static final TimeRange MONDAY_10_UTC = slot("2026-03-09T10:00:00Z");
  private static final TimeRange MONDAY_1030_UTC = slot("2026-03-09T10:30:00Z");
  private static final TimeRange TUESDAY_10_UTC = slot("2026-03-10T10:00:00Z");

  private final ConstraintVerifier<CouncilConstraintProvider, CouncilSchedule> verifier = ConstraintVerifier.build(
      new CouncilConstraintProvider(), CouncilSchedule.class, CouncilPlan.class, MentorSeat.class);

  @Test
  void aMentorSitsOnlyInASlotTheyMarkedAvailableOrTentative() {
    CouncilPlan council = council(3, 5, null, MONDAY_10_UTC);
    verifier.verifyThat(CouncilConstraintProvider::onlyInSlotsTheyCanMake)
        .given(council,
            seat(council, mentor("Europe/London"), SlotAnswer.AVAILABLE, true),
            seat(council, mentor("Europe/London"), SlotAnswer.TENTATIVE, true),
            seat(council, mentor("Europe/London"), SlotAnswer.UNAVAILABLE, true),
            seat(council, mentor("Europe/London"), null, true),
            seat(council, mentor("Europe/London"), SlotAnswer.UNAVAILABLE, false))
        .penalizesBy(2);
  }

  @Test
  void nobodySitsInTwoCouncilsAtOnceIncludingConfirmedOnes() {
    PlanningMentor busy = mentor("Europe/Berlin");
    CouncilPlan council = council(3, 5, null, MONDAY_10_UTC);
    CouncilPlan overlapping = CouncilPlan.confirmed(UUID.randomUUID(), MONDAY_1030_UTC);
    CouncilPlan nextDay = CouncilPlan.confirmed(UUID.randomUUID(), TUESDAY_10_UTC);
    verifier.verifyThat(CouncilConstraintProvider::noMentorInTwoCouncilsAtOnce)
        .given(council, overlapping, nextDay,
            seat(council, busy, SlotAnswer.AVAILABLE, true),
            MentorSeat.confirmed(overlapping, busy),
            MentorSeat.confirmed(nextDay, busy))
        .penalizesBy(1);
    verifier.verifyThat(CouncilConstraintProvider::noMentorInTwoCouncilsAtOnce)
        .given(council, overlapping,
            seat(council, busy, SlotAnswer.AVAILABLE, false),
            MentorSeat.confirmed(overlapping, busy))
        .penalizesBy(0);
  }

  @Test
  void aCouncilHasAtLeastItsMinimumEvenWhenNobodyIsPresent() {
    CouncilPlan twoShort = council(3, 5, null, MONDAY_10_UTC);
    CouncilPlan empty = council(3, 5, null, TUESDAY_10_UTC);
    verifier.verifyThat(CouncilConstraintProvider::atLeastTheMinimumOfMentors)
        .given(twoShort, empty,
            seat(twoShort, mentor("Europe/London"), SlotAnswer.AVAILABLE, true),
            seat(twoShort, mentor("Europe/London"), SlotAnswer.AVAILABLE, false),
            seat(empty, mentor("Europe/London"), SlotAnswer.AVAILABLE, false))
        .penalizesBy(2 + 3);
  }

  @Test
  void aCouncilHasAtMostItsMaximum() {
    CouncilPlan council = council(3, 3, null, MONDAY_10_UTC);
    verifier.verifyThat(CouncilConstraintProvider::atMostTheMaximumOfMentors)
        .given(council,
            seat(council, mentor("Europe/London"), SlotAnswer.AVAILABLE, true),
            seat(council, mentor("Europe/London"), SlotAnswer.AVAILABLE, true),
            seat(council, mentor("Europe/London"), SlotAnswer.AVAILABLE, true),
            seat(council, mentor("Europe/London"), SlotAnswer.AVAILABLE, true),
            seat(council, mentor("Europe/London"), SlotAnswer.AVAILABLE, true))
        .penalizesBy(2);
  }

  @Test
  void theLeadMentorIsPresent() {
    PlanningMentor lead = mentor("Europe/London");
    CouncilPlan council = council(3, 5, lead.id(), MONDAY_10_UTC);
    verifier.verifyThat(CouncilConstraintProvider::leadMentorPresent)
        .given(council, seat(council, lead, SlotAnswer.AVAILABLE, false),
            seat(council, mentor("Europe/London"), SlotAnswer.AVAILABLE, false))
        .penalizesBy(1);
    verifier.verifyThat(CouncilConstraintProvider::leadMentorPresent)
        .given(council, seat(council, lead, SlotAnswer.AVAILABLE, true))
        .penalizesBy(0);
  }

  @Test
  void moreMentorsAreBetter() {
    CouncilPlan council = council(3, 5, null, MONDAY_10_UTC);
    verifier.verifyThat(CouncilConstraintProvider::moreMentors)
        .given(council,
            seat(council, mentor("Europe/London"), SlotAnswer.AVAILABLE, true),
            seat(council, mentor("Europe/London"), SlotAnswer.TENTATIVE, true),
            seat(council, mentor("Europe/London"), SlotAnswer.AVAILABLE, false))
        .rewardsWith(2);
  }

  @Test
  void availableIsBetterThanTentative() {
    CouncilPlan council = council(3, 5, null, MONDAY_10_UTC);
    verifier.verifyThat(CouncilConstraintProvider::availableOverTentative)
        .given(council,
            seat(council, mentor("Europe/London"), SlotAnswer.AVAILABLE, true),
            seat(council, mentor("Europe/London"), SlotAnswer.TENTATIVE, true),
            seat(council, mentor("Europe/London"), SlotAnswer.TENTATIVE, false))
        .penalizesBy(1);
  }

  @Test
  void slotsInsideEachMentorsWorkingHoursInTheirOwnZone() {
    // Monday 10:00 UTC: 19:00 in Tokyo (inside 08-21), 03:00 in Los Angeles (outside), 11:00 in London.
    CouncilPlan council = council(3, 5, null, MONDAY_10_UTC);
    verifier.verifyThat(CouncilConstraintProvider::insideWorkingHours)
        .given(council,
            seat(council, mentor("Asia/Tokyo"), SlotAnswer.AVAILABLE, true),
            seat(council, mentor("America/Los_Angeles"), SlotAnswer.AVAILABLE, true),
            seat(council, mentor("Europe/London"), SlotAnswer.AVAILABLE, true),
            seat(council, mentor("America/Los_Angeles"), SlotAnswer.AVAILABLE, false))
        .penalizesBy(1);
  }

  @Test
  void aSlotTheMentorsOwnCalendarShowsThemBusyInIsASoftConflict() {
    CouncilPlan council = council(3, 5, null, MONDAY_10_UTC);
    TimeRange lastQuarter = new TimeRange(Instant.parse("2026-03-09T10:45:00Z"), Instant.parse("2026-03-09T11:15:00Z"));
    TimeRange justBefore = new TimeRange(Instant.parse("2026-03-09T09:00:00Z"), Instant.parse("2026-03-09T10:00:00Z"));
    verifier.verifyThat(CouncilConstraintProvider::notBusyInTheirCalendar)
        .given(council,
            seat(council, busyMentor(lastQuarter), SlotAnswer.AVAILABLE, true),
            seat(council, busyMentor(justBefore), SlotAnswer.AVAILABLE, true),
            seat(council, busyMentor(TUESDAY_10_UTC), SlotAnswer.AVAILABLE, true),
            seat(council, mentor("Europe/London"), SlotAnswer.AVAILABLE, true),
            seat(council, busyMentor(MONDAY_10_UTC), SlotAnswer.AVAILABLE, false))
        .penalizesBy(1);
    // soft: a mentor who said they can come still counts more than what their calendar shows
    assertThat(CouncilConstraintProvider.BUSY_IN_CALENDAR_PENALTY)
        .isGreaterThan(CouncilConstraintProvider.TENTATIVE_PENALTY)
        .isLessThan(CouncilConstraintProvider.MORE_MENTORS_REWARD);
  }

  @Test
  void loadIsSpreadFairly() {
    PlanningMentor often = mentor("Europe/London");
    PlanningMentor once = mentor("Europe/London");
    CouncilPlan monday = council(3, 5, null, MONDAY_10_UTC);
    CouncilPlan tuesday = council(3, 5, null, TUESDAY_10_UTC);
    verifier.verifyThat(CouncilConstraintProvider::fairLoad)
        .given(monday, tuesday,
            seat(monday, often, SlotAnswer.AVAILABLE, true),
            seat(tuesday, often, SlotAnswer.AVAILABLE, true),
            seat(monday, once, SlotAnswer.AVAILABLE, true),
            seat(tuesday, once, SlotAnswer.AVAILABLE, false))
        .penalizesBy(2 * 2 + 1);
  }

  private static TimeRange slot(String start) {
    Instant from = Instant.parse(start);
    return new TimeRange(from, from.plusSeconds(3600));
  }

  private static PlanningMentor mentor(String zone) {
    return new PlanningMentor(UUID.randomUUID(), ZoneId.of(zone), new WorkingHours(LocalTime.of(8, 0),
        LocalTime.of(21, 0)));
  }

  private static PlanningMentor busyMentor(TimeRange busy) {
    return new PlanningMentor(UUID.randomUUID(), ZoneId.of("Europe/London"), new WorkingHours(LocalTime.of(8, 0),
        LocalTime.of(21, 0)), List.of(busy));
  }

  private static CouncilPlan council(int minimum, int maximum, UUID lead, TimeRange slot) {
    CouncilPlan council = new CouncilPlan(UUID.randomUUID(), minimum, maximum, lead, List.of(slot));
    council.setSlot(slot);
    return council;
  }

  private static MentorSeat seat(CouncilPlan council, PlanningMentor mentor, SlotAnswer answer, boolean present) {
    MentorSeat seat = new MentorSeat(council, mentor, answer == null ? Map.of() : Map.of(council.getSlot(), answer));
    seat.setPresent(present);
    return seat;
  }
}
