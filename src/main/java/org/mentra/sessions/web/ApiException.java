package org.mentra.sessions.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A business error that reaches the client as RFC 9457 problem details. Services throw these; the
 * web layer turns them into responses without further mapping.
 */
public class ApiException extends ErrorResponseException {

  private static final String TYPE_BASE = "https://mentra.example/problems/";

  private ApiException(HttpStatus status, String type, String title, String detail) {
    super(status, problem(status, type, title, detail), null);
  }

  private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + type));
    problem.setTitle(title);
    return problem;
  }

  public static ApiException notFound(String what, Object id) {
    return new ApiException(HttpStatus.NOT_FOUND, "not-found", what + " not found",
        "No " + what.toLowerCase() + " with id " + id + ".");
  }

  public static ApiException conflict(String detail) {
    return new ApiException(HttpStatus.CONFLICT, "conflict", "Conflict", detail);
  }

  public static ApiException forbidden(String detail) {
    return new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
  }

  /** 403 because of the plan, a pause or a block; {@code properties} name what (e.g. pausedUntil). */
  public static ApiException notAllowed(String type, String title, String detail, Map<String, Object> properties) {
    ApiException e = new ApiException(HttpStatus.FORBIDDEN, type, title, detail);
    properties.forEach(e.getBody()::setProperty);
    return e;
  }

  /** 400 for input that is well-formed but not acceptable; each entry names a field and what is wrong. */
  public static ApiException invalid(String detail, List<FieldProblem> errors) {
    ApiException e = new ApiException(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
    e.getBody().setProperty("errors", errors);
    return e;
  }

  public static ApiException invalid(String field, String message) {
    return invalid(message, List.of(new FieldProblem(field, message)));
  }

  /** One failing field of a request. */
  public record FieldProblem(String field, String message) {}
}
