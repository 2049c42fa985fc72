package org.mentra.sessions.shared;

import java.util.Map;

/**
 * The caller may not do this: not their session, or a rule about them (the plan, a pause, a limit).
 * Rules about the person have a type of their own and say what would allow it ({@code pausedUntil}).
 */
public final class Refused extends DomainException {

  public Refused(String problemType, String title, String detail, Map<String, Object> properties) {
    super(problemType, title, detail, properties);
  }

  public static Refused forbidden(String detail) {
    return new Refused("forbidden", "Forbidden", detail, Map.of());
  }
}
