package org.mentra.sessions.events.registration;

import java.time.Duration;
import java.util.Date;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Registration for group events ({@code mentra.events.*}, next to the events' own limits). The
 * {@code event-registration} diagram reads its timers from this bean
 * ({@code ${eventRegistrationProperties.firstReminder}}).
 *
 * @param waitlistHold how long an offered seat is held for the next in line; never past the event's start
 * @param priorityWindow how long after publication premium and professional plans come first on the waitlist
 * @param firstReminder how long before the start the first reminder (with the invite) goes out
 * @param lastReminder how long before the start the last reminder goes out
 * @param feedbackDelay how long after the end those who came are asked for feedback (the host marks attendance first)
 * @param codeOfConductVersion the current code of conduct; a registration accepts it once per version
 * @param feedbackUrl the platform's feedback page; {@code {eventId}} is replaced
 */
@ConfigurationProperties("mentra.events")
public record EventRegistrationProperties(Duration waitlistHold, Duration priorityWindow, Duration firstReminder,
    Duration lastReminder, Duration feedbackDelay, String codeOfConductVersion, String feedbackUrl) {

  public EventRegistrationProperties {
    waitlistHold = orDefault(waitlistHold, Duration.ofHours(24));
    priorityWindow = orDefault(priorityWindow, Duration.ofHours(48));
    firstReminder = orDefault(firstReminder, Duration.ofHours(24));
    lastReminder = orDefault(lastReminder, Duration.ofHours(1));
    feedbackDelay = orDefault(feedbackDelay, Duration.ofHours(2));
    codeOfConductVersion = orDefault(codeOfConductVersion, "2026-01");
    feedbackUrl = orDefault(feedbackUrl, "https://app.mentra.example/events/{eventId}/feedback");
    if (!lastReminder.minus(firstReminder).isNegative()) {
      throw new IllegalArgumentException("mentra.events: first-reminder must come before last-reminder, got "
          + firstReminder + " and " + lastReminder);
    }
    if (waitlistHold.isZero() || waitlistHold.isNegative()) {
      throw new IllegalArgumentException("mentra.events.waitlist-hold must be positive, got " + waitlistHold);
    }
  }

  public static EventRegistrationProperties defaults() {
    return new EventRegistrationProperties(null, null, null, null, null, null, null);
  }

  // The diagram's timers read these as ISO-8601 strings.

  public String getFirstReminder() {
    return firstReminder.toString();
  }

  public String getLastReminder() {
    return lastReminder.toString();
  }

  public String getFeedbackDelay() {
    return feedbackDelay.toString();
  }

  /** The moment {@code offset} (an ISO duration such as PT24H) before {@code instant}: a timer date. */
  public Date before(Date instant, String offset) {
    return Date.from(instant.toInstant().minus(Duration.parse(offset)));
  }

  /** The moment {@code offset} after {@code instant}: a timer date. */
  public Date after(Date instant, String offset) {
    return Date.from(instant.toInstant().plus(Duration.parse(offset)));
  }

  public String feedbackUrl(java.util.UUID eventId) {
    return feedbackUrl.replace("{eventId}", eventId.toString());
  }

  private static <T> T orDefault(T value, T fallback) {
    return value == null ? fallback : value;
  }
}
