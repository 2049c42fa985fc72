package org.mentra.sessions.safety;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Moderation of reports ({@code mentra.safety.*}). Registered as bean {@code safetyProperties}, so the
 * diagram's timers read it: {@code ${safetyProperties.urgentResponse}}.
 *
 * @param reviewTarget how soon a moderator answers an ordinary report (the task's due date)
 * @param urgentResponse how soon a moderator acts on an urgent concern; untouched by then, the on-call
 *     coordinator is mailed
 * @param urgentRepeat after the first escalation, how long until the on-call coordinator is mailed again
 * @param appealWindow how long the person a decision affects may appeal it (once)
 * @param pause how long a "pause" decision pauses the person's new sign-ups
 * @param onCallEmail where urgent concerns escalate; empty: every coordinator with an email address
 * @param concernLinkValidity how long the "report a concern" link in a session mail or page works
 * @param responseWindow how far back /coordination/safety measures the time to the first human action
 */
@ConfigurationProperties("mentra.safety")
public record SafetyProperties(Duration reviewTarget, Duration urgentResponse, Duration urgentRepeat,
    Duration appealWindow, Duration pause, String onCallEmail, Duration concernLinkValidity, Duration responseWindow) {

  public SafetyProperties {
    reviewTarget = positive(reviewTarget, Duration.ofHours(72), "review-target");
    urgentResponse = positive(urgentResponse, Duration.ofMinutes(15), "urgent-response");
    urgentRepeat = positive(urgentRepeat, Duration.ofMinutes(15), "urgent-repeat");
    appealWindow = positive(appealWindow, Duration.ofHours(336), "appeal-window");
    pause = positive(pause, Duration.ofHours(720), "pause");
    onCallEmail = onCallEmail == null || onCallEmail.isBlank() ? null : onCallEmail.strip();
    concernLinkValidity = positive(concernLinkValidity, Duration.ofDays(60), "concern-link-validity");
    responseWindow = positive(responseWindow, Duration.ofDays(30), "response-window");
  }

  private static Duration positive(Duration value, Duration fallback, String name) {
    if (value == null) {
      return fallback;
    }
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("mentra.safety." + name + " must be a positive duration such as PT15M");
    }
    return value;
  }

  /** For the diagram: ISO durations ("PT15M"). */
  public String getUrgentResponse() {
    return urgentResponse.toString();
  }

  public String getUrgentRepeat() {
    return urgentRepeat.toString();
  }

  /** The second escalation of an untouched urgent concern: the response target and one repeat after it. */
  public String getSecondEscalation() {
    return urgentResponse.plus(urgentRepeat).toString();
  }

  public String getAppealWindow() {
    return appealWindow.toString();
  }
}
