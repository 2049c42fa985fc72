package org.mentra.sessions.engine;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A named, typed process variable: {@code COUNCIL_ID.from(execution)} instead of
 * {@code (String) execution.getVariable("councilId")}. Process variables are few and simple (ids
 * and decisions); ids are stored as strings and instants as dates so Cockpit shows them plainly.
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Function<Object, T> reader;
  private final Function<T, Object> writer;

  private ProcessVariable(String name, Function<Object, T> reader, Function<T, Object> writer) {
    this.name = name;
    this.reader = reader;
    this.writer = writer;
  }

  public static ProcessVariable<UUID> uuid(String name) {
    return new ProcessVariable<>(name, v -> UUID.fromString(v.toString()), UUID::toString);
  }

  public static ProcessVariable<String> string(String name) {
    return new ProcessVariable<>(name, Object::toString, v -> v);
  }

  public static ProcessVariable<Boolean> bool(String name) {
    return new ProcessVariable<>(name, v -> (Boolean) v, v -> v);
  }

  public static ProcessVariable<Integer> integer(String name) {
    return new ProcessVariable<>(name, v -> ((Number) v).intValue(), v -> v);
  }

  public static ProcessVariable<Instant> instant(String name) {
    return new ProcessVariable<>(name, v -> ((Date) v).toInstant(), Date::from);
  }

  public static <E extends Enum<E>> ProcessVariable<E> enumeration(String name, Class<E> type) {
    return new ProcessVariable<>(name, v -> Enum.valueOf(type, v.toString()), Enum::name);
  }

  public String name() {
    return name;
  }

  /** The value; fails clearly when the variable is missing. */
  public T from(VariableScope scope) {
    return find(scope).orElseThrow(() -> new IllegalStateException("Process variable '" + name + "' is missing"));
  }

  public Optional<T> find(VariableScope scope) {
    Object value = scope.getVariable(name);
    return value == null ? Optional.empty() : Optional.of(reader.apply(value));
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value == null ? null : writer.apply(value));
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, value == null ? null : writer.apply(value));
  }

  /** Reads the value from a plain variable map (e.g. a task's form variables). */
  public Optional<T> find(Map<String, Object> variables) {
    Object value = variables.get(name);
    return value == null ? Optional.empty() : Optional.of(reader.apply(value));
  }

  /** The stored form of a value, for variable maps given to start or correlate. */
  public Object stored(T value) {
    return writer.apply(value);
  }

  /** Adds the value to a map of variables, in its stored form. */
  public Map<String, Object> putInto(Map<String, Object> variables, T value) {
    variables.put(name, stored(value));
    return variables;
  }
}
