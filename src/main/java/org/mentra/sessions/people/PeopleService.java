package org.mentra.sessions.people;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.mentra.sessions.retry.RetryOnConflict;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and finding people; the one place that knows how a profile is normalised. */
@Service
@RetryOnConflict
public class PeopleService {

  private final PersonRepository people;
  private final Clock clock;

  public PeopleService(PersonRepository people, Clock clock) {
    this.people = people;
    this.clock = clock;
  }

  /**
   * A new person; 409 when the email or user id is taken. Two requests with the same email at once:
   * the loser's insert fails on the unique index, and its second attempt (RetryOnConflict) gets this
   * same 409 from the check.
   */
  @Transactional
  public Person create(PersonRequest request) {
    String email = request.email().trim().toLowerCase();
    people.findByEmailIgnoreCase(email).ifPresent(existing -> {
      throw new Conflict("A person with email " + email + " already exists (id "
          + existing.getId() + ").");
    });
    if (request.userId() != null) {
      people.findByUserId(request.userId()).ifPresent(existing -> {
        throw new Conflict("User id " + request.userId() + " already belongs to person "
            + existing.getId() + ".");
      });
    }
    Person person = new Person(request.displayName().trim(), email,
        ZoneId.of(request.timezone()), request.roles(),
        Objects.requireNonNullElse(request.plan(), Plan.FREE), clock.instant());
    person.setTopics(words(request.topics()));
    person.setLanguages(words(request.languages()));
    person.setExpertise(words(request.expertise()));
    person.setSeniority(Objects.requireNonNullElse(request.seniority(), 1));
    person.setUserId(request.userId());
    if (Boolean.TRUE.equals(request.selfRegistered())) {
      person.awaitEmailVerification();
    }
    return people.save(person);
  }

  @Transactional(readOnly = true)
  public Person get(UUID id) {
    return people.getOrFail(id);
  }

  /**
   * Refuses a sign-up or booking by a paused person with a 403 that names the end of the pause.
   * Every registration path (councils, events, support slots) calls this.
   */
  public void ensureNotPaused(Person person) {
    person.getPausedUntil().filter(until -> until.isAfter(clock.instant())).ifPresent(until -> {
      throw new Refused("paused", "Sign-ups paused",
          "New sign-ups are paused until " + until + (person.getPauseReason().map(r -> ": " + r).orElse("."))
              + " You can still keep the sessions you already have.",
          java.util.Map.of("pausedUntil", until));
    });
  }

  /** Lower-case, trimmed, without duplicates, in the given order: how profiles compare words. */
  static List<String> words(List<String> values) {
    return values == null ? List.of()
        : values.stream().map(v -> v.trim().toLowerCase()).filter(v -> !v.isEmpty()).distinct().toList();
  }
}
