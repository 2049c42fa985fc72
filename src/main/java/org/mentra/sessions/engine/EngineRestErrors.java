package org.mentra.sessions.engine;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the engine REST API tells a caller who lacks a permission: which permission on which kind of
 * resource, never which resource. The engine's own answer names it, and so told a user without any
 * rights the internal id of the process instance a business key of theirs matched (a message
 * correlation) and its process definition.
 */
@Configuration
class EngineRestErrors {

  @Bean
  ResourceConfigCustomizer engineRestAuthorizationErrors() {
    return config -> config.register(AuthorizationExceptionMapper.class);
  }

  /** More specific than the engine's mapper for every ProcessEngineException, so Jersey picks it. */
  public static class AuthorizationExceptionMapper implements ExceptionMapper<AuthorizationException> {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationExceptionMapper.class);

    @Override
    public Response toResponse(AuthorizationException e) {
      log.debug("Engine REST call refused: {}", e.getMessage());
      List<Map<String, String>> missing = e.getMissingAuthorizations().stream()
          .map(m -> Map.of("permissionName", m.getViolatedPermissionName(), "resourceName", m.getResourceType()))
          .distinct().toList();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", AuthorizationException.class.getSimpleName());
      body.put("message", "You are not allowed to do this.");
      body.put("userId", e.getUserId());
      body.put("missingAuthorizations", missing);
      return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
  }
}
