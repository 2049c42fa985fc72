package org.mentra.sessions.council;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what a Camunda Form in Tasklist submits: text, numbers, date-times as ISO strings with an
 * offset, and multi-selections as JSON arrays (Spin JSON values print as their JSON).
 */
final class FormValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormValues() {}

  /** Trimmed text, or empty when missing or blank. */
  static Optional<String> text(Map<String, Object> values, String name) {
    Object value = values.get(name);
    return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString().strip());
  }

  static Optional<Integer> integer(Map<String, Object> values, String name) {
    Object value = values.get(name);
    if (value instanceof Number number) {
      return Optional.of(number.intValue());
    }
    return text(values, name).map(text -> {
      try {
        return (int) Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + ": '" + text + "' is not a number");
      }
    });
  }

  /** A date-time field: a Date, or an ISO string with an offset as the form's datetime field sends it. */
  static Optional<Instant> instant(Map<String, Object> values, String name) {
    Object value = values.get(name);
    if (value instanceof Date date) {
      return Optional.of(date.toInstant());
    }
    return text(values, name).map(text -> {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(name + ": '" + text + "' is not a date and time with a time zone offset");
      }
    });
  }

  /** A list: a JSON array (a checklist), a Java collection, or text with one entry per line or comma. */
  static List<String> strings(Map<String, Object> values, String name) {
    Object value = values.get(name);
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> collection) {
      return collection.stream().map(Object::toString).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
    String text = value.toString().strip();
    if (text.startsWith("[")) {
      try {
        return JSON.readValue(text, new TypeReference<List<Object>>() {}).stream().map(Object::toString).toList();
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(name + ": not a list", e);
      }
    }
    return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
  }
}
