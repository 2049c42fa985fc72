package org.mentra.sessions.events.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventFormat;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.events.EventType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.lang.Nullable;

/** The events list, its query written with only the filters given (see {@link EventListingImpl}). */
public interface EventListing {

  /** The events list's optional filters, each {@code null} for "any"; {@code pattern} is a {@code like} pattern escaped by {@code !}. */
  record ListFilter(@Nullable EventKind kind, @Nullable EventStatus status, @Nullable EventType eventType,
      @Nullable EventFormat format, @Nullable String theme, @Nullable UUID hostId, @Nullable Instant from,
      @Nullable Instant to, @Nullable String pattern) {}

  /** The events that match the filter, for staff. */
  Page<Event> list(ListFilter filter, Pageable pageable);

  /**
   * The events that match the filter that a member may see (the rules are {@code EventAudience}'s): published or
   * held public and members' events, those they host, and the others but drafts that they are invited to or
   * registered for; private and invite-only ones of hosts hidden from them never. {@code me} is null for a member
   * without a person; {@code registered} and {@code hidden} may be empty.
   */
  Page<Event> listVisible(ListFilter filter, @Nullable UUID me, Collection<UUID> registered, Collection<UUID> hidden,
      Pageable pageable);
}
