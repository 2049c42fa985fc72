package org.mentra.sessions.pairing.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.demo.DemoPart;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventRequest;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.pairing.planning.domain.Interval;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.mentra.sessions.pairing.domain.PairingMode;
import org.mentra.sessions.pairing.domain.RegistrationPreferences;
import org.mentra.sessions.pairing.domain.SupportEventSettingsRepository;
import org.mentra.sessions.pairing.AvailabilityService;
import org.mentra.sessions.pairing.CompatibilityService;
import org.mentra.sessions.pairing.RegistrationService;

/**
 * Two paired support events on the demo community, three days ahead at 18:00 London time:
 * <ul>
 *   <li>"Evening support chats" (AUTOMATIC): Susan, Joe and Nadia have given the first hour, Tom the
 *   second; Mary signed up for the first hour, Bob and Inès for both; the seed's scores are set
 *   (Bob–Susan 95, Mary–Joe 20, Bob–Joe 90, Mary–Susan 85). "Pair now" gives Bob–Joe and Mary–Susan
 *   (175, not 115), and Inès, who speaks French, Nadia. Tom stays free, so when Joe cannot make it
 *   Bob is paired again, with Tom in the second hour.</li>
 *   <li>"Pick your counselor" (SELF_SELECT), a day later: offers to choose from.</li>
 * </ul>
 * Ids are derived from names, so the README can use them.
 */
@Component
@Profile("demo")
@Order(20)
public class PairingDemo implements DemoPart {

  static final UUID EVENING_CHATS = demoId("event:evening-support-chats");
  static final UUID PICK_YOUR_COUNSELOR = demoId("event:pick-your-counselor");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final EventService events;
  private final SupportEventSettingsRepository supportEvents;
  private final PersonRepository people;
  private final AvailabilityService availability;
  private final RegistrationService registrations;
  private final CompatibilityService compatibility;
  private final Clock clock;

  public PairingDemo(EventService events, SupportEventSettingsRepository supportEvents, PersonRepository people,
      AvailabilityService availability, RegistrationService registrations, CompatibilityService compatibility,
      Clock clock) {
    this.events = events;
    this.supportEvents = supportEvents;
    this.people = people;
    this.availability = availability;
    this.registrations = registrations;
    this.compatibility = compatibility;
    this.clock = clock;
  }

  @Override
  public String description() {
    return "the paired support events";
  }

  @Override
  @Transactional
  public void seed() {
    Cast cast = new Cast(demo("susan.park"), demo("joe.martinez"), demo("nadia.haddad"), demo("tom.obrien"),
        demo("bob.chen"), demo("mary.johnson"), demo("ines.moreau"));
    Instant evening = firstEvening();
    // Every paired support event has its settings: they tell whether the event is there already.
    if (!supportEvents.existsById(EVENING_CHATS)) {
      eveningChats(EVENING_CHATS, cast, evening);
    }
    if (!supportEvents.existsById(PICK_YOUR_COUNSELOR)) {
      pickYourCounselor(PICK_YOUR_COUNSELOR, cast, evening.plus(Duration.ofDays(1)));
    }
  }

  /** Who plays which part in the demo's events: the demo community's people (a test brings its own). */
  public record Cast(Person susan, Person joe, Person nadia, Person tom, Person bob, Person mary, Person ines) {}

  /** The start of "Evening support chats": three days from today, 18:00 London time. */
  public Instant firstEvening() {
    return ZonedDateTime.of(clock.instant().atZone(LONDON).toLocalDate().plusDays(3), LocalTime.of(18, 0), LONDON)
        .toInstant();
  }

  public void eveningChats(UUID eventId, Cast cast, Instant evening) {
    events.create(eventId, request("Evening support chats", "depression", evening, PairingMode.AUTOMATIC));
    give(eventId, cast.susan(), evening, 0, 60);
    give(eventId, cast.joe(), evening, 0, 60);
    give(eventId, cast.nadia(), evening, 0, 60);
    give(eventId, cast.tom(), evening, 60, 120);
    compatibility.setExplicit(cast.bob().getId(), cast.susan().getId(), 95, "demo");
    compatibility.setExplicit(cast.mary().getId(), cast.joe().getId(), 20, "demo");
    compatibility.setExplicit(cast.bob().getId(), cast.joe().getId(), 90, "demo");
    compatibility.setExplicit(cast.mary().getId(), cast.susan().getId(), 85, "demo");
    signUp(eventId, cast.bob(), evening, 0, 120);
    signUp(eventId, cast.mary(), evening, 0, 60);
    signUp(eventId, cast.ines(), evening, 0, 120);
  }

  private void pickYourCounselor(UUID eventId, Cast cast, Instant evening) {
    events.create(eventId, request("Pick your counselor", "trauma", evening, PairingMode.SELF_SELECT));
    give(eventId, cast.susan(), evening, 0, 60);
    give(eventId, cast.joe(), evening, 60, 120);
    give(eventId, cast.tom(), evening, 30, 90);
  }

  private void give(UUID eventId, Person counselor, Instant evening, int fromMinute, int toMinute) {
    availability.setAvailability(eventId, counselor.getId(), List.of(window(evening, fromMinute, toMinute)), null);
  }

  private void signUp(UUID eventId, Person patient, Instant evening, int fromMinute, int toMinute) {
    registrations.register(eventId, patient.getId(), List.of(window(evening, fromMinute, toMinute)),
        RegistrationPreferences.NONE, null);
  }

  private static Interval window(Instant evening, int fromMinute, int toMinute) {
    return new Interval(evening.plus(Duration.ofMinutes(fromMinute)), evening.plus(Duration.ofMinutes(toMinute)));
  }

  private static EventRequest request(String title, String theme, Instant start, PairingMode mode) {
    return new EventRequest(title, "One-to-one chats with a volunteer counselor.", null, theme,
        EventKind.PAIRED_SUPPORT, null, start.atZone(LONDON).toOffsetDateTime(),
        start.plus(Duration.ofHours(2)).atZone(LONDON).toOffsetDateTime(), LONDON.getId(), null, null, null, null,
        null, 60, mode.name(), null);
  }

  private Person demo(String name) {
    return people.findByEmailIgnoreCase(name + "@mentra.example")
        .orElseThrow(() -> new IllegalStateException("The demo community has no " + name));
  }

  private static UUID demoId(String name) {
    return UUID.nameUUIDFromBytes(("mentra-demo:" + name).getBytes(StandardCharsets.UTF_8));
  }
}
