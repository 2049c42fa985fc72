package org.mentra.sessions.safety.hosts;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** A short list of free-text entries (references may hold commas) as one column, one entry a line. */
@Converter
class LinesConverter implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> values) {
    return values == null ? "" : String.join("\n", values.stream().map(v -> v.replaceAll("[\\r\\n]+", " ")).toList());
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    return column == null || column.isBlank() ? List.of()
        : Arrays.stream(column.split("\n")).filter(s -> !s.isBlank()).toList();
  }
}
