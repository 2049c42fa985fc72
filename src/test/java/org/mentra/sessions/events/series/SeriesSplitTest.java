package org.mentra.sessions.events.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentra.sessions.events.series.SeriesScheduleTest.BERLIN;
import static org.mentra.sessions.events.series.SeriesScheduleTest.LIMITS;
import static org.mentra.sessions.events.series.SeriesScheduleTest.NEW_YORK;
import static org.mentra.sessions.events.series.SeriesScheduleTest.assertField;
import static org.mentra.sessions.events.series.SeriesScheduleTest.weekly;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.shared.TimeRange;

class SeriesSplitTest {

  @Test
  void anUntilSeriesSplitAfterTheSpringChangeEndsJustBeforeTheSplitInUtc() {
    // Mondays 18:00 Berlin from 1 Mar 2027; "this and following" from 29 Mar, the first Monday of summer time.
    SeriesSchedule series = weekly(LocalDateTime.parse("2027-03-01T18:00"), BERLIN,
        "FREQ=WEEKLY;BYDAY=MO;UNTIL=20270426T160000Z");
    Instant split = Instant.parse("2027-03-29T16:00:00Z");

    SeriesSplit parts = series.splitAt(split, LIMITS);

    assertThat(parts.before().recurrence().rule()).isEqualTo("FREQ=WEEKLY;UNTIL=20270329T155959Z;BYDAY=MO");
    assertThat(parts.before().firstStart()).isEqualTo(series.firstStart());
    assertThat(parts.following().recurrence()).isEqualTo(series.recurrence());
    assertThat(parts.following().firstStart()).isEqualTo(LocalDateTime.parse("2027-03-29T18:00"));
    assertThat(parts.following().zone()).isEqualTo(BERLIN);
    assertThat(starts(parts.before())).containsExactly(Instant.parse("2027-03-01T17:00:00Z"),
        Instant.parse("2027-03-08T17:00:00Z"), Instant.parse("2027-03-15T17:00:00Z"), Instant.parse("2027-03-22T17:00:00Z"));
    assertThat(starts(parts.following())).containsExactly(split, Instant.parse("2027-04-05T16:00:00Z"),
        Instant.parse("2027-04-12T16:00:00Z"), Instant.parse("2027-04-19T16:00:00Z"), Instant.parse("2027-04-26T16:00:00Z"));
    assertTogetherTheyAreTheSeries(series, parts);
  }

  @Test
  void aCountSeriesSplitAcrossTheChangeSharesOutItsCount() {
    // 10 Mondays 18:00 New York from 1 Mar 2027 (clocks change on 14 Mar); split at the 4th, 22 Mar.
    SeriesSchedule series = weekly(LocalDateTime.parse("2027-03-01T18:00"), NEW_YORK, "FREQ=WEEKLY;COUNT=10");
    Instant fourth = Instant.parse("2027-03-22T22:00:00Z");

    SeriesSplit parts = series.splitAt(fourth, LIMITS);

    assertThat(parts.before().recurrence().rule()).isEqualTo("FREQ=WEEKLY;COUNT=3");
    assertThat(parts.following().recurrence().rule()).isEqualTo("FREQ=WEEKLY;COUNT=7");
    assertThat(parts.following().firstStart()).isEqualTo(LocalDateTime.parse("2027-03-22T18:00"));
    assertThat(parts.following().occurrences(LIMITS)).allSatisfy(o ->
        assertThat(o.time().start().atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(18, 0)));
    assertTogetherTheyAreTheSeries(series, parts);
  }

  @Test
  void aSeriesSplitAtAnOccurrenceMovedByTheGapKeepsItsWallClockTime() {
    // 02:30 Berlin weekly: on 28 Mar it is 03:30 (the gap); the new series still means 02:30.
    SeriesSchedule series = weekly(LocalDateTime.parse("2027-03-14T02:30"), BERLIN, "FREQ=WEEKLY;COUNT=5");
    Instant inTheGap = Instant.parse("2027-03-28T01:30:00Z");

    SeriesSplit parts = series.splitAt(inTheGap, LIMITS);

    assertThat(parts.following().firstStart()).isEqualTo(LocalDateTime.parse("2027-03-28T02:30"));
    assertThat(parts.following().occurrences(LIMITS)).extracting(o -> o.time().start().atZone(BERLIN).toLocalTime())
        .containsExactly(LocalTime.of(3, 30), LocalTime.of(2, 30), LocalTime.of(2, 30));
    assertTogetherTheyAreTheSeries(series, parts);
  }

  @Test
  void exceptionsGoWithTheirPart() {
    Instant second = Instant.parse("2027-03-08T17:00:00Z");
    Instant fourth = Instant.parse("2027-03-22T17:00:00Z");
    Instant fifth = Instant.parse("2027-03-29T16:00:00Z");
    TimeRange fifthMoved = TimeRange.starting(Instant.parse("2027-03-30T16:00:00Z"), SeriesScheduleTest.HOUR);
    SeriesSchedule series = weekly(LocalDateTime.parse("2027-03-01T18:00"), BERLIN, "FREQ=WEEKLY;COUNT=6")
        .withCancelled(Set.of(second, fourth)).withMoved(Map.of(fifth, fifthMoved));

    SeriesSplit parts = series.splitAt(fourth, LIMITS);

    assertThat(parts.before().cancelled()).containsExactly(second);
    assertThat(parts.before().moved()).isEmpty();
    assertThat(parts.following().cancelled()).containsExactly(fourth);
    assertThat(parts.following().moved()).containsExactly(Map.entry(fifth, fifthMoved));
    assertThat(Stream.concat(parts.before().occurrences(LIMITS).stream(), parts.following().occurrences(LIMITS).stream()))
        .containsExactlyElementsOf(series.occurrences(LIMITS));
  }

  @Test
  void splitsOnlyAtALaterOccurrence() {
    SeriesSchedule series = weekly(LocalDateTime.parse("2027-03-01T18:00"), BERLIN, "FREQ=WEEKLY;COUNT=3");

    assertField(() -> series.splitAt(Instant.parse("2027-03-01T17:00:00Z"), LIMITS), "recurrenceId");
    assertField(() -> series.splitAt(Instant.parse("2027-03-08T18:00:00Z"), LIMITS), "recurrenceId");
  }

  private static List<Instant> starts(SeriesSchedule series) {
    return series.occurrences(LIMITS).stream().map(o -> o.time().start()).toList();
  }

  private static void assertTogetherTheyAreTheSeries(SeriesSchedule series, SeriesSplit parts) {
    assertThat(Stream.concat(parts.before().recurrenceIds(LIMITS).stream(), parts.following().recurrenceIds(LIMITS).stream()))
        .containsExactlyElementsOf(series.recurrenceIds(LIMITS));
  }
}
