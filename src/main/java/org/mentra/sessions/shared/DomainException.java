package org.mentra.sessions.shared;

import java.util.Map;

/**
 * A request the domain does not allow, in words for the person who made it. It carries no HTTP
 * status: each surface (API, one-click pages, Tasklist) translates the four kinds in one place. The
 * {@link #problemType()} is stable, so clients may rely on it (it ends the RFC 9457 problem type URI).
 */
public abstract sealed class DomainException extends RuntimeException
    permits NotFound, Conflict, Refused, InvalidInput {

  private final String problemType;
  private final String title;
  private final Map<String, Object> properties;

  DomainException(String problemType, String title, String detail, Map<String, Object> properties) {
    super(detail);
    this.problemType = problemType;
    this.title = title;
    this.properties = Map.copyOf(properties);
  }

  /** A short stable name of the problem: {@code not-found}, {@code conflict}, {@code plan-required}, … */
  public String problemType() {
    return problemType;
  }

  /** The problem in a few words, the same for every occurrence of its type. */
  public String title() {
    return title;
  }

  /** The whole explanation of this occurrence. */
  public String detail() {
    return getMessage();
  }

  /** What a client may act on, e.g. {@code pausedUntil}. */
  public Map<String, Object> properties() {
    return properties;
  }
}
