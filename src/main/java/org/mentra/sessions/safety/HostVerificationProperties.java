package org.mentra.sessions.safety;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Host verification ({@code mentra.safety.hosts.*}, bpmn/host-verification.bpmn). Registered as bean
 * {@code hostVerificationProperties}, so the diagram's timers read it:
 * {@code ${hostVerificationProperties.untilRenewalNotice}}.
 *
 * @param reapplyAfter how long after a rejection (or a removal as host) the person may apply again
 * @param validFor how long a verification holds
 * @param renewalNotice how long before the expiry the host is asked to renew (and may apply again)
 * @param backgroundCheckLate how long the background check may take before the coordinators are reminded
 *     (and again every as long after)
 * @param applyUrl the platform's page where a person applies to host or renews, linked from the mails
 */
@ConfigurationProperties("mentra.safety.hosts")
public record HostVerificationProperties(Duration reapplyAfter, Duration validFor, Duration renewalNotice,
    Duration backgroundCheckLate, String applyUrl) {

  public HostVerificationProperties {
    reapplyAfter = positive(reapplyAfter, Duration.ofDays(90), "reapply-after");
    validFor = positive(validFor, Duration.ofDays(365), "valid-for");
    renewalNotice = positive(renewalNotice, Duration.ofDays(30), "renewal-notice");
    backgroundCheckLate = positive(backgroundCheckLate, Duration.ofHours(120), "background-check-late");
    if (!renewalNotice.minus(validFor).isNegative()) {
      throw new IllegalArgumentException("mentra.safety.hosts.renewal-notice (" + renewalNotice
          + ") must be shorter than mentra.safety.hosts.valid-for (" + validFor + ")");
    }
    applyUrl = applyUrl == null || applyUrl.isBlank() ? "https://app.mentra.example/hosting/apply" : applyUrl.strip();
  }

  private static Duration positive(Duration value, Duration fallback, String name) {
    if (value == null) {
      return fallback;
    }
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("mentra.safety.hosts." + name + " must be a positive duration such as P90D");
    }
    return value;
  }

  /** For the diagram (ISO, in hours): from the approval to the renewal notice. */
  public String getUntilRenewalNotice() {
    return validFor.minus(renewalNotice).toString();
  }

  /** For the diagram: the background-check reminder, repeated while the result is still missing. */
  public String getBackgroundCheckReminders() {
    return "R/" + backgroundCheckLate;
  }
}
