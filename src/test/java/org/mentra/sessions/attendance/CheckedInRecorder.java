package org.mentra.sessions.attendance;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the check-ins published, for tests to count per session. */
@Component
class CheckedInRecorder {

  private final List<CheckedIn> seen = new CopyOnWriteArrayList<>();

  @EventListener
  void on(CheckedIn event) {
    seen.add(event);
  }

  long count(UUID sessionId, UUID personId) {
    return seen.stream().filter(e -> e.sessionId().equals(sessionId) && e.personId().equals(personId)).count();
  }
}
