package org.mentra.sessions.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.mentra.sessions.demo.DemoPart;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: "Mindfulness circle", a group event Grace hosted yesterday at 18:00 London time, already
 * held (its attendance is the accountability demo's). Written directly as completed: the service only
 * creates events that are still to come.
 */
@Component
@Profile("demo")
@Order(15)
public class EventsDemo implements DemoPart {

  public static final UUID MINDFUL_EVENING =
      UUID.nameUUIDFromBytes("mentra-demo:event:mindful-evening".getBytes(StandardCharsets.UTF_8));
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final EventRepository events;
  private final PersonRepository people;
  private final Clock clock;

  EventsDemo(EventRepository events, PersonRepository people, Clock clock) {
    this.events = events;
    this.people = people;
    this.clock = clock;
  }

  @Override
  public String description() {
    return "yesterday's group event";
  }

  @Override
  @Transactional
  public void seed() {
    if (events.existsById(MINDFUL_EVENING)) {
      return;
    }
    Instant now = clock.instant();
    Instant start = now.atZone(LONDON).toLocalDate().minusDays(1).atTime(LocalTime.of(18, 0)).atZone(LONDON)
        .toInstant();
    Event event = new Event(MINDFUL_EVENING, EventKind.GROUP, now);
    event.describe("Mindfulness circle", "An hour of guided breathing and sharing, together online.", "workshop",
        "mindfulness", EventFormat.VIRTUAL,
        people.findByEmailIgnoreCase("grace.adeyemi@mentra.example").orElseThrow().getId(), 20,
        EventPrivacy.PUBLIC, null, false);
    event.schedule(start, start.plus(Duration.ofHours(1)), LONDON, null, null);
    event.changeStatus(EventStatus.COMPLETED, now);
    events.save(event);
  }
}
