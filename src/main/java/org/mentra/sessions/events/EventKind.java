package org.mentra.sessions.events;

/** What kind of event: a group gathering, or paired support (patients talk one-to-one with counselors). */
public enum EventKind {
  GROUP,
  PAIRED_SUPPORT
}
