package org.mentra.sessions.shared;

import java.util.Map;

/** The request does not fit the current state (already confirmed, too late, taken meanwhile). */
public final class Conflict extends DomainException {

  public Conflict(String detail) {
    super("conflict", "Conflict", detail, Map.of());
  }

  /** With what a client may act on, e.g. {@code reapplyAfter}. */
  public Conflict(String detail, Map<String, Object> properties) {
    super("conflict", "Conflict", detail, properties);
  }
}
