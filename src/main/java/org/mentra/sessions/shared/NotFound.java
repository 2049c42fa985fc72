package org.mentra.sessions.shared;

import java.util.Map;

/** What the request names does not exist (or is not the caller's to see). */
public final class NotFound extends DomainException {

  public NotFound(String what, Object id) {
    super("not-found", what + " not found", "No " + what.toLowerCase() + " with id " + id + ".", Map.of());
  }
}
