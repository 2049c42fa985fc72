package org.mentra.sessions.council.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.mentra.sessions.mail.DurationWords;
import org.junit.jupiter.api.Test;

/** The time left, as council reminders say it (in the kernel's words for a duration). */
class CouncilMailTest {

  @Test
  void timeLeftIsSaidInRoundWordsThatFitTheAmount() {
    assertThat(DurationWords.about(Duration.ofSeconds(20))).isEqualTo("about 1 minute");
    assertThat(DurationWords.about(Duration.ofMinutes(45))).isEqualTo("about 45 minutes");
    assertThat(DurationWords.about(Duration.ofMinutes(70))).isEqualTo("about 1 hour");
    assertThat(DurationWords.about(Duration.ofHours(6))).isEqualTo("about 6 hours");
  }
}
