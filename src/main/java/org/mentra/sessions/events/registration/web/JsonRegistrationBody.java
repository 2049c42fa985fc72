package org.mentra.sessions.events.registration.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import org.mentra.sessions.events.RegistrationBody;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * The register body for a kind: read as @RequestBody would read it, so its problems come back as the API's
 * usual 400s (the exception handler names the fields).
 */
record JsonRegistrationBody(JsonNode json, ObjectMapper mapper, Validator validator, HttpInputMessage input)
    implements RegistrationBody {

  @Override
  public <T> T read(Class<T> type) {
    T value;
    try {
      value = mapper.treeToValue(json, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new HttpMessageNotReadableException("The request body could not be read", e, input);
    }
    Set<ConstraintViolation<T>> violations = validator.validate(value);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return value;
  }
}
