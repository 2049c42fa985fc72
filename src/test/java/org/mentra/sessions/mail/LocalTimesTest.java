package org.mentra.sessions.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalTimesTest {

  @Test
  void showsTheSameInstantInEachReadersZoneWithTheZoneNamed() {
    Instant start = Instant.parse("2026-03-03T13:00:00Z");
    Instant end = Instant.parse("2026-03-03T14:00:00Z");

    assertThat(new LocalTimes(ZoneId.of("Europe/Berlin"), Locale.ENGLISH).range(start, end))
        .isEqualTo("Tuesday, 3 March 2026, 14:00–15:00 CET (Europe/Berlin)");
    assertThat(new LocalTimes(ZoneId.of("America/New_York"), Locale.ENGLISH).range(start, end))
        .isEqualTo("Tuesday, 3 March 2026, 08:00–09:00 EST (America/New_York)");
    assertThat(new LocalTimes(ZoneId.of("Asia/Tokyo"), Locale.ENGLISH).dateTime(start))
        .isEqualTo("Tuesday, 3 March 2026, 22:00 JST (Asia/Tokyo)");
  }

  @Test
  void followsDaylightSavingSoTheSameUtcHourReadsDifferentlyAcrossTheChange() {
    LocalTimes berlin = new LocalTimes(ZoneId.of("Europe/Berlin"), Locale.ENGLISH);

    // Berlin moves to summer time on 29 March 2026; 12:00 UTC is 13:00 before and 14:00 after.
    assertThat(berlin.dateTime(Instant.parse("2026-03-28T12:00:00Z")))
        .isEqualTo("Saturday, 28 March 2026, 13:00 CET (Europe/Berlin)");
    assertThat(berlin.dateTime(Instant.parse("2026-03-30T12:00:00Z")))
        .isEqualTo("Monday, 30 March 2026, 14:00 CEST (Europe/Berlin)");
  }

  @Test
  void utcIsNamedOnce() {
    assertThat(new LocalTimes(java.time.ZoneOffset.UTC, Locale.ENGLISH).dateTime(Instant.parse("2026-11-20T06:00:00Z")))
        .isEqualTo("Friday, 20 November 2026, 06:00 UTC");
    assertThat(new LocalTimes(ZoneId.of("UTC"), Locale.ENGLISH).dateTime(Instant.parse("2026-11-20T06:00:00Z")))
        .isEqualTo("Friday, 20 November 2026, 06:00 UTC");
  }

  @Test
  void aRangeOverMidnightNamesBothDays() {
    LocalTimes tokyo = new LocalTimes(ZoneId.of("Asia/Tokyo"), Locale.ENGLISH);

    assertThat(tokyo.range(Instant.parse("2026-03-03T14:30:00Z"), Instant.parse("2026-03-03T15:30:00Z")))
        .isEqualTo("Tuesday, 3 March 2026, 23:30–Wednesday, 4 March 2026, 00:30 JST (Asia/Tokyo)");
  }
}
