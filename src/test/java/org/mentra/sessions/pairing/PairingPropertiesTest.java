package org.mentra.sessions.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.pairing.process.PairingTimes;

class PairingPropertiesTest {

  private static final PairingProperties.Solver SOLVER = new PairingProperties.Solver(Duration.ofSeconds(5), 20, 0);

  @Test
  void theSignUpCutoffMayMoveEarlierButNeverLaterThanTheAssignmentNotice() {
    assertThat(properties(Duration.ofHours(48), Duration.ofHours(24)).signUpCutoff()).isEqualTo(Duration.ofHours(48));

    assertThatThrownBy(() -> properties(Duration.ofHours(12), Duration.ofHours(24)))
        .hasMessageContaining("may move earlier, never later");
  }

  @Test
  void pairsAreAnnouncedAtLeastADayAhead() {
    assertThatThrownBy(() -> properties(Duration.ofHours(24), Duration.ofHours(6)))
        .hasMessageContaining("at least PT24H");
  }

  @Test
  void theDiagramsReadTheDurationsAsIsoText() {
    PairingProperties properties = properties(Duration.ofHours(24), Duration.ofHours(24));

    assertThat(properties.getCounselorInvitationLead()).isEqualTo("PT168H");
    assertThat(properties.getLatenessSwitch()).isEqualTo("PT10M");
    assertThat(new PairingTimes().before(Date.from(Instant.parse("2031-01-08T12:00:00Z")),
        properties.getCounselorInvitationLead()).toInstant()).hasToString("2031-01-01T12:00:00Z");
  }

  private static PairingProperties properties(Duration cutoff, Duration notice) {
    return new PairingProperties(Duration.ofHours(168), cutoff, notice, Duration.ofHours(1), Duration.ofMinutes(10),
        Duration.ofHours(1), Duration.ofHours(336), SOLVER);
  }
}
