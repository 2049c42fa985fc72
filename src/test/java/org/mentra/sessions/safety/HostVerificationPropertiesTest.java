package org.mentra.sessions.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The defaults of mentra.safety.hosts, what the diagram's timers read, and the settings refused at startup. */
class HostVerificationPropertiesTest {

  @Test
  void defaultsAndTheDiagramsDurationsInHours() {
    HostVerificationProperties defaults = new HostVerificationProperties(null, null, null, null, null);

    assertThat(defaults.reapplyAfter()).isEqualTo(Duration.ofDays(90));
    assertThat(defaults.validFor()).isEqualTo(Duration.ofDays(365));
    assertThat(defaults.renewalNotice()).isEqualTo(Duration.ofDays(30));
    assertThat(defaults.getUntilRenewalNotice()).isEqualTo("PT8040H");
    assertThat(defaults.getBackgroundCheckReminders()).isEqualTo("R/PT120H");
    assertThat(defaults.applyUrl()).startsWith("https://");
  }

  @Test
  void aNoticeAsLongAsTheVerificationOrANonPositiveDurationIsRefused() {
    assertThatThrownBy(() -> new HostVerificationProperties(null, Duration.ofDays(30), Duration.ofDays(30), null,
        null)).hasMessageContaining("renewal-notice");
    assertThatThrownBy(() -> new HostVerificationProperties(Duration.ZERO, null, null, null, null))
        .hasMessageContaining("reapply-after");
    assertThatThrownBy(() -> new HostVerificationProperties(null, null, null, Duration.ofHours(-1), null))
        .hasMessageContaining("background-check-late");
  }
}
