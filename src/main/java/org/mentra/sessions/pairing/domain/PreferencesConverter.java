package org.mentra.sessions.pairing.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A registration's preferences as a JSON text column: read whole, never queried. */
@Converter
class PreferencesConverter implements AttributeConverter<RegistrationPreferences, String> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String convertToDatabaseColumn(RegistrationPreferences preferences) {
    try {
      return JSON.writeValueAsString(preferences == null ? RegistrationPreferences.NONE : preferences);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Preferences cannot be stored", e);
    }
  }

  @Override
  public RegistrationPreferences convertToEntityAttribute(String column) {
    try {
      return column == null || column.isBlank() ? RegistrationPreferences.NONE
          : JSON.readValue(column, RegistrationPreferences.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable registration preferences", e);
    }
  }
}
