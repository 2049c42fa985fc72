package org.mentra.sessions.events.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.shared.FieldProblem;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.TimeRange;

class SeriesScheduleTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final SeriesProperties LIMITS = SeriesProperties.DEFAULTS;
  static final Duration HOUR = Duration.ofHours(1);

  @Test
  void aWeeklyBerlinMeetingStaysAtSixAcrossBothChanges() {
    // Mondays from 1 Mar 2027; Berlin springs forward on 28 Mar and falls back on 31 Oct.
    SeriesSchedule series = weekly(LocalDateTime.parse("2027-03-01T18:00"), BERLIN, "FREQ=WEEKLY;COUNT=40");

    List<Occurrence> occurrences = series.occurrences(LIMITS);

    assertThat(occurrences).hasSize(40);
    assertThat(occurrences).allSatisfy(o -> assertThat(o.time().start().atZone(BERLIN).toLocalTime())
        .isEqualTo(LocalTime.of(18, 0)));
    assertThat(startOn(occurrences, BERLIN, "2027-03-22")).isEqualTo(Instant.parse("2027-03-22T17:00:00Z"));
    assertThat(startOn(occurrences, BERLIN, "2027-03-29")).isEqualTo(Instant.parse("2027-03-29T16:00:00Z"));
    assertThat(startOn(occurrences, BERLIN, "2027-10-25")).isEqualTo(Instant.parse("2027-10-25T16:00:00Z"));
    assertThat(startOn(occurrences, BERLIN, "2027-11-01")).isEqualTo(Instant.parse("2027-11-01T17:00:00Z"));
    assertThat(occurrences).allSatisfy(o -> assertThat(o.time().length()).isEqualTo(HOUR));
    assertThat(occurrences).allSatisfy(o -> assertThat(o.recurrenceId()).isEqualTo(o.time().start()));
  }

  @Test
  void aWeeklyNewYorkMeetingShiftsOnTheAmericanDates() {
    // New York springs forward on 14 Mar 2027 (two weeks before Berlin) and falls back on 7 Nov.
    SeriesSchedule series = weekly(LocalDateTime.parse("2027-03-01T18:00"), NEW_YORK, "FREQ=WEEKLY;COUNT=40");

    List<Occurrence> occurrences = series.occurrences(LIMITS);

    assertThat(occurrences).allSatisfy(o -> assertThat(o.time().start().atZone(NEW_YORK).toLocalTime())
        .isEqualTo(LocalTime.of(18, 0)));
    assertThat(startOn(occurrences, NEW_YORK, "2027-03-08")).isEqualTo(Instant.parse("2027-03-08T23:00:00Z"));
    assertThat(startOn(occurrences, NEW_YORK, "2027-03-15")).isEqualTo(Instant.parse("2027-03-15T22:00:00Z"));
    assertThat(startOn(occurrences, NEW_YORK, "2027-11-01")).isEqualTo(Instant.parse("2027-11-01T22:00:00Z"));
    assertThat(startOn(occurrences, NEW_YORK, "2027-11-08")).isEqualTo(Instant.parse("2027-11-08T23:00:00Z"));
  }

  @Test
  void aTimeThatDoesNotExistOnTheSpringForwardDayIsMovedByTheGap() {
    // 02:30 on Sunday 28 Mar 2027 does not exist in Berlin (02:00 → 03:00): RFC 5545 3.3.5 makes it 03:30.
    SeriesSchedule series = weekly(LocalDateTime.parse("2027-03-21T02:30"), BERLIN, "FREQ=WEEKLY;COUNT=3");

    assertThat(series.occurrences(LIMITS)).extracting(o -> o.time().start()).containsExactly(
        Instant.parse("2027-03-21T01:30:00Z"), // 02:30 CET
        Instant.parse("2027-03-28T01:30:00Z"), // 03:30 CEST
        Instant.parse("2027-04-04T00:30:00Z")); // 02:30 CEST again, the week after
  }

  @Test
  void aSeriesStartingInTheGapStartsAfterIt() {
    SeriesSchedule series = weekly(LocalDateTime.parse("2027-03-14T02:30"), NEW_YORK, "FREQ=WEEKLY;COUNT=2");

    assertThat(series.firstInstant()).isEqualTo(Instant.parse("2027-03-14T07:30:00Z")); // 03:30 EDT
    assertThat(series.occurrences(LIMITS)).extracting(o -> o.time().start().atZone(NEW_YORK).toLocalTime())
        .containsExactly(LocalTime.of(3, 30), LocalTime.of(2, 30));
  }

  @Test
  void aTimeThatExistsTwiceOnTheFallBackDayIsTheFirst() {
    // 01:30 on 7 Nov 2027 happens twice in New York (EDT, then EST): the first one, 05:30 UTC.
    SeriesSchedule series = weekly(LocalDateTime.parse("2027-10-31T01:30"), NEW_YORK, "FREQ=WEEKLY;COUNT=3");

    assertThat(series.occurrences(LIMITS)).extracting(o -> o.time().start()).containsExactly(
        Instant.parse("2027-10-31T05:30:00Z"),
        Instant.parse("2027-11-07T05:30:00Z"),
        Instant.parse("2027-11-14T06:30:00Z"));
  }

  @Test
  void anUntilRuleWithSeveralDaysEndsAtItsUntil() {
    SeriesSchedule series = weekly(LocalDateTime.parse("2027-03-01T18:00"), BERLIN,
        "FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20270310T170000Z");

    assertThat(series.occurrences(LIMITS)).extracting(o -> o.time().start().atZone(BERLIN).toLocalDate().toString())
        .containsExactly("2027-03-01", "2027-03-03", "2027-03-08", "2027-03-10");
  }

  @Test
  void cancelledAndMovedOccurrencesKeepTheirRecurrenceId() {
    SeriesSchedule plain = weekly(LocalDateTime.parse("2027-03-01T18:00"), BERLIN, "FREQ=WEEKLY;COUNT=4");
    Instant second = Instant.parse("2027-03-08T17:00:00Z");
    Instant third = Instant.parse("2027-03-15T17:00:00Z");
    TimeRange thirdMoved = new TimeRange(Instant.parse("2027-03-17T16:00:00Z"), Instant.parse("2027-03-17T18:00:00Z"));

    List<Occurrence> occurrences = plain.withCancelled(Set.of(second)).withMoved(Map.of(third, thirdMoved))
        .occurrences(LIMITS);

    assertThat(occurrences).hasSize(4);
    assertThat(occurrences.get(1)).isEqualTo(new Occurrence(second, TimeRange.starting(second, HOUR), true, false));
    assertThat(occurrences.get(2)).isEqualTo(new Occurrence(third, thirdMoved, false, true));
    assertThat(occurrences.get(3).cancelled() || occurrences.get(3).moved()).isFalse();
  }

  @Test
  void occurrencesAreInTheOrderTheyHappen() {
    SeriesSchedule plain = weekly(LocalDateTime.parse("2027-03-01T18:00"), BERLIN, "FREQ=WEEKLY;COUNT=3");
    Instant first = Instant.parse("2027-03-01T17:00:00Z");
    TimeRange afterTheSecond = TimeRange.starting(Instant.parse("2027-03-10T17:00:00Z"), HOUR);

    List<Occurrence> occurrences = plain.withMoved(Map.of(first, afterTheSecond)).occurrences(LIMITS);

    assertThat(occurrences).extracting(Occurrence::recurrenceId).containsExactly(
        Instant.parse("2027-03-08T17:00:00Z"), first, Instant.parse("2027-03-15T17:00:00Z"));
  }

  @Test
  void exceptionsMustNameAnOccurrence() {
    SeriesSchedule plain = weekly(LocalDateTime.parse("2027-03-01T18:00"), BERLIN, "FREQ=WEEKLY;COUNT=3");
    Instant notOne = Instant.parse("2027-03-08T18:00:00Z");
    Instant second = Instant.parse("2027-03-08T17:00:00Z");

    assertField(() -> plain.withCancelled(Set.of(notOne)).occurrences(LIMITS), "cancelledOccurrences");
    assertField(() -> plain.withMoved(Map.of(notOne, TimeRange.starting(notOne, HOUR))).occurrences(LIMITS),
        "movedOccurrences");
    assertField(() -> plain.withCancelled(Set.of(second)).withMoved(Map.of(second, TimeRange.starting(second, HOUR)))
        .occurrences(LIMITS), "movedOccurrences");
    assertField(() -> plain.withMoved(Map.of(second, new TimeRange(second, second))).occurrences(LIMITS),
        "movedOccurrences");
  }

  @Test
  void theFirstOccurrenceMustBeOneOfTheRule() {
    // 2 Mar 2027 is a Tuesday.
    assertRuleRefused(weekly(LocalDateTime.parse("2027-03-02T18:00"), BERLIN, "FREQ=WEEKLY;BYDAY=MO;COUNT=3"),
        "is not one the rule");
  }

  @Test
  void expansionIsBoundedByCountAndHorizon() {
    LocalDateTime start = LocalDateTime.parse("2027-03-01T18:00");
    assertThat(weekly(start, BERLIN, "FREQ=WEEKLY;COUNT=104").occurrences(LIMITS)).hasSize(104);
    assertThat(weekly(start, BERLIN, "FREQ=YEARLY;COUNT=3").occurrences(LIMITS)).hasSize(3); // the last one on the horizon
    assertRuleRefused(weekly(start, BERLIN, "FREQ=WEEKLY;COUNT=105"), "at most 104");
    assertRuleRefused(weekly(start, BERLIN, "FREQ=DAILY;UNTIL=20280101T000000Z"), "at most 104");
    assertRuleRefused(weekly(start, BERLIN, "FREQ=YEARLY;COUNT=4"), "must end within P2Y");
    assertRuleRefused(weekly(start, BERLIN, "FREQ=MONTHLY;UNTIL=20300101T000000Z"), "must end within P2Y");

    SeriesProperties tight = new SeriesProperties(5, Period.ofMonths(2));
    assertThat(weekly(start, BERLIN, "FREQ=WEEKLY;COUNT=5").occurrences(tight)).hasSize(5);
    assertRuleRefused(weekly(start, BERLIN, "FREQ=WEEKLY;COUNT=6"), tight, "at most 5");
    assertRuleRefused(weekly(start, BERLIN, "FREQ=MONTHLY;COUNT=4"), tight, "must end within P2M");
  }

  @Test
  void anOccurrenceHasALength() {
    assertField(() -> new SeriesSchedule(LocalDateTime.parse("2027-03-01T18:00"), BERLIN, Duration.ZERO,
        Recurrence.parse("FREQ=WEEKLY;COUNT=3"), Set.of(), Map.of()), "end");
  }

  static SeriesSchedule weekly(LocalDateTime firstStart, ZoneId zone, String rule) {
    return SeriesSchedule.of(firstStart, zone, HOUR, Recurrence.parse(rule));
  }

  static Instant startOn(List<Occurrence> occurrences, ZoneId zone, String localDate) {
    return occurrences.stream().map(o -> o.time().start())
        .filter(s -> s.atZone(zone).toLocalDate().toString().equals(localDate))
        .findFirst().orElseThrow();
  }

  static void assertRuleRefused(SeriesSchedule series, String saying) {
    assertRuleRefused(series, LIMITS, saying);
  }

  static void assertRuleRefused(SeriesSchedule series, SeriesProperties limits, String saying) {
    assertThatThrownBy(() -> series.occurrences(limits)).isInstanceOf(InvalidInput.class).hasMessageContaining(saying)
        .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(FieldProblem::field)
            .containsExactly("recurrenceRule"));
  }

  static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    assertThatThrownBy(call).isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(FieldProblem::field).containsExactly(field));
  }
}
