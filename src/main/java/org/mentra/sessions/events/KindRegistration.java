package org.mentra.sessions.events;

import java.util.UUID;
import org.mentra.sessions.people.Person;

/**
 * How people register for events of one kind. The events API owns {@code POST/DELETE
 * /api/v1/events/{id}/register} for every kind: it finds the event and the person, checks that the caller
 * acts for themselves (or is staff), and hands the request to the kind's implementation (group events:
 * {@code events.registration}; paired support: pairing, which reads its {@code availability} from the body).
 */
public interface KindRegistration {

  EventKind kind();

  /**
   * Registers the person (the caller acts for them); {@code body} is the request as sent ({@code userId} and the
   * kind's own fields). Refusals are domain errors.
   */
  Registered register(Event event, Person person, RegistrationBody body);

  /** The person withdraws; {@code NotFound} when they have nothing to withdraw. */
  void unregister(Event event, Person person);

  /**
   * What registering answered.
   *
   * @param created whether this made a new registration (a repeated request answers what is there)
   * @param location where the registration's result can be read, when there is such a place
   * @param body the response body, serialised as JSON
   */
  record Registered(boolean created, String location, Object body) {}
}
