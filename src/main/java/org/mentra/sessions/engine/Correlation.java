package org.mentra.sessions.engine;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A message for one waiting process: found by business key and, inside it, by local variables of
 * the waiting execution (for example the mentor's branch of a parallel collection).
 *
 * @param keepFor how long to keep trying when no process waits for it yet
 */
public record Correlation(ProcessMessage message, String businessKey, Map<String, Object> localMatch,
    Map<String, Object> variables, Duration keepFor) {

  public static final Duration DEFAULT_KEEP_FOR = Duration.ofHours(1);

  public Correlation {
    Objects.requireNonNull(message, "message");
    localMatch = Map.copyOf(localMatch);
    variables = Map.copyOf(variables);
  }

  public static Correlation of(ProcessMessage message, String businessKey) {
    return new Correlation(message, businessKey, Map.of(), Map.of(), DEFAULT_KEEP_FOR);
  }

  /** Only the execution whose local variable has this value receives the message. */
  public <T> Correlation where(ProcessVariable<T> variable, T value) {
    Map<String, Object> match = new LinkedHashMap<>(localMatch);
    match.put(variable.name(), variable.stored(value));
    return new Correlation(message, businessKey, match, variables, keepFor);
  }

  public <T> Correlation with(ProcessVariable<T> variable, T value) {
    Map<String, Object> vars = new LinkedHashMap<>(variables);
    vars.put(variable.name(), variable.stored(value));
    return new Correlation(message, businessKey, localMatch, vars, keepFor);
  }

  public Correlation keptFor(Duration duration) {
    return new Correlation(message, businessKey, localMatch, variables, duration);
  }

  @Override
  public String toString() {
    return message.messageName() + " to " + businessKey + (localMatch.isEmpty() ? "" : " " + localMatch);
  }
}
