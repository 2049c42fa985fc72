package org.mentra.sessions.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.DomainException;
import org.mentra.sessions.shared.FieldProblem;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.NotFound;
import org.mentra.sessions.shared.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mentra.sessions.retry.ConflictRetry;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as RFC 9457 problem details: 400 names the failing fields, nothing ever carries a
 * stack trace. Global, so that errors found before any controller is chosen (an unknown path, a
 * method the path does not allow) are problems too; pages with their own handlers (one-click links)
 * keep their friendly pages.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
  /** Problem types are this plus the domain error's stable name ({@code not-found}, {@code plan-required}, …). */
  public static final String PROBLEM_TYPES = "https://mentra.example/problems/";
  private static final URI INVALID = URI.create(PROBLEM_TYPES + "invalid-request");

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> errors = new ArrayList<>();
    ex.getBindingResult().getFieldErrors().stream()
        .sorted(Comparator.comparing(FieldError::getField))
        .forEach(e -> errors.add(new FieldProblem(e.getField(), e.getDefaultMessage())));
    ex.getBindingResult().getGlobalErrors().forEach(e ->
        errors.add(new FieldProblem(e.getObjectName(), e.getDefaultMessage())));
    return invalid("The request has invalid fields.", errors);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> errors = ex.getParameterValidationResults().stream()
        .flatMap(r -> r.getResolvableErrors().stream().map(e -> new FieldProblem(
            r.getMethodParameter().getParameterName(), e.getDefaultMessage())))
        .toList();
    return invalid("The request has invalid parameters.", errors);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    FieldProblem problem = unreadable(ex);
    String where = "body".equals(problem.field()) ? "" : problem.field() + ": ";
    return invalid("The request body could not be read: " + where + problem.message(), List.of(problem));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String message = "is required.";
    return invalid("The parameter '" + ex.getParameterName() + "' is missing.",
        List.of(new FieldProblem(ex.getParameterName(), message)));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
    String expected = ex.getRequiredType() == null ? "another type" : ex.getRequiredType().getSimpleName();
    String message = "'" + ex.getValue() + "' is not a valid " + expected + ".";
    return invalid(message, List.of(new FieldProblem(ex.getName(), message)));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
    List<FieldProblem> errors = ex.getConstraintViolations().stream()
        .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
        .toList();
    return invalid("The request has invalid fields.", errors);
  }

  /** The one translation of domain errors into RFC 9457 problem details, with their stable types. */
  @ExceptionHandler(DomainException.class)
  ResponseEntity<Object> domainError(DomainException ex) {
    HttpStatus status = status(ex);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.detail());
    problem.setType(URI.create(PROBLEM_TYPES + ex.problemType()));
    problem.setTitle(ex.title());
    ex.properties().forEach(problem::setProperty);
    if (ex instanceof InvalidInput invalid) {
      problem.setProperty("errors", invalid.problems());
    }
    return ResponseEntity.status(status).body(problem);
  }

  static HttpStatus status(DomainException ex) {
    if (ex instanceof NotFound) {
      return HttpStatus.NOT_FOUND;
    }
    if (ex instanceof Conflict) {
      return HttpStatus.CONFLICT;
    }
    if (ex instanceof Refused) {
      return HttpStatus.FORBIDDEN;
    }
    return HttpStatus.BAD_REQUEST;
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
  ResponseEntity<Object> accessDenied(RuntimeException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
        "You are not allowed to do this.");
    problem.setTitle("Forbidden");
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
  }

  /**
   * Two requests changed the same thing at once and this one lost, even after the server tried again
   * ({@code RetryOnConflict}): nothing was changed, trying again is safe.
   */
  @ExceptionHandler({ConcurrencyFailureException.class, OptimisticLockingException.class})
  ResponseEntity<Object> changedMeanwhile(RuntimeException ex) {
    log.info("A request lost a race and was refused with 409: {}", ex.getMessage());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        "Someone changed this at the same moment. Nothing was changed by this request; please try again.");
    problem.setType(URI.create(PROBLEM_TYPES + "conflict"));
    problem.setTitle("Conflict");
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }

  /**
   * A unique key a concurrent request took first. A service's own check answers this case (with
   * {@code RetryOnConflict} its second attempt sees the winner); this is the answer for any unique
   * constraint without one, still a 409 and never a 500.
   */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<Object> integrityViolation(DataIntegrityViolationException ex) {
    if (!ConflictRetry.isUniqueViolation(ex)) {
      return unexpected(ex);
    }
    log.info("A request would have duplicated a unique value and was refused with 409: {}", ex.getMessage());
    return domainError(new Conflict(
        "This would duplicate something that already exists: a value that must be unique is taken. Nothing was "
            + "changed."));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception ex) {
    log.error("Unexpected error in an API call", ex);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong on our side. Nothing was changed; please try again.");
    problem.setTitle("Internal error");
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
  }

  private static ResponseEntity<Object> invalid(String detail, List<FieldProblem> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setType(INVALID);
    problem.setTitle("Invalid request");
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(problem);
  }

  /**
   * The field and what is wrong with it, in the client's terms: Jackson's own messages name our
   * classes ({@code org.mentra.sessions...PersonRequest}), which are nobody's business outside.
   */
  private static FieldProblem unreadable(@Nullable Throwable ex) {
    // The parser refuses a key given twice (spring.jackson.parser.strict-duplicate-detection; else a
    // record's second key is a 500), perhaps wrapped in a mapping error: where it stood names the key.
    for (Throwable c = ex; c != null && c.getCause() != c; c = c.getCause()) {
      if (c instanceof StreamReadException r && r.getProcessor() != null
          && r.getOriginalMessage().startsWith("Duplicate field")) {
        return new FieldProblem(path(r.getProcessor().getParsingContext()),
            "is given more than once; give each field once.");
      }
    }
    // The outermost Jackson exception knows the field; deeper causes (a DateTimeParseException) do not.
    Throwable cause = ex;
    while (cause != null && !(cause instanceof JsonProcessingException) && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    if (cause instanceof InvalidFormatException f) {
      String expected = f.getTargetType() == null ? "value" : f.getTargetType().getSimpleName();
      return new FieldProblem(path(f), "'" + f.getValue() + "' is not a valid " + expected + ".");
    }
    if (cause instanceof MismatchedInputException m && m.getTargetType() != null) {
      return new FieldProblem(path(m), "must be " + expected(m.getTargetType()) + ".");
    }
    if (cause instanceof JsonMappingException m) {
      return new FieldProblem(path(m), NoNulInJson.MESSAGE.equals(m.getOriginalMessage()) ? NoNulInJson.MESSAGE
          : "is not valid here.");
    }
    if (cause instanceof JsonProcessingException j) {
      return new FieldProblem("body", j.getOriginalMessage());
    }
    return new FieldProblem("body", "malformed or missing JSON");
  }

  /** What a JSON value of this Java type looks like, in words. */
  private static String expected(Class<?> type) {
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining(", "));
    }
    if (type == String.class) {
      return "text";
    }
    if (type == UUID.class) {
      return "an id (UUID)";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
      return "a number";
    }
    if (type == LocalDate.class) {
      return "a date such as 2026-03-03";
    }
    if (type == LocalTime.class) {
      return "a time such as 14:00";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "a date and time with its offset, such as 2026-03-03T14:00:00Z";
    }
    return "an object";
  }

  /** Where a parser stands, as {@link #path(JsonMappingException)} writes it: {@code slots[1].start}. */
  private static String path(@Nullable JsonStreamContext context) {
    java.util.Deque<JsonStreamContext> levels = new java.util.ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      levels.push(c);
    }
    StringBuilder b = new StringBuilder();
    for (JsonStreamContext level : levels) {
      if (level.inArray()) {
        b.append('[').append(Math.max(level.getCurrentIndex(), 0)).append(']');
      } else if (level.getCurrentName() != null) {
        b.append(b.isEmpty() ? "" : ".").append(level.getCurrentName());
      }
    }
    return b.isEmpty() ? "body" : b.toString();
  }

  private static String path(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!b.isEmpty()) {
          b.append('.');
        }
        b.append(ref.getFieldName());
      } else {
        b.append('[').append(ref.getIndex()).append(']');
      }
    }
    return b.isEmpty() ? "body" : b.toString();
  }
}
