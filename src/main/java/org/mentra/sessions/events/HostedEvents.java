package org.mentra.sessions.events;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.events.domain.EventRepository;
import org.mentra.sessions.events.feedback.FeedbackSummary;
import org.mentra.sessions.events.feedback.domain.EventFeedback;
import org.mentra.sessions.events.feedback.domain.EventFeedbackRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person's hosting looks like, for the modules that judge hosts (the safety module's host
 * verification): the events they held with the feedback those got, and their professional events to come.
 */
@Service
public class HostedEvents {

  private static final List<EventType> PROFESSIONAL =
      Arrays.stream(EventType.values()).filter(EventType::isProfessional).toList();

  private final EventRepository events;
  private final EventFeedbackRepository feedback;
  private final Clock clock;

  HostedEvents(EventRepository events, EventFeedbackRepository feedback, Clock clock) {
    this.events = events;
    this.feedback = feedback;
    this.clock = clock;
  }

  /** The events a host held, how many ratings they got, and their average (null without ratings). */
  public record HostingRecord(int eventsHeld, int ratings, Double averageRating) {}

  @Transactional(readOnly = true)
  public HostingRecord record(UUID hostId) {
    List<UUID> held = events.heldBy(hostId);
    List<Integer> ratings = held.isEmpty() ? List.of()
        : feedback.findByEventIdIn(held).stream().map(EventFeedback::getRating).toList();
    return new HostingRecord(held.size(), ratings.size(), FeedbackSummary.average(ratings));
  }

  /** The host's published professional events that have not started yet, soonest first. */
  @Transactional(readOnly = true)
  public List<Event> upcomingProfessional(UUID hostId) {
    return events.upcomingOfTypes(hostId, clock.instant(), PROFESSIONAL);
  }
}
