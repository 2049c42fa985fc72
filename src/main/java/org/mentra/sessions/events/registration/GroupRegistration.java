package org.mentra.sessions.events.registration;

import com.fasterxml.jackson.databind.JsonNode;
import org.mentra.sessions.events.RegistrationBody;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.KindRegistration;
import org.mentra.sessions.events.registration.domain.RegistrationStatus;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.shared.InvalidInput;
import org.springframework.stereotype.Component;

/** Registering for a group event through the events API: {@code codeOfConductVersion} is its one field. */
@Component
class GroupRegistration implements KindRegistration {

  static final int MAX_VERSION_LENGTH = 40;

  private final EventRegistrationService registrations;

  GroupRegistration(EventRegistrationService registrations) {
    this.registrations = registrations;
  }

  @Override
  public EventKind kind() {
    return EventKind.GROUP;
  }

  @Override
  public Registered register(Event event, Person person, RegistrationBody body) {
    JsonNode version = body.json().path("codeOfConductVersion");
    if (!version.isMissingNode() && !version.isNull()
        && (!version.isTextual() || version.asText().isBlank() || version.asText().length() > MAX_VERSION_LENGTH)) {
      throw InvalidInput.of("codeOfConductVersion", "must be the version of the code of conduct you accept, as "
          + "text of at most " + MAX_VERSION_LENGTH + " characters");
    }
    RegistrationOutcome outcome = registrations.register(event.getId(), person.getId(),
        version.isTextual() ? version.asText() : null);
    return new Registered(outcome.created(), null, new Answer(outcome.status(), outcome.waitlistPosition()));
  }

  @Override
  public void unregister(Event event, Person person) {
    registrations.cancel(event.getId(), person.getId());
  }

  /**
   * What registering for a group event answers.
   *
   * @param status CONFIRMED, WAITLISTED or PENDING_APPROVAL (OFFERED when a seat is held for you)
   * @param waitlistPosition 1 for the next in line; only while waitlisted
   */
  public record Answer(RegistrationStatus status, Integer waitlistPosition) {}
}
