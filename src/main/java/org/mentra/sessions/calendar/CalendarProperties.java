package org.mentra.sessions.calendar;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * @param organizer who sends the invites, as a mail address with a name
 *     ({@code Mentra Sessions <sessions@mentra.example>}); calendar clients show it as the organizer
 * @param feedKey base64 of 32 random bytes: seals the busy-calendar URLs people give us (AES-GCM) and
 *     derives their private feed addresses. Required; the demo profile and the tests bring their own.
 *     Changing it gives everyone a new feed address and disconnects every busy calendar.
 * @param feed how the private calendar feeds are written
 */
@ConfigurationProperties("mentra.calendar")
public record CalendarProperties(String organizer, String feedKey, Feed feed) {

  @ConstructorBinding
  public CalendarProperties {
    feed = feed == null ? Feed.DEFAULTS : feed;
  }

  /** Invites only (no feeds). */
  public CalendarProperties(String organizer) {
    this(organizer, null, null);
  }

  /** Never the key, should these properties ever be logged. */
  @Override
  public String toString() {
    return "CalendarProperties[organizer=" + organizer + ", feedKey=" + (feedKey == null ? "unset" : "(set)")
        + ", feed=" + feed + "]";
  }

  /**
   * @param refreshInterval how often calendar clients are asked to fetch the feed again (REFRESH-INTERVAL,
   *     X-PUBLISHED-TTL; default PT1H; Google decides by itself, every few hours)
   * @param past how far back sessions stay in the feed (default PT2160H, 90 days)
   * @param cancelledShownFor how long a cancelled session stays in the feed as STATUS:CANCELLED, its summary
   *     starting "Cancelled:", after it was cancelled (default PT168H); then it is left out
   * @param rotateLinkValidity how long the "new calendar address" link in a mail works (default PT720H)
   */
  public record Feed(Duration refreshInterval, Duration past, Duration cancelledShownFor,
      Duration rotateLinkValidity) {

    static final Feed DEFAULTS = new Feed(null, null, null, null);

    public Feed {
      refreshInterval = refreshInterval == null ? Duration.ofHours(1) : refreshInterval;
      past = past == null ? Duration.ofDays(90) : past;
      cancelledShownFor = cancelledShownFor == null ? Duration.ofDays(7) : cancelledShownFor;
      rotateLinkValidity = rotateLinkValidity == null ? Duration.ofDays(30) : rotateLinkValidity;
    }
  }
}
