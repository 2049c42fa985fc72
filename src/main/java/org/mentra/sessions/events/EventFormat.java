package org.mentra.sessions.events;

/** Where an event happens. */
public enum EventFormat {
  VIRTUAL,
  PHYSICAL,
  HYBRID
}
