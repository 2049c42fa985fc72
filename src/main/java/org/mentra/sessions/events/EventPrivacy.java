package org.mentra.sessions.events;

/** Who can see an event. */
public enum EventPrivacy {
  PUBLIC,
  MEMBERS,
  PRIVATE
}
