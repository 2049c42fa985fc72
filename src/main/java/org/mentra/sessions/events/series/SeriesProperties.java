package org.mentra.sessions.events.series;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How far a series may reach: every occurrence becomes an event of its own (capacity, waitlist,
 * invites), so a rule must end, and within bounds.
 *
 * @param maxOccurrences the most occurrences one series may have (default 104: two years of weekly meetings)
 * @param horizon how long after its first occurrence a series must have ended (default P2Y)
 */
@ConfigurationProperties("mentra.events.series")
public record SeriesProperties(Integer maxOccurrences, Period horizon) {

  public static final SeriesProperties DEFAULTS = new SeriesProperties(null, null);

  public SeriesProperties {
    maxOccurrences = maxOccurrences == null ? 104 : maxOccurrences;
    horizon = horizon == null ? Period.ofYears(2) : horizon;
    if (maxOccurrences < 1 || horizon.isNegative() || horizon.isZero()) {
      throw new IllegalArgumentException("mentra.events.series needs at least one occurrence and a positive horizon");
    }
  }
}
