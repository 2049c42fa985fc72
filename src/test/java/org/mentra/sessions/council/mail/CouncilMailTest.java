package org.mentra.sessions.council.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CouncilMailTest {

  @Test
  void timeLeftIsSaidInRoundWordsThatFitTheAmount() {
    assertThat(CouncilMail.about(Duration.ofSeconds(20))).isEqualTo("about 1 minute");
    assertThat(CouncilMail.about(Duration.ofMinutes(45))).isEqualTo("about 45 minutes");
    assertThat(CouncilMail.about(Duration.ofMinutes(70))).isEqualTo("about 1 hour");
    assertThat(CouncilMail.about(Duration.ofHours(6))).isEqualTo("about 6 hours");
  }
}
