package org.mentra.sessions.calendar.busy;

import java.time.ZoneId;
import org.mentra.sessions.shared.TimeRange;

/** A person's calendar feed to their busy times in a window: fetched under the guard, then read. */
public final class BusyFeedImport {

  private final FeedFetcher fetcher;
  private final BusyTimes busyTimes;

  public BusyFeedImport(FeedFetcher fetcher, BusyTimes busyTimes) {
    this.fetcher = fetcher;
    this.busyTimes = busyTimes;
  }

  public static BusyFeedImport of(BusyFeedProperties properties) {
    return new BusyFeedImport(new FeedFetcher(FeedAddressGuard.of(properties), properties), BusyTimes.of(properties));
  }

  /**
   * The busy times of the feed overlapping the window, or why there are none.
   *
   * @param zone the owner's zone, for all-day events when the feed names no zone
   */
  public BusyImport busyTimes(String feedUrl, TimeRange window, ZoneId zone) {
    return read(fetch(feedUrl), window, zone);
  }

  /** The feed, fetched under the guard: what a caller may keep for a while and {@link #read} for several windows. */
  public FetchResult fetch(String feedUrl) {
    return fetcher.fetch(feedUrl);
  }

  /** The busy times of a fetched feed overlapping the window, or why there are none. */
  public BusyImport read(FetchResult fetched, TimeRange window, ZoneId zone) {
    if (fetched instanceof FeedFailure failure) {
      return failure;
    }
    try {
      return busyTimes.read(((FetchResult.Fetched) fetched).content(), window, zone);
    } catch (BusyTimes.UnreadableFeed unreadable) {
      return new FeedFailure(FeedProblem.NOT_A_CALENDAR, unreadable.getMessage());
    }
  }
}
