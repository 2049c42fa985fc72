package org.mentra.sessions.calendar.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes a person's private feed: a published calendar (no METHOD, so clients subscribe to it rather
 * than treat it as an invitation to answer), each session with the UID and SEQUENCE of its invite,
 * times in the person's zone with its VTIMEZONE (so a client shows them in that zone even when set to
 * another), and the names and refresh hints Google, Apple and Outlook read (X-WR-CALNAME, NAME,
 * REFRESH-INTERVAL, X-PUBLISHED-TTL). No ORGANIZER or ATTENDEE: a feed is read, not answered.
 * DTSTAMP is when the ledger last changed the session, so the same state writes the same feed.
 */
public final class FeedCalendar {

  private static final String PRODUCT_ID = "-//Mentra//Mentra Sessions calendar feed//EN";
  private static final String CANCELLED = "Cancelled: ";

  private FeedCalendar() {}

  /**
   * @param events the sessions, in any order (written by start)
   * @param refresh how often clients should fetch again
   * @param now where an empty feed's VTIMEZONE starts
   */
  public static String write(String calendarName, ZoneId zone, List<FeedEvent> events, Duration refresh,
      Instant now) {
    String zoneId = zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    ZoneId written = zoneId.equals("UTC") ? ZoneOffset.UTC : zone;
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT_ID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", calendarName));
    calendar.add(new Name(calendarName));
    calendar.add(new XProperty("X-WR-TIMEZONE", zoneId));
    calendar.add(new XProperty("X-WR-CALDESC", "Your councils, chats and events on Mentra Sessions"));
    calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), refresh));
    calendar.add(new XProperty("X-PUBLISHED-TTL", refresh.toString()));
    List<FeedEvent> sorted = events.stream().sorted(Comparator.comparing(FeedEvent::start)
        .thenComparing(FeedEvent::uid)).toList();
    Instant from = sorted.isEmpty() ? now : sorted.get(0).start();
    Instant to = sorted.stream().map(FeedEvent::end).max(Comparator.naturalOrder()).orElse(from);
    calendar.add(timeZone(zoneId, written, from, to));
    sorted.forEach(event -> calendar.add(event(event, zoneId, written)));
    StringWriter ics = new StringWriter();
    try {
      new CalendarOutputter().output(calendar, ics);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("Invalid calendar feed: " + e.getMessage(), e);
    }
    return ics.toString();
  }

  private static VEvent event(FeedEvent session, String zoneId, ZoneId zone) {
    VEvent event = new VEvent(false); // no DTSTAMP from the wall clock: the ledger's time keeps the feed stable
    event.add(new Uid(session.uid()));
    event.add(new Sequence(session.sequence()));
    Instant changed = session.updatedAt().truncatedTo(ChronoUnit.SECONDS);
    event.add(new DtStamp(changed));
    event.add(new LastModified(changed));
    event.add(withZone(new DtStart<>(local(session.start(), zone)), zoneId));
    event.add(withZone(new DtEnd<>(local(session.end(), zone)), zoneId));
    event.add(new Summary(session.cancelled() ? CANCELLED + session.summary() : session.summary()));
    if (session.description() != null) {
      event.add(new Description(session.description()));
    }
    if (session.meetingUrl() != null && !session.cancelled()) {
      event.add(new Location(session.meetingUrl()));
      event.add(new Url(URI.create(session.meetingUrl())));
    }
    event.add(session.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    event.add(session.cancelled() ? ImmutableTransp.TRANSPARENT : ImmutableTransp.OPAQUE);
    return event;
  }

  private static <P extends net.fortuna.ical4j.model.property.DateProperty<LocalDateTime>> P withZone(P property,
      String zoneId) {
    property.add(new TzId(zoneId));
    return property;
  }

  private static LocalDateTime local(Instant instant, ZoneId zone) {
    return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), zone);
  }

  /**
   * The zone's VTIMEZONE as java.time knows it, for the span of the feed: the observance in force at
   * its start and every change of offset until a year after its end, each written as the one onset
   * it is (no RRULE to interpret), which every client reads alike.
   */
  static VTimeZone timeZone(String zoneId, ZoneId zone, Instant from, Instant to) {
    ZoneRules rules = zone.getRules();
    Instant until = to.plus(Duration.ofDays(366));
    List<Observance> observances = new ArrayList<>();
    ZoneOffsetTransition before = rules.previousTransition(from.plusSeconds(1));
    if (before == null) {
      ZoneOffset offset = rules.getOffset(from);
      observances.add(observance(false, LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset));
    } else {
      observances.add(observance(before, rules));
    }
    for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(until);
        t = rules.nextTransition(t.getInstant())) {
      observances.add(observance(t, rules));
    }
    VTimeZone timeZone = new VTimeZone(new ComponentList<>(observances));
    timeZone.add(new net.fortuna.ical4j.model.property.TzId(zoneId));
    return timeZone;
  }

  private static Observance observance(ZoneOffsetTransition transition, ZoneRules rules) {
    return observance(rules.isDaylightSavings(transition.getInstant()), transition.getDateTimeBefore(),
        transition.getOffsetBefore(), transition.getOffsetAfter());
  }

  /** An onset: DTSTART is the local time in the offset before it (RFC 5545, 3.6.5). */
  private static Observance observance(boolean daylight, LocalDateTime onset, ZoneOffset fromOffset,
      ZoneOffset toOffset) {
    Observance observance = daylight ? new Daylight() : new Standard();
    observance.add(new DtStart<>(onset));
    observance.add(new TzOffsetFrom(fromOffset));
    observance.add(new TzOffsetTo(toOffset));
    return observance;
  }
}
