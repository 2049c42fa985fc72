package org.mentra.sessions.events.feedback;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.AttendanceStatus;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventAudience;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.feedback.FeedbackSummary.Rated;
import org.mentra.sessions.events.feedback.domain.EventFeedback;
import org.mentra.sessions.events.feedback.domain.EventFeedbackRepository;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.retry.RetryOnConflict;
import org.mentra.sessions.security.Caller;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback on events from the people who came (on time or late, as the attendance record says), one
 * per person: giving it again changes it. Who gave which rating stays with us; the summary names a
 * comment's author only when they allowed it.
 */
@Service
@RetryOnConflict
public class FeedbackService {

  /** How many of the latest comments a summary shows. */
  public static final int RECENT_COMMENTS = 10;
  private static final Set<AttendanceStatus> CAME = EnumSet.of(AttendanceStatus.ATTENDED, AttendanceStatus.LATE);

  private final EventFeedbackRepository feedback;
  private final EventService events;
  private final EventAudience access;
  private final AttendanceService attendance;
  private final PersonRepository people;
  private final Caller caller;
  private final Clock clock;

  FeedbackService(EventFeedbackRepository feedback, EventService events, EventAudience access,
      AttendanceService attendance, PersonRepository people, Caller caller, Clock clock) {
    this.feedback = feedback;
    this.events = events;
    this.access = access;
    this.attendance = attendance;
    this.people = people;
    this.caller = caller;
    this.clock = clock;
  }

  /** The feedback as given, and whether it is new (a second one replaces the first). */
  public record Given(EventFeedback feedback, boolean created) {}

  /**
   * Records the person's rating (1 to 5) with an optional comment. Only the person themselves or
   * staff (the platform giving it on their behalf) may; only someone who came; never the host.
   */
  @Transactional
  public Given give(UUID eventId, UUID personId, int rating, String comment, boolean showName) {
    Event event = events.get(eventId);
    if (rating < FeedbackSummary.LOWEST || rating > FeedbackSummary.HIGHEST) {
      throw InvalidInput.of("rating", "must be between 1 and 5");
    }
    Person person = people.findById(personId)
        .orElseThrow(() -> InvalidInput.of("userId", "no person with this id"));
    if (!caller.isStaff() && !caller.isUser(person.getUserId())) {
      throw Refused.forbidden("Feedback is given by the person themselves (or the platform on their behalf).");
    }
    if (event.getHostId().filter(personId::equals).isPresent()) {
      throw Refused.forbidden("The host does not rate their own event.");
    }
    var recorded = attendance.find(SessionKind.EVENT, eventId, personId);
    if (recorded.filter(record -> CAME.contains(record.getStatus())).isEmpty()) {
      String why = recorded.isEmpty()
          ? "no attendance is recorded for " + person.getDisplayName() + " yet (the host records it after the event)."
          : "the host recorded that " + person.getDisplayName() + " did not come"
              + (recorded.get().getStatus() == AttendanceStatus.EXCUSED ? " (excused)." : ".");
      throw new Refused("attendance-required", "Only for people who came",
          "Only people who attended the event may give feedback on it; " + why, Map.of());
    }
    EventFeedback existing = feedback.findByEventIdAndPersonId(eventId, personId).orElse(null);
    EventFeedback given = existing != null ? existing : new EventFeedback(eventId, personId, clock.instant());
    given.rate(rating, comment == null || comment.isBlank() ? null : comment.strip(), showName, clock.instant());
    return new Given(feedback.save(given), existing == null);
  }

  /** For everyone who may read the event: counts, average, distribution and the latest comments. */
  @Transactional(readOnly = true)
  public FeedbackSummary summary(UUID eventId) {
    Event event = events.get(eventId);
    access.ensureMayRead(event);
    List<EventFeedback> all = feedback.findByEventIdOrderByUpdatedAtDesc(eventId);
    Set<UUID> named = all.stream().filter(EventFeedback::isShowName).map(EventFeedback::getPersonId)
        .collect(Collectors.toSet());
    Map<UUID, String> names = people.findAllById(named).stream()
        .collect(Collectors.toMap(Person::getId, Person::getDisplayName));
    return FeedbackSummary.of(all.stream().map(f -> new Rated(f.getRating(), f.getComment().orElse(null),
        f.isShowName() ? names.get(f.getPersonId()) : null, f.getUpdatedAt())).toList(), RECENT_COMMENTS);
  }

  /** The ratings given for each of the events (none: not in the map), for the host's analytics. */
  @Transactional(readOnly = true)
  public Map<UUID, List<Integer>> ratingsOf(Collection<UUID> eventIds) {
    if (eventIds.isEmpty()) {
      return Map.of();
    }
    return feedback.findByEventIdIn(eventIds).stream().collect(Collectors.groupingBy(EventFeedback::getEventId,
        Collectors.mapping(EventFeedback::getRating, Collectors.toList())));
  }
}
