package org.mentra.sessions.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** 400, 401, 403 and 429 from the security filters as problem details, like every other API error. */
final class ProblemResponses {

  private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

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
      write(json, response, HttpStatus.UNAUTHORIZED, "Unauthorized", "Please log in.");
    };
  }

  static AccessDeniedHandler forbidden(ObjectMapper json) {
    return (request, response, e) -> {
      if (e instanceof CsrfException && SecurityConfig.isBasicFromAnotherSite(request)) {
        // The API has no forms: a change another site started with the browser's saved login (Fetch Metadata).
        write(json, response, HttpStatus.FORBIDDEN, "Forbidden", "Another site started this change with your "
            + "browser's saved login, so it was refused and nothing was changed. Call the API from your own "
            + "application, sending its credentials itself.");
      } else if (e instanceof CsrfException) {
        write(json, response, HttpStatus.FORBIDDEN, "Forbidden",
            "This form is out of date or was not sent from our page. Please reload the page and try again.");
      } else {
        write(json, response, HttpStatus.FORBIDDEN, "Forbidden", "You are not allowed to do this.");
      }
    };
  }

  /** A request the firewall refuses (a path parameter, an encoded slash, a control character): 400. */
  static RequestRejectedHandler rejected(ObjectMapper json) {
    return (request, response, e) -> {
      log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
      write(json, response, HttpStatus.BAD_REQUEST, "Bad Request", "This address or request is not valid here: "
          + "it contains characters we do not accept (such as ';', an encoded '/' or '%', or a control character).");
    };
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
