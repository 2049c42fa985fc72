package org.mentra.sessions.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A small map of plain values (strings, numbers, booleans) as a JSON text column. */
@Converter
class JsonMapConverter implements AttributeConverter<Map<String, Object>, String> {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonMapConverter INSTANCE = new JsonMapConverter();

  /**
   * The map, when every value comes back from the column as it went in; else fails at once, naming
   * the value. A Date (an instant variable) would come back as a number, a Long as an Integer, and
   * the process would find a variable of another type than it was given.
   */
  static Map<String, Object> requireKeptAsIs(Map<String, Object> map) {
    Map<String, Object> readBack = INSTANCE.convertToEntityAttribute(INSTANCE.convertToDatabaseColumn(map));
    map.forEach((name, value) -> {
      if (!Objects.equals(value, readBack.get(name))) {
        throw new IllegalArgumentException("Variable '" + name + "' (" + value.getClass().getSimpleName()
            + ") cannot be kept for later delivery: only text, whole numbers (int), decimals and booleans can");
      }
    });
    return map;
  }

  @Override
  public String convertToDatabaseColumn(Map<String, Object> map) {
    try {
      return JSON.writeValueAsString(map == null ? Map.of() : map);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Only plain values can be kept for a correlation", e);
    }
  }

  @Override
  public Map<String, Object> convertToEntityAttribute(String column) {
    try {
      return column == null ? new LinkedHashMap<>() : JSON.readValue(column, new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable correlation data", e);
    }
  }
}
