package org.mentra.sessions.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 from the security filters as problem details, like every other API error. */
final class ProblemResponses {

  private ProblemResponses() {}

  static AuthenticationEntryPoint unauthorized(ObjectMapper json, boolean basic) {
    return (request, response, e) -> {
      if (e instanceof LoginThrottledException throttled) {
        tooManyFailedLogins(json, response, throttled.retryAfter());
        return;
      }
      if (basic) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Mentra Sessions\"");
      }
      write(json, response, HttpStatus.UNAUTHORIZED, "Unauthorized", "Please log in to use the API.");
    };
  }

  static AccessDeniedHandler forbidden(ObjectMapper json) {
    return (request, response, e) ->
        write(json, response, HttpStatus.FORBIDDEN, "Forbidden", "You are not allowed to do this.");
  }

  /** 429 with Retry-After: the login throttle's back-off, which ends by itself. */
  static void tooManyFailedLogins(ObjectMapper json, HttpServletResponse response, Duration retryAfter)
      throws IOException {
    long seconds = LoginThrottle.seconds(retryAfter);
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    write(json, response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins",
        "Too many failed logins from here or for this user. Please try again in " + seconds + " seconds.");
  }

  private static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String title,
      String detail) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
