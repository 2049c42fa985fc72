package org.mentra.sessions.events;

/** The life of an event: drafted, published (people can sign up), then completed or cancelled. */
public enum EventStatus {
  DRAFT,
  PUBLISHED,
  COMPLETED,
  CANCELLED;

  boolean isOver() {
    return this == COMPLETED || this == CANCELLED;
  }
}
