package org.mentra.sessions.support;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;

/** People for tests, with unique emails: the database is shared by all tests of a run. */
public final class TestPeople {

  private TestPeople() {}

  public static Person person(String name, String zone, Role role, Plan plan) {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    Person person = new Person(name, name.toLowerCase().replace(' ', '.') + "." + unique + "@test.mentra.example",
        ZoneId.of(zone), EnumSet.of(role), plan, Instant.parse("2026-01-01T00:00:00Z"));
    person.setLanguages(java.util.List.of("en"));
    return person;
  }
}
