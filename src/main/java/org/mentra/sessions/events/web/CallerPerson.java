package org.mentra.sessions.events.web;

import java.util.Optional;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventAudience;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.security.Caller;
import org.mentra.sessions.shared.Refused;
import org.springframework.stereotype.Component;

/** The calling member as a person (their platform user id), and how the events API sees them. */
@Component
class CallerPerson {

  private final Caller caller;
  private final EventAudience audience;

  CallerPerson(Caller caller, EventAudience audience) {
    this.caller = caller;
    this.audience = audience;
  }

  boolean isStaff() {
    return caller.isStaff();
  }

  Optional<Person> person() {
    return audience.callerPerson();
  }

  /** The member acting; refused (403) for a login without a person profile. */
  Person member() {
    return person().orElseThrow(() -> Refused.forbidden(
        "Your login has no person profile on the platform; ask a coordinator to link it."));
  }

  EventAudience.Viewer viewer() {
    return audience.callerViewer();
  }

  /** Whether the caller sees the event's room: staff and its host. */
  boolean seesRoom(Event event) {
    return audience.mayManage(event);
  }

  /** The same for a viewer already looked up (a page of events). */
  boolean seesRoom(Event event, EventAudience.Viewer viewer) {
    return audience.mayManage(event, viewer);
  }
}
