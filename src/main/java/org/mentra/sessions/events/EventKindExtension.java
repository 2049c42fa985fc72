package org.mentra.sessions.events;

import org.mentra.sessions.shared.FieldProblem;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a feature adds to the events of one kind (paired support: the slot length and the pairing
 * mode, kept by pairing): it checks its fields of an {@link EventRequest}, keeps them, and shows them
 * in the API's view. Events calls it within its own transactions; publishing and cancelling reach the
 * feature as {@link EventPublished} and {@link EventCancelled}. A draft's own data goes with it when it
 * is deleted (reference the event with {@code on delete cascade}).
 */
public interface EventKindExtension {

  EventKind kind();

  /** Adds a problem for each field of this kind that the request (for a new event or a change) gets wrong. */
  void check(EventRequest request, List<FieldProblem> problems);

  /** Adds a problem for each field of this kind that a request for an event of another kind carries. */
  void checkOtherKind(EventRequest request, List<FieldProblem> problems);

  /** Refuses a change of a valid request that the event can no longer take (people planned around it). */
  default void checkChange(Event event, EventRequest request) {}

  /** Keeps this kind's fields of a new or changed event, in the transaction that saves it. */
  void save(Event event, EventRequest request);

  /** This kind's fields as the API shows them, by event id, for events of this kind. */
  Map<UUID, EventKindFields> describe(Collection<Event> events);
}
