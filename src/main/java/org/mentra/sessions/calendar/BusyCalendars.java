package org.mentra.sessions.calendar;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.mentra.sessions.calendar.busy.BusyCalendar;
import org.mentra.sessions.calendar.busy.BusyCalendarRepository;
import org.mentra.sessions.calendar.busy.BusyFeedImport;
import org.mentra.sessions.calendar.busy.BusyFeedProperties;
import org.mentra.sessions.calendar.busy.BusyImport;
import org.mentra.sessions.calendar.busy.BusyReading;
import org.mentra.sessions.calendar.busy.FeedAddressGuard;
import org.mentra.sessions.calendar.busy.FeedFailure;
import org.mentra.sessions.calendar.busy.FeedProblem;
import org.mentra.sessions.calendar.busy.FetchResult;
import org.mentra.sessions.calendar.feed.FeedSecrets;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.TimeRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar a person gave for their busy times (Google, Outlook, Calendly…), for councils and
 * pairing to respect: {@link #busyTimes} in availability requests (a busy slot says so and is not
 * pre-selected) and as a soft conflict in the time selection. The feed URL is a secret: it is checked
 * by the {@link FeedAddressGuard}, stored sealed, never logged and shown only as scheme and host.
 *
 * <p>What a feed gave (its busy times for the next months, or why it failed) is kept per person for
 * {@code mentra.calendar.busy-feed.cache-for} (PT15M) on this node, so the many windows of an availability
 * request or a time selection fetch it once. Nothing here waits on a feed inside a database transaction.
 */
@Service
public class BusyCalendars {

  private static final Logger log = LoggerFactory.getLogger(BusyCalendars.class);
  /** Feeds kept at most; past it the expired ones go, and if that is not enough, all (they are fetched again). */
  private static final int MAX_CACHED = 1000;
  /** How far ahead busy times are read and kept: past the councils' and pairing's scheduling horizons (90 days). */
  private static final Duration CACHED_AHEAD = Duration.ofDays(120);

  private final BusyCalendarRepository calendars;
  private final PersonRepository people;
  private final FeedSecrets secrets;
  private final FeedAddressGuard guard;
  private final BusyFeedImport importer;
  private final Duration cacheFor;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

  BusyCalendars(BusyCalendarRepository calendars, PersonRepository people, FeedSecrets secrets, FeedAddressGuard guard,
      BusyFeedImport importer, BusyFeedProperties properties, PlatformTransactionManager transactions, Clock clock) {
    this.calendars = calendars;
    this.people = people;
    this.secrets = secrets;
    this.guard = guard;
    this.importer = importer;
    this.cacheFor = properties.cacheFor();
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** Which calendar a person connected, as it may be shown: its scheme and host only. */
  public record BusyCalendarView(String address, Instant connectedAt) {}

  /**
   * The busy times of a person in a window, and whether they are all there is.
   *
   * @param connected whether the person gave a calendar at all
   * @param complete false when the feed could not be read ({@code problem} says why, in words for the person,
   *     naming the feed by scheme and host) or a cap left some times out
   */
  public record BusyLookup(List<TimeRange> busy, boolean connected, boolean complete, String problem) {

    public BusyLookup {
      busy = List.copyOf(busy);
    }

    static BusyLookup none() {
      return new BusyLookup(List.of(), false, true, null);
    }

    /** What a page or mail that marks busy times tells the person when their calendar was not read in full. */
    public String notice() {
      return complete ? null : "We could not read all of your calendar, so a busy time may not be marked here. "
          + problem;
    }
  }

  /**
   * Connects (or replaces) the person's busy calendar. The feed is fetched once to see that it is a
   * calendar we can read; nothing is stored otherwise.
   *
   * @throws InvalidInput on {@code calendarFeedUrl}: an address that is not allowed (a private network…) or a
   *     feed that could not be read
   */
  public BusyCalendarView connect(UUID personId, String feedUrl) {
    Person person = people.getOrFail(personId);
    URI checked = guard.check(feedUrl);
    FetchResult fetched = importer.fetch(checked.toString());
    Instant now = clock.instant();
    TimeRange span = cachedSpan(now);
    BusyImport trial = importer.read(fetched, span, person.zone());
    if (trial instanceof FeedFailure failure) {
      throw InvalidInput.of("calendarFeedUrl", failure.message() + " Nothing was saved.");
    }
    String sealed = secrets.seal(personId, checked.toString());
    String shownAs = FeedAddressGuard.redacted(checked);
    BusyCalendar saved = transaction.execute(status -> calendars.save(calendars.findById(personId)
        .map(existing -> {
          existing.replace(sealed, shownAs, now);
          return existing;
        })
        .orElseGet(() -> new BusyCalendar(personId, sealed, shownAs, now))));
    remember(personId, new Cached(sealed, span, trial, now));
    return view(saved);
  }

  /** Forgets the person's busy calendar, if any. */
  public void disconnect(UUID personId) {
    people.getOrFail(personId);
    transaction.executeWithoutResult(status -> calendars.findById(personId).ifPresent(calendars::delete));
    cache.remove(personId);
  }

  /** The person's busy calendar as it may be shown, if they connected one. */
  public Optional<BusyCalendarView> find(UUID personId) {
    people.getOrFail(personId);
    return calendars.findById(personId).map(BusyCalendars::view);
  }

  /**
   * The person's busy times inside the window, merged and in order; none when they connected no
   * calendar or it cannot be read now (see {@link #lookup} to tell these apart).
   */
  public List<TimeRange> busyTimes(UUID personId, TimeRange window) {
    return lookup(personId, window).busy();
  }

  /** The person's busy times inside the window, and whether they are complete. */
  public BusyLookup lookup(UUID personId, TimeRange window) {
    Optional<BusyCalendar> calendar = calendars.findById(personId);
    if (calendar.isEmpty()) {
      return BusyLookup.none();
    }
    ZoneId zone = people.getOrFail(personId).zone();
    BusyImport read = read(calendar.get(), window, zone);
    if (read instanceof FeedFailure failure) {
      log.info("The busy calendar of person {} gave no busy times: {}", personId, failure.message());
      return new BusyLookup(List.of(), true, false, failure.message());
    }
    BusyReading reading = (BusyReading) read;
    List<TimeRange> busy = reading.busy().stream().filter(range -> range.overlaps(window))
        .map(range -> new TimeRange(later(range.start(), window.start()), earlier(range.end(), window.end())))
        .toList();
    return new BusyLookup(busy, true, !reading.capped(), reading.capped()
        ? "The calendar " + calendar.get().getShownAs() + " has more events than we read; some busy times may be "
            + "missing." : null);
  }

  /**
   * The feed's busy times for the window: read for the whole cached span (from a day ago to
   * {@link #CACHED_AHEAD} ahead) and kept, so that the next windows inside it fetch nothing; a window
   * outside the span is fetched and read for itself. Only busy times are kept, never the feed.
   */
  private BusyImport read(BusyCalendar calendar, TimeRange window, ZoneId zone) {
    Instant now = clock.instant();
    TimeRange span = cachedSpan(now);
    if (!span.contains(window)) {
      return importer.read(fetch(calendar), window, zone);
    }
    Cached kept = cache.get(calendar.getPersonId());
    // The sealed value changes with every connect (a fresh IV), so a replaced URL is never answered from here.
    if (kept != null && kept.sealedUrl().equals(calendar.getSealedUrl()) && kept.span().contains(window)
        && !kept.at().isAfter(now) && kept.at().plus(cacheFor).isAfter(now)) {
      return kept.reading();
    }
    BusyImport reading = importer.read(fetch(calendar), span, zone);
    remember(calendar.getPersonId(), new Cached(calendar.getSealedUrl(), span, reading, now));
    return reading;
  }

  private static TimeRange cachedSpan(Instant now) {
    return new TimeRange(now.minus(Duration.ofDays(1)), now.plus(CACHED_AHEAD));
  }

  private FetchResult fetch(BusyCalendar calendar) {
    try {
      return importer.fetch(secrets.open(calendar.getPersonId(), calendar.getSealedUrl()));
    } catch (FeedSecrets.Unreadable unreadable) {
      return new FeedFailure(FeedProblem.NOT_OK, "The calendar " + calendar.getShownAs()
          + " must be connected again (the key for stored calendar addresses changed).");
    }
  }

  private void remember(UUID personId, Cached reading) {
    if (cache.size() >= MAX_CACHED) {
      Instant now = clock.instant();
      cache.values().removeIf(c -> !c.at().plus(cacheFor).isAfter(now));
      if (cache.size() >= MAX_CACHED) {
        cache.clear();
      }
    }
    cache.put(personId, reading);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static BusyCalendarView view(BusyCalendar calendar) {
    return new BusyCalendarView(calendar.getShownAs(), calendar.getConnectedAt());
  }

  /** What a feed gave for a span: for which sealed URL, when. */
  private record Cached(String sealedUrl, TimeRange span, BusyImport reading, Instant at) {}
}
