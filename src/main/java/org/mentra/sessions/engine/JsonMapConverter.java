package org.mentra.sessions.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small map of plain values (strings, numbers, booleans) as a JSON text column. */
@Converter
class JsonMapConverter implements AttributeConverter<Map<String, Object>, String> {

  private static final ObjectMapper JSON = new ObjectMapper();

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
