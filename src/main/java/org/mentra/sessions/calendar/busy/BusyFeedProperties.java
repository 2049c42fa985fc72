package org.mentra.sessions.calendar.busy;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How the calendar feeds people give us are fetched and read. The feed URL is theirs, so it is
 * untrusted input: these caps keep one feed from tying up the server or reaching inside the network.
 *
 * @param allowedHosts host names fetched even though they resolve to a private, loopback or
 *     link-local address (an intranet calendar server; tests allow their local server); none by default
 * @param timeout the whole fetch, redirects and body included (default PT5S)
 * @param maxSize the most a feed may be; reading stops beyond it (default 1MB, i.e. 1 MiB)
 * @param maxRedirects redirects followed, each target checked again (default 3)
 * @param maxOccurrencesPerEvent occurrences of one recurring event inside the window (default 1000)
 * @param maxBusyTimes busy times read from one feed inside the window (default 5000)
 * @param cacheFor how long a person's fetched feed (or why it failed) is kept before it is fetched again
 *     (default PT15M): availability requests and time selections ask often, calendars change rarely
 */
@ConfigurationProperties("mentra.calendar.busy-feed")
public record BusyFeedProperties(List<String> allowedHosts, Duration timeout, DataSize maxSize, Integer maxRedirects,
    Integer maxOccurrencesPerEvent, Integer maxBusyTimes, Duration cacheFor) {

  public static final BusyFeedProperties DEFAULTS = new BusyFeedProperties(null, null, null, null, null, null, null);

  public BusyFeedProperties {
    allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
    timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    maxSize = maxSize == null ? DataSize.ofMegabytes(1) : maxSize;
    maxRedirects = maxRedirects == null ? 3 : maxRedirects;
    maxOccurrencesPerEvent = maxOccurrencesPerEvent == null ? 1000 : maxOccurrencesPerEvent;
    maxBusyTimes = maxBusyTimes == null ? 5000 : maxBusyTimes;
    cacheFor = cacheFor == null ? Duration.ofMinutes(15) : cacheFor;
  }

  public BusyFeedProperties allowing(String... hosts) {
    return new BusyFeedProperties(List.of(hosts), timeout, maxSize, maxRedirects, maxOccurrencesPerEvent, maxBusyTimes, cacheFor);
  }

  public BusyFeedProperties withTimeout(Duration timeout) {
    return new BusyFeedProperties(allowedHosts, timeout, maxSize, maxRedirects, maxOccurrencesPerEvent, maxBusyTimes, cacheFor);
  }

  public BusyFeedProperties withMaxSize(DataSize maxSize) {
    return new BusyFeedProperties(allowedHosts, timeout, maxSize, maxRedirects, maxOccurrencesPerEvent, maxBusyTimes, cacheFor);
  }
}
