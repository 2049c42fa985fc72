package org.mentra.sessions.shared;

import java.util.Map;

/** The request does not fit the current state (already confirmed, too late, taken meanwhile). */
public final class Conflict extends DomainException {

  public Conflict(String detail) {
    super("conflict", "Conflict", detail, Map.of());
  }
}
