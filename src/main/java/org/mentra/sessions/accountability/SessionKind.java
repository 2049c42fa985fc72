package org.mentra.sessions.accountability;

/** The kinds of session people attend. */
public enum SessionKind {
  COUNCIL,
  CHAT,
  EVENT
}
