package org.mentra.sessions.events.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.attendance.AttendanceReport;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.AttendanceStatus;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.demo.DemoPart;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventAudience;
import org.mentra.sessions.events.EventFormat;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventLocation;
import org.mentra.sessions.events.EventPrivacy;
import org.mentra.sessions.events.EventRequest;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.EventType;
import org.mentra.sessions.events.SeriesService;
import org.mentra.sessions.events.domain.EventRepository;
import org.mentra.sessions.events.domain.EventSeriesRepository;
import org.mentra.sessions.events.feedback.domain.EventFeedback;
import org.mentra.sessions.events.feedback.domain.EventFeedbackRepository;
import org.mentra.sessions.events.registration.EventRegistrationProperties;
import org.mentra.sessions.events.registration.EventRegistrationService;
import org.mentra.sessions.events.resources.domain.EventResource;
import org.mentra.sessions.events.resources.domain.EventResourceRepository;
import org.mentra.sessions.events.resources.domain.ResourceType;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile: the group events of the README's walkthrough, every date counted from today.
 * <ul>
 *   <li>Grace Adeyemi (Professional, London) hosts. Held: a burnout workshop five weeks ago and a peer support
 *   meetup two weeks ago (with yesterday's "Mindfulness circle" of {@link EventsDemo}), with who came and their
 *   ratings, so her analytics have figures. Coming: "Calm under pressure" in five days (virtual, 6 seats, 5
 *   taken: one left, and resources), "Grief and loss support group" in a week (hybrid, 4 seats, full, Bob and
 *   Mary waiting: Mary, Premium, first although she came second) and a Sunday walk (physical).</li>
 *   <li>Amara Okafor's invite-only council alumni check-in (Jordan, Sofia and Kenji invited).</li>
 *   <li>Lea Fischer's weekly series "Mindful evenings", 8 Mondays at 18:00 Berlin time.</li>
 * </ul>
 * Six more members join the community for it. Registrations go through the registration service, so each has
 * its process (and its mail in the outbox). Events have fixed ids (the README uses them); each piece is seeded
 * when the database does not hold it yet.
 */
@Component
@Profile("demo")
@Order(16)
public class GroupEventsDemo implements DemoPart {

  public static final UUID BURNOUT_WORKSHOP = demoId("event:burnout-recovery-workshop");
  public static final UUID PEER_MEETUP = demoId("event:peer-support-meetup");
  public static final UUID CALM_UNDER_PRESSURE = demoId("event:calm-under-pressure");
  public static final UUID GRIEF_GROUP = demoId("event:grief-and-loss-support-group");
  public static final UUID SUNDAY_WALK = demoId("event:sunday-walk-and-talk");
  public static final UUID ALUMNI_CHECK_IN = demoId("event:council-alumni-check-in");
  public static final String SERIES_TITLE = "Mindful evenings";
  public static final String SERIES_RULE = "FREQ=WEEKLY;COUNT=8";
  public static final String GRACE = "grace.adeyemi@mentra.example";
  public static final String LEA = "lea.fischer@mentra.example";
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** The members who join for the group events (ids from the email, as for the rest of the community). */
  private static final List<Member> MEMBERS = List.of(
      new Member("Alex Novak", "alex.novak@mentra.example", "alex", "Europe/Prague", Plan.FREE),
      new Member("Sam Rivera", "sam.rivera@mentra.example", "sam", "America/Chicago", Plan.PREMIUM),
      new Member("Yuki Tanaka", "yuki.tanaka@mentra.example", "yuki", "Asia/Tokyo", Plan.FREE),
      new Member("Fatima Zahra", "fatima.zahra@mentra.example", "fatima", "Africa/Casablanca", Plan.FREE),
      new Member("Luca Bianchi", "luca.bianchi@mentra.example", "luca", "Europe/Rome", Plan.PREMIUM),
      new Member("Emma Schulz", "emma.schulz@mentra.example", "emma", "Europe/Berlin", Plan.FREE));

  private final EventService events;
  private final SeriesService series;
  private final EventRepository eventRows;
  private final EventSeriesRepository seriesRows;
  private final EventAudience audience;
  private final EventRegistrationService registrations;
  private final EventRegistrationProperties registrationProperties;
  private final AttendanceService attendance;
  private final EventResourceRepository resources;
  private final EventFeedbackRepository feedback;
  private final PersonRepository people;
  private final Clock clock;

  GroupEventsDemo(EventService events, SeriesService series, EventRepository eventRows,
      EventSeriesRepository seriesRows, EventAudience audience, EventRegistrationService registrations,
      EventRegistrationProperties registrationProperties, AttendanceService attendance,
      EventResourceRepository resources, EventFeedbackRepository feedback, PersonRepository people, Clock clock) {
    this.events = events;
    this.series = series;
    this.eventRows = eventRows;
    this.seriesRows = seriesRows;
    this.audience = audience;
    this.registrations = registrations;
    this.registrationProperties = registrationProperties;
    this.attendance = attendance;
    this.resources = resources;
    this.feedback = feedback;
    this.people = people;
    this.clock = clock;
  }

  @Override
  public String description() {
    return "the group events, their series and waitlist";
  }

  @Override
  public void seed() {
    MEMBERS.forEach(this::join);
    Person grace = person(GRACE);
    LocalDate today = clock.instant().atZone(LONDON).toLocalDate();
    if (!eventRows.existsById(BURNOUT_WORKSHOP)) {
      burnoutWorkshop(grace, today.minusWeeks(5));
    }
    if (!eventRows.existsById(PEER_MEETUP)) {
      peerMeetup(grace, today.minusWeeks(2));
    }
    rateMindfulnessCircle();
    if (!eventRows.existsById(CALM_UNDER_PRESSURE)) {
      calmUnderPressure(grace, today.plusDays(5));
    }
    if (!eventRows.existsById(GRIEF_GROUP)) {
      griefGroup(grace, today.plusDays(7));
    }
    if (!eventRows.existsById(SUNDAY_WALK)) {
      sundayWalk(grace, today.plusDays(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
    }
    if (!eventRows.existsById(ALUMNI_CHECK_IN)) {
      alumniCheckIn(today.plusDays(10));
    }
    Person lea = person(LEA);
    if (seriesRows.countByHostIdAndCreatedAtGreaterThanEqual(lea.getId(), Instant.EPOCH) == 0) {
      mindfulEvenings(lea, today.plusDays(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)));
    }
  }

  private void burnoutWorkshop(Person grace, LocalDate day) {
    ZonedDateTime start = day.atTime(LocalTime.of(18, 0)).atZone(LONDON);
    Event held = events.recordHeld(BURNOUT_WORKSHOP, request("Burnout recovery workshop",
        "Spotting the early signs and building a week that leaves room to recover.",
        EventType.SKILL_BUILDING_WORKSHOP, "burnout", EventFormat.VIRTUAL, start, 90, grace, 12, null));
    came(held, grace, ParticipantRole.HOST, AttendanceStatus.ATTENDED);
    came(held, "mary.johnson", AttendanceStatus.ATTENDED);
    came(held, "alex.novak", AttendanceStatus.ATTENDED);
    came(held, "sam.rivera", AttendanceStatus.LATE);
    came(held, "luca.bianchi", AttendanceStatus.ATTENDED);
    came(held, "emma.schulz", AttendanceStatus.EXCUSED);
    rate(held, "mary.johnson", 5, "The weekly planning exercise was exactly what I needed.", true);
    rate(held, "alex.novak", 4, "Practical and kind. A bit short for the questions.", false);
    rate(held, "sam.rivera", 4, null, false);
    rate(held, "luca.bianchi", 5, "I finally took my lunch breaks this week.", false);
    resources.save(new EventResource(BURNOUT_WORKSHOP, "Recording of the workshop",
        "https://media.mentra.example/recordings/burnout-recovery-workshop", ResourceType.RECORDING, "demo",
        clock.instant()));
  }

  private void peerMeetup(Person grace, LocalDate day) {
    ZonedDateTime start = day.atTime(LocalTime.of(11, 0)).atZone(LONDON);
    Event held = events.recordHeld(PEER_MEETUP, request("Peer support meetup",
        "Tea, biscuits and an hour of sharing how the month went.", EventType.MEETUP, "peer support",
        EventFormat.PHYSICAL, start, 120, grace, 10, new EventLocation("Mentra Community Room, 12 Cable Street, "
            + "London E1 8JG", "Shadwell station, then five minutes on foot.", "Step-free entrance; quiet room "
            + "on the ground floor.")));
    came(held, grace, ParticipantRole.HOST, AttendanceStatus.ATTENDED);
    came(held, "ines.moreau", AttendanceStatus.ATTENDED);
    came(held, "fatima.zahra", AttendanceStatus.ATTENDED);
    came(held, "yuki.tanaka", AttendanceStatus.LATE);
    came(held, "mary.johnson", AttendanceStatus.ATTENDED);
    rate(held, "ines.moreau", 4, "Un moment chaleureux, merci.", true);
    rate(held, "fatima.zahra", 5, "Good to meet people in person.", false);
    rate(held, "yuki.tanaka", 3, "Nice, but the room was loud.", false);
  }

  /** Yesterday's "Mindfulness circle" ({@link EventsDemo}): those who came rate it, once. */
  private void rateMindfulnessCircle() {
    if (!eventRows.existsById(EventsDemo.MINDFUL_EVENING)
        || !feedback.findByEventIdOrderByUpdatedAtDesc(EventsDemo.MINDFUL_EVENING).isEmpty()) {
      return;
    }
    Event held = events.get(EventsDemo.MINDFUL_EVENING);
    rate(held, "mary.johnson", 5, "Calm and welcoming; I slept well afterwards.", true);
    rate(held, "ines.moreau", 4, null, false);
  }

  private void calmUnderPressure(Person grace, LocalDate day) {
    ZonedDateTime start = day.atTime(LocalTime.of(18, 0)).atZone(LONDON);
    events.create(CALM_UNDER_PRESSURE, request("Calm under pressure: anxiety skills workshop",
        "Grounding, breathing and reframing: three tools to try on the spot, and a week to practise them.",
        EventType.SKILL_BUILDING_WORKSHOP, "anxiety", EventFormat.VIRTUAL, start, 90, grace, 6, null));
    for (String who : List.of("mary.johnson", "alex.novak", "sam.rivera", "luca.bianchi", "emma.schulz")) {
      register(CALM_UNDER_PRESSURE, who);
    }
    resources.save(new EventResource(CALM_UNDER_PRESSURE, "Workbook: calm under pressure",
        "https://mentra.example/resources/calm-under-pressure-workbook.pdf", ResourceType.DOCUMENT, "demo",
        clock.instant()));
    resources.save(new EventResource(CALM_UNDER_PRESSURE, "Box breathing in four minutes",
        "https://mentra.example/resources/box-breathing", ResourceType.LINK, "demo", clock.instant()));
  }

  private void griefGroup(Person grace, LocalDate day) {
    ZonedDateTime start = day.atTime(LocalTime.of(18, 30)).atZone(LONDON);
    events.create(GRIEF_GROUP, request("Grief and loss support group",
        "A gentle circle for those living with a loss, in the room or online.", EventType.SUPPORT_GROUP, "grief",
        EventFormat.HYBRID, start, 90, grace, 4, new EventLocation("Mentra Community Room, 12 Cable Street, "
            + "London E1 8JG", "Shadwell station, then five minutes on foot.", "Step-free entrance.")));
    // Four seats, then the waitlist: Bob first, Mary (Premium, in the priority window) ahead of him.
    for (String who : List.of("ines.moreau", "fatima.zahra", "yuki.tanaka", "council@example.com", "bob.chen",
        "mary.johnson")) {
      register(GRIEF_GROUP, who);
    }
  }

  private void sundayWalk(Person grace, LocalDate day) {
    ZonedDateTime start = day.atTime(LocalTime.of(10, 0)).atZone(LONDON);
    events.create(SUNDAY_WALK, request("Sunday walk and talk", "An easy hour around the park, talking or not.",
        EventType.WELLNESS_ACTIVITY, "wellbeing", EventFormat.PHYSICAL, start, 60, grace, 15,
        new EventLocation("Regent's Park, Clarence Gate entrance, London NW1 4NR",
            "Baker Street station; we meet by the gate.", "Flat paths; benches every few hundred metres.")));
    register(SUNDAY_WALK, "council@example.com");
  }

  private void alumniCheckIn(LocalDate day) {
    Person amara = person("amara.okafor@mentra.example");
    ZoneId lagos = ZoneId.of("Africa/Lagos");
    ZonedDateTime start = day.atTime(LocalTime.of(17, 0)).atZone(lagos);
    EventRequest request = new EventRequest("Council alumni check-in",
        "Mentees and mentors of past councils: how are the plans holding up?", EventType.GROUP_CHECK_IN.name(),
        "career", EventKind.GROUP, EventFormat.VIRTUAL, start.toOffsetDateTime(),
        start.plusHours(1).toOffsetDateTime(), lagos.getId(), amara.getId(), 8, EventPrivacy.INVITE_ONLY, null, false,
        null, null, null);
    events.create(ALUMNI_CHECK_IN, request);
    audience.invite(ALUMNI_CHECK_IN, List.of(person("council@example.com").getId(),
        person("sofia.lindqvist@mentra.example").getId(), person("kenji.watanabe@mentra.example").getId()), null);
    register(ALUMNI_CHECK_IN, "council@example.com");
  }

  private void mindfulEvenings(Person lea, LocalDate firstMonday) {
    ZonedDateTime start = firstMonday.atTime(LocalTime.of(18, 0)).atZone(BERLIN);
    SeriesService.SeriesState created = series.create(new EventRequest(SERIES_TITLE,
        "Every Monday: twenty minutes of guided breathing, then a round of sharing.", EventType.MINDFULNESS.name(),
        "mindfulness", EventKind.GROUP, EventFormat.VIRTUAL, start.toOffsetDateTime(),
        start.plusHours(1).toOffsetDateTime(), BERLIN.getId(), lea.getId(), 12, EventPrivacy.PUBLIC, null, false, null,
        null, null), SERIES_RULE);
    UUID first = created.occurrences().get(0).getId();
    register(first, "emma.schulz");
    register(first, "luca.bianchi");
  }

  private EventRequest request(String title, String description, EventType type, String theme, EventFormat format,
      ZonedDateTime start, int minutes, Person host, int seats, EventLocation location) {
    return new EventRequest(title, description, type.name(), theme, EventKind.GROUP, format,
        start.toOffsetDateTime(), start.plusMinutes(minutes).toOffsetDateTime(), start.getZone().getId(),
        host.getId(), seats, EventPrivacy.PUBLIC, null, false, null, null, null, location, null);
  }

  private void register(UUID eventId, String who) {
    registrations.register(eventId, person(email(who)).getId(), registrationProperties.codeOfConductVersion());
  }

  private void came(Event event, String who, AttendanceStatus status) {
    came(event, person(email(who)), ParticipantRole.PARTICIPANT, status);
  }

  private void came(Event event, Person person, ParticipantRole role, AttendanceStatus status) {
    attendance.record(new AttendanceReport(SessionKind.EVENT, event.getId(), person.getId(), role, status,
        event.getStartsAt(), "demo"));
  }

  /** Feedback as those who came gave it after the event (the service's own checks are the caller's). */
  private void rate(Event event, String who, int rating, String comment, boolean showName) {
    Person person = person(email(who));
    Instant given = event.getEndsAt().plusSeconds(3 * 3600);
    EventFeedback rated = new EventFeedback(event.getId(), person.getId(), given);
    rated.rate(rating, comment, showName, given);
    feedback.save(rated);
  }

  private void join(Member member) {
    if (people.findByEmailIgnoreCase(member.email()).isEmpty()) {
      Person person = new Person(demoId(member.email()), member.name(), member.email(), ZoneId.of(member.zone()),
          EnumSet.of(Role.PATIENT), member.plan(), clock.instant());
      person.setUserId(member.userId());
      people.save(person);
    }
  }

  private Person person(String email) {
    Optional<Person> person = people.findByEmailIgnoreCase(email);
    return person.orElseThrow(() -> new IllegalStateException("The demo community has no " + email));
  }

  private static String email(String who) {
    return who.contains("@") ? who : who + "@mentra.example";
  }

  private static UUID demoId(String name) {
    return UUID.nameUUIDFromBytes(("mentra-demo:" + name).getBytes(StandardCharsets.UTF_8));
  }

  private record Member(String name, String email, String userId, String zone, Plan plan) {}
}
