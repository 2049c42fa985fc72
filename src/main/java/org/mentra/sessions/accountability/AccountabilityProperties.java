package org.mentra.sessions.accountability;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How no-shows are held to account ({@code mentra.accountability.*}). Registered as bean
 * {@code accountabilityProperties}, so the diagram's timers read it:
 * {@code ${accountabilityProperties.explanationWindow}}.
 *
 * @param strikeWindow strikes for sessions older than this no longer count (rolling)
 * @param pauseAtStrike the active strike that pauses a participant's sign-ups (the one before it warns)
 * @param signUpPause how long a participant's new sign-ups stay paused
 * @param explanationWindow how long the "tell us what happened" link in a strike mail works
 * @param rebookingUrl where a participant books a new session (the platform's page)
 * @param reliability how reliability is computed from attendance and strikes
 */
@ConfigurationProperties("mentra.accountability")
public record AccountabilityProperties(Duration strikeWindow, int pauseAtStrike, Duration signUpPause,
    Duration explanationWindow, String rebookingUrl, ReliabilityWeights reliability) {

  public AccountabilityProperties {
    for (Duration duration : new Duration[] {strikeWindow, signUpPause, explanationWindow}) {
      if (duration == null || duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("mentra.accountability.strike-window, sign-up-pause and "
            + "explanation-window must be positive durations such as PT48H");
      }
    }
    Objects.requireNonNull(reliability, "mentra.accountability.reliability.*");
    if (pauseAtStrike < 2) {
      throw new IllegalArgumentException("mentra.accountability.pause-at-strike must be at least 2: the first "
          + "missed session is met with care, never with a pause");
    }
  }

  /** For the diagram: the explanation window as an ISO duration ("PT48H"). */
  public String getExplanationWindow() {
    return explanationWindow.toString();
  }

  /** For the diagram's gateways. */
  public int getPauseAtStrike() {
    return pauseAtStrike;
  }

  /**
   * @param priorSessions kept sessions everyone starts with, so one early miss does not sink a newcomer
   * @param strikePenalty the share of reliability each active strike takes away (0..1)
   */
  public record ReliabilityWeights(int priorSessions, double strikePenalty) {}
}
