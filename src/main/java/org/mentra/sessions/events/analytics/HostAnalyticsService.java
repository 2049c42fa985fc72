package org.mentra.sessions.events.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.mentra.sessions.attendance.Attendance;
import org.mentra.sessions.attendance.AttendanceOverview.Rates;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventAudience;
import org.mentra.sessions.events.EventParticipants;
import org.mentra.sessions.events.EventParticipants.Counts;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.events.analytics.HostAnalytics.EventFigures;
import org.mentra.sessions.events.analytics.HostAnalytics.Figures;
import org.mentra.sessions.events.analytics.HostAnalytics.Month;
import org.mentra.sessions.events.analytics.domain.HostedEventRepository;
import org.mentra.sessions.events.feedback.FeedbackService;
import org.mentra.sessions.events.feedback.FeedbackSummary;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.security.Caller;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.Refused;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A host's analytics: sign-ups, waitlist, attendance and no-show rates and ratings of their published and
 * completed events (drafts and cancelled events held nobody), per event and per month of the host's zone.
 * Part of the Professional plan: the host sees their own; coordinators and the platform anyone's.
 */
@Service
public class HostAnalyticsService {

  public static final int MAX_MONTHS = 24;
  public static final int DEFAULT_MONTHS = 6;
  /** A report of this many events is already more than a page can show; the rest are left out. */
  public static final int MAX_EVENTS = 500;
  private static final EnumSet<EventStatus> HELD = EnumSet.of(EventStatus.PUBLISHED, EventStatus.COMPLETED);
  private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  private final HostedEventRepository hosted;
  private final PersonRepository people;
  private final AttendanceService attendance;
  private final FeedbackService feedback;
  private final EventAudience access;
  private final Caller caller;
  private final Clock clock;

  HostAnalyticsService(HostedEventRepository hosted, PersonRepository people, AttendanceService attendance,
      FeedbackService feedback, EventAudience access, Caller caller, Clock clock) {
    this.hosted = hosted;
    this.people = people;
    this.attendance = attendance;
    this.feedback = feedback;
    this.access = access;
    this.caller = caller;
    this.clock = clock;
  }

  /** The last {@code months} calendar months in the host's zone, this one included, and what is planned after. */
  @Transactional(readOnly = true)
  public HostAnalytics of(UUID hostId, int months) {
    Person host = people.getOrFail(hostId);
    ensureMaySee(host);
    if (months < 1 || months > MAX_MONTHS) {
      throw InvalidInput.of("months", "must be between 1 and " + MAX_MONTHS);
    }
    ZoneId zone = host.zone();
    YearMonth current = YearMonth.from(clock.instant().atZone(zone));
    YearMonth first = current.minusMonths(months - 1L);
    Instant from = first.atDay(1).atStartOfDay(zone).toInstant();
    List<Event> events = hosted.hostedSince(hostId, from, HELD, PageRequest.of(0, MAX_EVENTS + 1));
    boolean truncated = events.size() > MAX_EVENTS;
    events = events.subList(0, Math.min(events.size(), MAX_EVENTS));
    Map<UUID, List<Integer>> ratings = feedback.ratingsOf(events.stream().map(Event::getId).toList());
    EventParticipants participants = access.participants();

    List<Tally> tallies = events.stream().map(e -> new Tally(e, participants.countsOf(e.getId()),
        attendance.of(SessionKind.EVENT, e.getId()), ratings.getOrDefault(e.getId(), List.of()))).toList();
    Map<YearMonth, List<Tally>> byMonth = new TreeMap<>();
    for (YearMonth m = first; !m.isAfter(current); m = m.plusMonths(1)) {
      byMonth.put(m, new ArrayList<>());
    }
    tallies.forEach(t -> byMonth.computeIfAbsent(YearMonth.from(t.event().getStartsAt().atZone(zone)),
        m -> new ArrayList<>()).add(t));
    List<Month> monthRows = byMonth.entrySet().stream()
        .map(e -> new Month(e.getKey().toString(), LABEL.format(e.getKey()), figures(e.getValue()))).toList();
    List<EventFigures> eventRows = tallies.stream().map(t -> new EventFigures(t.event().getId(),
        t.event().getTitle(), t.event().getStartsAt(), t.event().getStatus(), figures(List.of(t)))).toList();
    List<Integer> allRatings = tallies.stream().flatMap(t -> t.ratings().stream()).toList();
    return new HostAnalytics(hostId, host.getDisplayName(), host.getPlan(), zone.getId(), from, months, figures(tallies), monthRows,
        eventRows, FeedbackSummary.distribution(allRatings), truncated);
  }

  private void ensureMaySee(Person host) {
    if (caller.isStaff()) {
      return;
    }
    if (!caller.isUser(host.getUserId())) {
      throw Refused.forbidden("A host's analytics are for the host themselves and coordinators.");
    }
    if (host.getPlan() != Plan.PROFESSIONAL) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("requiredPlan", Plan.PROFESSIONAL.name());
      properties.put("plan", host.getPlan().name());
      throw new Refused("plan-required", "Professional plan required", "Host analytics are part of the "
          + "Professional plan; your plan is " + host.getPlan().words() + ".", properties);
    }
  }

  private static Figures figures(List<Tally> tallies) {
    List<Integer> ratings = tallies.stream().flatMap(t -> t.ratings().stream()).toList();
    return new Figures(tallies.size(), tallies.stream().mapToInt(t -> t.counts().confirmed()).sum(),
        tallies.stream().mapToInt(t -> t.counts().waitlisted()).sum(),
        Rates.of(tallies.stream().map(Tally::attendance).toList()), ratings.size(),
        FeedbackSummary.average(ratings));
  }

  /** One event and what is recorded about it. */
  private record Tally(Event event, Counts counts, List<Attendance> attendance, List<Integer> ratings) {}
}
