package org.mentra.sessions.safety;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Email verification before a first registration ({@code mentra.safety.email-verification.*}).
 *
 * @param resendAfter a refused registration mails the link again only this long after the last one
 * @param linkValidity how long the mailed link works
 */
@ConfigurationProperties("mentra.safety.email-verification")
public record EmailVerificationProperties(Duration resendAfter, Duration linkValidity) {

  public EmailVerificationProperties {
    resendAfter = resendAfter == null ? Duration.ofMinutes(15) : resendAfter;
    linkValidity = linkValidity == null ? Duration.ofHours(72) : linkValidity;
    if (resendAfter.isNegative() || linkValidity.isNegative() || linkValidity.isZero()) {
      throw new IllegalArgumentException("mentra.safety.email-verification.resend-after and link-validity must be "
          + "positive durations such as PT15M");
    }
  }
}
