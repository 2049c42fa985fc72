package org.mentra.sessions.shared;

import java.util.List;
import java.util.Map;

/** Input that is well-formed but not acceptable; each problem names its field and what to change. */
public final class InvalidInput extends DomainException {

  private final List<FieldProblem> problems;

  public InvalidInput(String detail, List<FieldProblem> problems) {
    super("invalid-request", "Invalid request", detail, Map.of());
    this.problems = List.copyOf(problems);
  }

  /** One field's problem; the message is the whole detail. */
  public static InvalidInput of(String field, String message) {
    return new InvalidInput(message, List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
