package org.mentra.sessions.events.registration;

import org.mentra.sessions.events.EventCancelled;
import org.mentra.sessions.events.EventChanged;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventPublished;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** What a group event's life means for its registrations, in the transaction of the change. */
@Component
class GroupEventListeners {

  private final EventRegistrationService registrations;

  GroupEventListeners(EventRegistrationService registrations) {
    this.registrations = registrations;
  }

  @EventListener
  void published(EventPublished event) {
    if (event.kind() == EventKind.GROUP) {
      registrations.published(event.eventId());
    }
  }

  @EventListener
  void changed(EventChanged event) {
    if (event.kind() == EventKind.GROUP) {
      registrations.eventChanged(event.eventId(), event.timeChanged());
    }
  }

  @EventListener
  void cancelled(EventCancelled event) {
    if (event.kind() == EventKind.GROUP) {
      registrations.eventCancelled(event.eventId());
    }
  }
}
