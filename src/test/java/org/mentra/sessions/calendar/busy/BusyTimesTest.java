package org.mentra.sessions.calendar.busy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.shared.TimeRange;

class BusyTimesTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final TimeRange MARCH_WEEKS = range("2027-03-15T00:00:00Z", "2027-04-05T00:00:00Z");
  final BusyTimes busyTimes = BusyTimes.of(BusyFeedProperties.DEFAULTS);

  @Test
  void opaqueEventsAreBusyTransparentAndCancelledOnesAreNot() {
    String ics = feed(
        event("a", "DTSTART:20270316T090000Z", "DTEND:20270316T100000Z"),
        event("b", "DTSTART:20270316T120000Z", "DTEND:20270316T130000Z", "TRANSP:TRANSPARENT"),
        event("c", "DTSTART:20270316T140000Z", "DTEND:20270316T150000Z", "STATUS:CANCELLED"),
        event("d", "DTSTART:20270316T160000Z", "DURATION:PT30M", "STATUS:TENTATIVE"),
        event("e", "DTSTART:20270301T090000Z", "DTEND:20270301T100000Z")); // before the window

    assertThat(busyTimes.read(ics, MARCH_WEEKS, BERLIN).busy()).containsExactly(
        range("2027-03-16T09:00:00Z", "2027-03-16T10:00:00Z"), range("2027-03-16T16:00:00Z", "2027-03-16T16:30:00Z"));
  }

  @Test
  void zonedTimesAreReadInTheirZoneAndOverlapsMerged() {
    String ics = feed(
        event("a", "DTSTART;TZID=Europe/Berlin:20270316T100000", "DTEND;TZID=Europe/Berlin:20270316T110000"),
        event("b", "DTSTART;TZID=America/New_York:20270316T053000", "DTEND;TZID=America/New_York:20270316T063000"));

    // 10–11 Berlin is 09–10 UTC; 05:30–06:30 New York (already summer time) is 09:30–10:30 UTC.
    assertThat(busyTimes.read(ics, MARCH_WEEKS, BERLIN).busy())
        .containsExactly(range("2027-03-16T09:00:00Z", "2027-03-16T10:30:00Z"));
  }

  @Test
  void allDayEventsAreWholeDaysInTheFeedsZone() {
    String ics = feed(List.of("X-WR-TIMEZONE:America/New_York"),
        event("a", "DTSTART;VALUE=DATE:20270317", "DTEND;VALUE=DATE:20270319"),
        event("b", "DTSTART;VALUE=DATE:20270322"));

    assertThat(busyTimes.read(ics, MARCH_WEEKS, BERLIN).busy()).containsExactly(
        range("2027-03-17T04:00:00Z", "2027-03-19T04:00:00Z"), range("2027-03-22T04:00:00Z", "2027-03-23T04:00:00Z"));
  }

  @Test
  void allDayEventsOfAFeedWithoutZoneAreInTheOwnersZone() {
    String ics = feed(event("a", "DTSTART;VALUE=DATE:20270317", "DTEND;VALUE=DATE:20270318"));

    assertThat(busyTimes.read(ics, MARCH_WEEKS, BERLIN).busy())
        .containsExactly(range("2027-03-16T23:00:00Z", "2027-03-17T23:00:00Z"));
  }

  @Test
  void recurringEventsAreExpandedInTheWindowAcrossTheDaylightSavingChange() {
    // Weekly on Mondays 18:00 Berlin since 2026, one occurrence cancelled, one moved, one made free.
    String ics = feed(
        event("w", "DTSTART;TZID=Europe/Berlin:20260105T180000", "DTEND;TZID=Europe/Berlin:20260105T190000",
            "RRULE:FREQ=WEEKLY;BYDAY=MO", "EXDATE;TZID=Europe/Berlin:20270322T180000"),
        event("w", "RECURRENCE-ID;TZID=Europe/Berlin:20270329T180000",
            "DTSTART;TZID=Europe/Berlin:20270330T080000", "DTEND;TZID=Europe/Berlin:20270330T090000"),
        event("w", "RECURRENCE-ID;TZID=Europe/Berlin:20270315T180000",
            "DTSTART;TZID=Europe/Berlin:20270315T180000", "DTEND;TZID=Europe/Berlin:20270315T190000", "TRANSP:TRANSPARENT"));

    BusyReading reading = busyTimes.read(ics, range("2027-03-15T00:00:00Z", "2027-04-13T00:00:00Z"), BERLIN);

    assertThat(reading.busy()).containsExactly(
        range("2027-03-30T06:00:00Z", "2027-03-30T07:00:00Z"), // the moved one, summer time
        range("2027-04-05T16:00:00Z", "2027-04-05T17:00:00Z"), // 18:00 Berlin in summer time
        range("2027-04-12T16:00:00Z", "2027-04-12T17:00:00Z"));
    assertThat(reading.capped()).isFalse();
  }

  @Test
  void rulesEndAtTheirUntilAndCount() {
    String ics = feed(
        event("u", "DTSTART:20270315T080000Z", "DTEND:20270315T083000Z", "RRULE:FREQ=DAILY;UNTIL=20270317T080000Z"),
        event("c", "DTSTART:20270301T120000Z", "DTEND:20270301T123000Z", "RRULE:FREQ=WEEKLY;COUNT=3"));

    assertThat(busyTimes.read(ics, MARCH_WEEKS, BERLIN).busy()).containsExactly(
        range("2027-03-15T08:00:00Z", "2027-03-15T08:30:00Z"), range("2027-03-15T12:00:00Z", "2027-03-15T12:30:00Z"),
        range("2027-03-16T08:00:00Z", "2027-03-16T08:30:00Z"), range("2027-03-17T08:00:00Z", "2027-03-17T08:30:00Z"));
  }

  @Test
  void expansionIsCappedPerEventAndPerFeed() {
    String everyDay = event("d", "DTSTART:20270101T080000Z", "DTEND:20270101T083000Z", "RRULE:FREQ=DAILY");
    BusyReading perEvent = new BusyTimes(5, 100).read(feed(everyDay), MARCH_WEEKS, BERLIN);
    assertThat(perEvent.busy()).hasSize(5);
    assertThat(perEvent.capped()).isTrue();

    BusyReading perFeed = new BusyTimes(100, 3).read(feed(everyDay), MARCH_WEEKS, BERLIN);
    assertThat(perFeed.busy()).hasSize(3);
    assertThat(perFeed.capped()).isTrue();
  }

  @Test
  void aMinutelyRuleFromLongAgoIsLeftOutRatherThanExpanded() {
    String ics = feed(event("m", "DTSTART:20000101T000000Z", "DURATION:PT1M", "RRULE:FREQ=MINUTELY"),
        event("a", "DTSTART:20270316T090000Z", "DTEND:20270316T100000Z"));

    BusyReading reading = busyTimes.read(ics, MARCH_WEEKS, BERLIN);

    assertThat(reading.busy()).containsExactly(range("2027-03-16T09:00:00Z", "2027-03-16T10:00:00Z"));
    assertThat(reading.capped()).isTrue();
  }

  @Test
  void freeBusyPeriodsAreBusyUnlessFree() {
    String ics = feed(String.join("\r\n", "BEGIN:VFREEBUSY", "UID:fb", "DTSTAMP:20270301T000000Z",
        "FREEBUSY:20270316T100000Z/20270316T110000Z,20270317T100000Z/PT2H",
        "FREEBUSY;FBTYPE=BUSY-TENTATIVE:20270318T100000Z/PT1H",
        "FREEBUSY;FBTYPE=FREE:20270319T100000Z/PT1H", "END:VFREEBUSY"));

    assertThat(busyTimes.read(ics, MARCH_WEEKS, BERLIN).busy()).containsExactly(
        range("2027-03-16T10:00:00Z", "2027-03-16T11:00:00Z"), range("2027-03-17T10:00:00Z", "2027-03-17T12:00:00Z"),
        range("2027-03-18T10:00:00Z", "2027-03-18T11:00:00Z"));
  }

  @Test
  void busyTimesAreClippedToTheWindow() {
    String ics = feed(event("a", "DTSTART:20270314T220000Z", "DTEND:20270315T020000Z"));

    assertThat(busyTimes.read(ics, MARCH_WEEKS, BERLIN).busy())
        .containsExactly(range("2027-03-15T00:00:00Z", "2027-03-15T02:00:00Z"));
  }

  @Test
  void somethingElseIsAnUnreadableFeed() {
    assertThatThrownBy(() -> busyTimes.read("<html>Sign in</html>", MARCH_WEEKS, BERLIN))
        .isInstanceOf(BusyTimes.UnreadableFeed.class).hasMessageContaining("not an iCalendar");
    assertThatThrownBy(() -> busyTimes.read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\n", MARCH_WEEKS, BERLIN))
        .isInstanceOf(BusyTimes.UnreadableFeed.class);
  }

  static TimeRange range(String start, String end) {
    return new TimeRange(Instant.parse(start), Instant.parse(end));
  }

  static String event(String uid, String... lines) {
    return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20270301T000000Z\r\n" + String.join("\r\n", lines)
        + "\r\nEND:VEVENT";
  }

  static String feed(String... components) {
    return feed(List.of(), components);
  }

  static String feed(List<String> header, String... components) {
    StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Feed//EN\r\n");
    header.forEach(line -> ics.append(line).append("\r\n"));
    for (String component : components) {
      ics.append(component).append("\r\n");
    }
    return ics.append("END:VCALENDAR\r\n").toString();
  }
}
