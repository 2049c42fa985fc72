package org.mentra.sessions.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which zone ids a profile or an event may carry. */
class IanaTimeZoneTest {

  @Test
  void utcIsAnIanaZoneLikeAnyRegion() {
    assertThat(IanaTimeZone.Validator.isIana("UTC")).isTrue();
    assertThat(IanaTimeZone.Validator.isIana("Etc/UTC")).isTrue();
    assertThat(IanaTimeZone.Validator.isIana("Europe/Berlin")).isTrue();
    assertThat(IanaTimeZone.Validator.isIana("America/Argentina/Buenos_Aires")).isTrue();
  }

  @Test
  void offsetsAbbreviationsAndNonsenseAreNot() {
    assertThat(IanaTimeZone.Validator.isIana("+02:00")).isFalse();
    assertThat(IanaTimeZone.Validator.isIana("UTC+02:00")).isFalse();
    assertThat(IanaTimeZone.Validator.isIana("Z")).isFalse();
    assertThat(IanaTimeZone.Validator.isIana("EST")).isFalse();
    assertThat(IanaTimeZone.Validator.isIana("CET")).isFalse();
    assertThat(IanaTimeZone.Validator.isIana("utc")).isFalse();
    assertThat(IanaTimeZone.Validator.isIana("Mars/Olympus")).isFalse();
    assertThat(IanaTimeZone.Validator.isIana("")).isFalse();
  }
}
