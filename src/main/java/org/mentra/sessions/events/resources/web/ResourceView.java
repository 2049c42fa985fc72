package org.mentra.sessions.events.resources.web;

import java.time.Instant;
import java.util.UUID;
import org.mentra.sessions.events.resources.ResourceService.Shown;
import org.mentra.sessions.events.resources.domain.EventResource;
import org.mentra.sessions.events.resources.domain.ResourceType;

/**
 * A resource as the caller may see it.
 *
 * @param url null when {@code locked}: a recording the caller's plan does not include
 * @param locked a recording that needs a plan with recording access (Premium and up)
 */
record ResourceView(UUID id, UUID eventId, String title, String url, ResourceType type, boolean locked,
    Instant addedAt) {

  static ResourceView of(EventResource r) {
    return new ResourceView(r.getId(), r.getEventId(), r.getTitle(), r.getUrl(), r.getType(), false,
        r.getCreatedAt());
  }

  static ResourceView of(Shown shown) {
    EventResource r = shown.resource();
    return new ResourceView(r.getId(), r.getEventId(), r.getTitle(), shown.locked() ? null : r.getUrl(), r.getType(),
        shown.locked(), r.getCreatedAt());
  }
}
