package org.mentra.sessions.events;

/**
 * The fields of the events API that belong to one kind of event, as that kind's
 * {@link EventKindExtension} shows them. Paired support: {@code slotMinutes} and {@code pairingMode}.
 */
public record EventKindFields(Integer slotMinutes, String pairingMode) {

  /** An event whose kind adds nothing. */
  public static final EventKindFields NONE = new EventKindFields(null, null);
}
