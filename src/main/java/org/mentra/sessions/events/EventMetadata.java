package org.mentra.sessions.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mentra.sessions.shared.FieldProblem;

/**
 * An event's metadata: a small flat JSON object a client keeps with the event (a colour, an external
 * id). Bounded so that it stays metadata: at most {@value #MAX_KEYS} keys named like identifiers,
 * values text (up to {@value #MAX_TEXT} characters), numbers or booleans, {@value #MAX_JSON}
 * characters of JSON in all. Nested objects and lists are refused: what needs structure is a field.
 */
final class EventMetadata {

  static final int MAX_KEYS = 20;
  static final int MAX_TEXT = 500;
  static final int MAX_JSON = 4000;
  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,39}");
  private static final ObjectMapper JSON = new ObjectMapper();

  private EventMetadata() {}

  static void check(Map<String, Object> metadata, List<FieldProblem> problems) {
    if (metadata == null || metadata.isEmpty()) {
      return;
    }
    if (metadata.size() > MAX_KEYS) {
      problems.add(new FieldProblem("metadata", "at most " + MAX_KEYS + " keys, not " + metadata.size()));
      return;
    }
    metadata.forEach((key, value) -> {
      String field = "metadata." + key;
      if (!KEY.matcher(key).matches()) {
        problems.add(new FieldProblem("metadata", "key '" + shortened(key) + "' must start with a letter and have "
            + "at most 40 letters, digits, '_', '.' or '-'"));
      } else if (value instanceof String text) {
        if (text.length() > MAX_TEXT) {
          problems.add(new FieldProblem(field, "at most " + MAX_TEXT + " characters"));
        }
      } else if (!(value instanceof Number) && !(value instanceof Boolean)) {
        problems.add(new FieldProblem(field, "must be text, a number or true/false (no null, object or list)"));
      }
    });
    if (problems.stream().noneMatch(p -> p.field().startsWith("metadata")) && write(metadata).length() > MAX_JSON) {
      problems.add(new FieldProblem("metadata", "at most " + MAX_JSON + " characters of JSON"));
    }
  }

  private static String shortened(String key) {
    return key.length() <= 40 ? key : key.substring(0, 40) + "…";
  }

  private static String write(Map<String, Object> metadata) {
    try {
      return JSON.writeValueAsString(metadata);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Metadata of plain values only", e);
    }
  }

  /** The column: the object as JSON text ({@code varchar}, portable between PostgreSQL and H2). */
  @jakarta.persistence.Converter
  static final class Column implements AttributeConverter<Map<String, Object>, String> {

    @Override
    public String convertToDatabaseColumn(Map<String, Object> metadata) {
      return metadata == null || metadata.isEmpty() ? null : write(metadata);
    }

    @Override
    public Map<String, Object> convertToEntityAttribute(String column) {
      try {
        return column == null ? new LinkedHashMap<>() : JSON.readValue(column, new TypeReference<>() {});
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Unreadable event metadata", e);
      }
    }
  }
}
