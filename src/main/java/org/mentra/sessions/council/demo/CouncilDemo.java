package org.mentra.sessions.council.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.mentra.sessions.demo.DemoPart;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.mentra.sessions.council.domain.CouncilSessionRepository;
import org.mentra.sessions.shared.TimeRange;
import org.mentra.sessions.council.CouncilRequest;
import org.mentra.sessions.council.CouncilService;

/**
 * Demo profile: one council already asking its mentors, so the outbox, the availability pages and
 * the coordination dashboard have something to show. Jordan Blake (council@example.com, London) asks
 * Amara (Lagos), Sofia (Stockholm) and Kenji (Tokyo) about burnout and a career change, Amara leading;
 * matching adds one more mentor. The three hours, next week at 11:00 London time, fall inside the
 * working hours of all of them (Tokyo 19:00 or 20:00). Requested once, when Jordan has no council yet.
 */
@Component
@Profile("demo")
@Order(20)
public class CouncilDemo implements DemoPart {

  public static final String MENTEE = "council@example.com";
  public static final List<String> PICKS = List.of("amara.okafor@mentra.example", "sofia.lindqvist@mentra.example",
      "kenji.watanabe@mentra.example");
  /** The mentee's zone: the proposed hours are a late morning there, a working evening in Tokyo. */
  static final ZoneId MENTEE_ZONE = ZoneId.of("Europe/London");
  static final LocalTime SLOT_START = LocalTime.of(11, 0);

  private final CouncilService councils;
  private final CouncilSessionRepository councilRepository;
  private final PersonRepository people;
  private final Clock clock;

  CouncilDemo(CouncilService councils, CouncilSessionRepository councilRepository, PersonRepository people,
      Clock clock) {
    this.councils = councils;
    this.councilRepository = councilRepository;
    this.people = people;
    this.clock = clock;
  }

  @Override
  public String description() {
    return "the council asking its mentors";
  }

  @Override
  public void seed() {
    Optional<Person> mentee = people.findByEmailIgnoreCase(MENTEE);
    List<UUID> picks = PICKS.stream().flatMap(email -> people.findByEmailIgnoreCase(email).stream())
        .map(Person::getId).toList();
    if (mentee.isEmpty() || picks.size() < PICKS.size()
        || councilRepository.countBookedSince(mentee.get().getId(), Instant.EPOCH) > 0) {
      return;
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), MENTEE_ZONE);
    List<TimeRange> slots = Stream.of(5, 6, 7)
        .map(days -> today.plusDays(days).atTime(SLOT_START).atZone(MENTEE_ZONE).toInstant())
        .map(start -> new TimeRange(start, start.plusSeconds(3600)))
        .toList();
    councils.request(new CouncilRequest(mentee.get().getId(), "Burnout and a career change",
        "Understand how others found their way back after burning out, and whether to change careers.",
        "How did you know it was time to change? What helped in the first months?", slots, picks, picks.get(0), 3, 4),
        "demo");
  }
}
