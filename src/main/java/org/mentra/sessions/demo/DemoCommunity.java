package org.mentra.sessions.demo;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small, believable community for trying the product: mentors across time zones, counselors with
 * their languages, patients, a council-plan mentee and a host. Ids are derived from the email, so
 * they are the same on every machine and the README can use them.
 */
@Component
@Profile("demo")
@Order(10)
class DemoCommunity implements DemoPart {

  private static final Logger log = LoggerFactory.getLogger(DemoCommunity.class);

  private final PersonRepository people;
  private final Clock clock;

  DemoCommunity(PersonRepository people, Clock clock) {
    this.people = people;
    this.clock = clock;
  }

  @Override
  public String description() {
    return "the demo community";
  }

  @Override
  @Transactional
  public void seed() {
    var kept = people.findByEmailIgnoreCase(MEMBERS.get(0).email());
    kept.ifPresent(first -> log.info("Demo data: the database already holds the demo from {} and keeps it. To start "
        + "over from today: stop the application, delete the data folder (rm -rf data) and start it again.",
        first.getCreatedAt()));
    for (Member member : MEMBERS) {
      if (people.findByEmailIgnoreCase(member.email()).isEmpty()) {
        people.save(member.toPerson(clock));
      }
    }
  }

  /** The demo person's id: the same everywhere. */
  static UUID idOf(String email) {
    return UUID.nameUUIDFromBytes(("mentra-demo:" + email).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private record Member(String name, String email, String userId, String zone, EnumSet<Role> roles, Plan plan,
      List<String> topics, List<String> languages, List<String> expertise, int seniority) {

    Person toPerson(Clock clock) {
      Person person = new Person(idOf(email), name, email, ZoneId.of(zone), roles, plan, clock.instant());
      person.setUserId(userId);
      person.setTopics(topics);
      person.setLanguages(languages);
      person.setExpertise(expertise);
      person.setSeniority(seniority);
      return person;
    }
  }

  private static final List<Member> MEMBERS = List.of(
      // Mentors, spread over time zones so that finding a common hour is a real question.
      new Member("Amara Okafor", "amara.okafor@mentra.example", "amara", "Africa/Lagos", EnumSet.of(Role.MENTOR),
          Plan.PROFESSIONAL, List.of(), List.of("en"), List.of("anxiety", "career", "burnout"), 5),
      new Member("Daniel Reyes", "daniel.reyes@mentra.example", "daniel", "America/Los_Angeles",
          EnumSet.of(Role.MENTOR), Plan.PROFESSIONAL, List.of(), List.of("en", "es"),
          List.of("grief", "depression", "family"), 4),
      new Member("Sofia Lindqvist", "sofia.lindqvist@mentra.example", "sofia", "Europe/Stockholm",
          EnumSet.of(Role.MENTOR), Plan.PROFESSIONAL, List.of(), List.of("en", "sv"),
          List.of("anxiety", "mindfulness", "students"), 3),
      new Member("Kenji Watanabe", "kenji.watanabe@mentra.example", "kenji", "Asia/Tokyo", EnumSet.of(Role.MENTOR),
          Plan.PROFESSIONAL, List.of(), List.of("en", "ja"), List.of("burnout", "work stress", "career"), 4),
      new Member("Priya Raman", "priya.raman@mentra.example", "priya", "Asia/Kolkata", EnumSet.of(Role.MENTOR),
          Plan.PROFESSIONAL, List.of(), List.of("en", "hi", "ta"), List.of("depression", "trauma", "self-esteem"), 5),
      new Member("Marcus Hill", "marcus.hill@mentra.example", "marcus", "America/New_York", EnumSet.of(Role.MENTOR),
          Plan.PROFESSIONAL, List.of(), List.of("en"), List.of("addiction", "recovery", "family"), 3),
      new Member("Lea Fischer", "lea.fischer@mentra.example", "lea", "Europe/Berlin", EnumSet.of(Role.MENTOR),
          Plan.PROFESSIONAL, List.of(), List.of("de", "en"), List.of("trauma", "anxiety"), 2),
      // Counselors: the seed's Susan and Joe, and two more.
      new Member("Susan Park", "susan.park@mentra.example", "susan", "America/Chicago", EnumSet.of(Role.COUNSELOR),
          Plan.PROFESSIONAL, List.of(), List.of("en", "ko"), List.of("depression", "anxiety"), 4),
      new Member("Joe Martinez", "joe.martinez@mentra.example", "joe", "America/Denver", EnumSet.of(Role.COUNSELOR),
          Plan.PROFESSIONAL, List.of(), List.of("en", "es"), List.of("drug addiction", "trauma"), 3),
      new Member("Nadia Haddad", "nadia.haddad@mentra.example", "nadia", "Europe/Paris", EnumSet.of(Role.COUNSELOR),
          Plan.PROFESSIONAL, List.of(), List.of("fr", "en", "ar"), List.of("anxiety", "abuse"), 5),
      new Member("Tom O'Brien", "tom.obrien@mentra.example", "tom", "Europe/Dublin", EnumSet.of(Role.COUNSELOR),
          Plan.PROFESSIONAL, List.of(), List.of("en"), List.of("depression", "grief"), 2),
      // Patients: the seed's Bob and Mary, and one who speaks French.
      new Member("Bob Chen", "bob.chen@mentra.example", "bob", "America/Los_Angeles", EnumSet.of(Role.PATIENT),
          Plan.FREE, List.of("depression"), List.of("en"), List.of(), 1),
      new Member("Mary Johnson", "mary.johnson@mentra.example", "mary", "America/New_York",
          EnumSet.of(Role.PATIENT), Plan.PREMIUM, List.of("anxiety"), List.of("en"), List.of(), 1),
      new Member("Inès Moreau", "ines.moreau@mentra.example", "ines", "Europe/Paris", EnumSet.of(Role.PATIENT),
          Plan.FREE, List.of("anxiety", "abuse"), List.of("fr"), List.of(), 1),
      // The seed's council-plan user, who books councils.
      new Member("Jordan Blake", "council@example.com", "council", "Europe/London", EnumSet.of(Role.PATIENT),
          Plan.COUNCIL, List.of("career", "burnout"), List.of("en"), List.of(), 1),
      new Member("Grace Adeyemi", "grace.adeyemi@mentra.example", "grace", "Europe/London", EnumSet.of(Role.HOST),
          Plan.PROFESSIONAL, List.of(), List.of("en"), List.of("mindfulness", "group facilitation"), 5));
}
