package org.mentra.sessions.events;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of {@code POST /api/v1/events/{id}/register} as sent, for the kind's {@link KindRegistration}: the
 * events API reads the common {@code userId}, each kind its own fields.
 */
public interface RegistrationBody {

  JsonNode json();

  /**
   * The body as the kind's request record, checked by its Bean Validation constraints; an unreadable or
   * invalid body is a 400 naming the fields, as for any other endpoint.
   */
  <T> T read(Class<T> type);
}
