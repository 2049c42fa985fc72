package org.mentra.sessions.pairing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventRepository;
import org.mentra.sessions.events.EventRequest;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.PairingMode;
import org.mentra.sessions.pairing.planning.domain.Interval;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two paired support events on the demo community, three days ahead at 18:00 London time:
 * <ul>
 *   <li>"Evening support chats" (AUTOMATIC): Susan, Joe, Nadia and Tom have given their times; Bob, Mary
 *   and Inès have signed up; the seed's scores are set (Bob–Susan 95, Mary–Joe 20, Bob–Joe 90,
 *   Mary–Susan 85). "Pair now" gives Bob–Joe and Mary–Susan (175, not 115), and Inès, who speaks
 *   French, Nadia.</li>
 *   <li>"Pick your counselor" (SELF_SELECT), a day later: offers to choose from.</li>
 * </ul>
 * Ids are derived from names, so the README can use them.
 */
@Component
@Profile("demo")
@Order(20)
class PairingDemo implements ApplicationRunner {

  static final UUID EVENING_CHATS = demoId("event:evening-support-chats");
  static final UUID PICK_YOUR_COUNSELOR = demoId("event:pick-your-counselor");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final EventService events;
  private final EventRepository eventRepository;
  private final PersonRepository people;
  private final AvailabilityService availability;
  private final RegistrationService registrations;
  private final CompatibilityService compatibility;
  private final Clock clock;

  PairingDemo(EventService events, EventRepository eventRepository, PersonRepository people,
      AvailabilityService availability, RegistrationService registrations, CompatibilityService compatibility,
      Clock clock) {
    this.events = events;
    this.eventRepository = eventRepository;
    this.people = people;
    this.availability = availability;
    this.registrations = registrations;
    this.compatibility = compatibility;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Person susan = demo("susan.park");
    Person joe = demo("joe.martinez");
    Person nadia = demo("nadia.haddad");
    Person tom = demo("tom.obrien");
    Person bob = demo("bob.chen");
    Person mary = demo("mary.johnson");
    Person ines = demo("ines.moreau");
    Instant evening = ZonedDateTime.of(clock.instant().atZone(LONDON).toLocalDate().plusDays(3), LocalTime.of(18, 0),
        LONDON).toInstant();
    if (!eventRepository.existsById(EVENING_CHATS)) {
      events.create(EVENING_CHATS, request("Evening support chats", "depression", evening, PairingMode.AUTOMATIC));
      give(EVENING_CHATS, susan, evening, 0, 120);
      give(EVENING_CHATS, joe, evening, 0, 60);
      give(EVENING_CHATS, nadia, evening, 0, 60);
      give(EVENING_CHATS, tom, evening, 60, 120);
      compatibility.setExplicit(bob.getId(), susan.getId(), 95, "demo");
      compatibility.setExplicit(mary.getId(), joe.getId(), 20, "demo");
      compatibility.setExplicit(bob.getId(), joe.getId(), 90, "demo");
      compatibility.setExplicit(mary.getId(), susan.getId(), 85, "demo");
      signUp(bob, evening, 0, 60);
      signUp(mary, evening, 0, 60);
      signUp(ines, evening, 0, 120);
    }
    Instant nextEvening = evening.plus(Duration.ofDays(1));
    if (!eventRepository.existsById(PICK_YOUR_COUNSELOR)) {
      events.create(PICK_YOUR_COUNSELOR, request("Pick your counselor", "trauma", nextEvening,
          PairingMode.SELF_SELECT));
      give(PICK_YOUR_COUNSELOR, susan, nextEvening, 0, 60);
      give(PICK_YOUR_COUNSELOR, joe, nextEvening, 60, 120);
      give(PICK_YOUR_COUNSELOR, tom, nextEvening, 30, 90);
    }
  }

  private void give(UUID eventId, Person counselor, Instant evening, int fromMinute, int toMinute) {
    availability.setAvailability(eventId, counselor.getId(), List.of(window(evening, fromMinute, toMinute)), null);
  }

  private void signUp(Person patient, Instant evening, int fromMinute, int toMinute) {
    registrations.register(EVENING_CHATS, patient.getId(), List.of(window(evening, fromMinute, toMinute)),
        RegistrationPreferences.NONE, null);
  }

  private static Interval window(Instant evening, int fromMinute, int toMinute) {
    return new Interval(evening.plus(Duration.ofMinutes(fromMinute)), evening.plus(Duration.ofMinutes(toMinute)));
  }

  private static EventRequest request(String title, String theme, Instant start, PairingMode mode) {
    return new EventRequest(title, "One-to-one chats with a volunteer counselor.", null, theme,
        EventKind.PAIRED_SUPPORT, null, start.atZone(LONDON).toOffsetDateTime(),
        start.plus(Duration.ofHours(2)).atZone(LONDON).toOffsetDateTime(), LONDON.getId(), null, null, null, null,
        null, 60, mode, null);
  }

  private Person demo(String name) {
    return people.findByEmailIgnoreCase(name + "@mentra.example")
        .orElseThrow(() -> new IllegalStateException("The demo community has no " + name));
  }

  private static UUID demoId(String name) {
    return UUID.nameUUIDFromBytes(("mentra-demo:" + name).getBytes(StandardCharsets.UTF_8));
  }
}
