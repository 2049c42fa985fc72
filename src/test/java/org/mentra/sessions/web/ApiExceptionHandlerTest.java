package org.mentra.sessions.web;

import org.mentra.sessions.shared.FieldProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.mock.web.MockHttpServletRequest;

/** Bad input becomes a 400 problem that names the field in the client's terms, never our class names. */
class ApiExceptionHandlerTest {

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  private final ApiExceptionHandler handler = new ApiExceptionHandler();

  enum Colour { RED, GREEN }

  record Slot(Instant start) {}

  record Sample(String name, Set<Colour> colours, List<Slot> slots, Integer size) {}

  @Test
  void aValueOfTheWrongShapeIsNamedWithoutOurClassNames() {
    ProblemDetail problem = unreadable("{\"colours\": \"RED\"}");

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(errors(problem)).containsExactly(new FieldProblem("colours", "must be a list."));
    assertThat(problem.getDetail()).isEqualTo("The request body could not be read: colours: must be a list.")
        .doesNotContain("org.mentra", "java.util");

    assertThat(errors(unreadable("{\"name\": {}}")))
        .containsExactly(new FieldProblem("name", "must be text."));
    assertThat(errors(unreadable("[1, 2]")))
        .containsExactly(new FieldProblem("body", "must be an object."));
  }

  @Test
  void aMalformedValueDeepInsideNamesItsField() {
    assertThat(errors(unreadable("{\"slots\": [{\"start\": \"2026-03-03T14:00:00Z\"}, {\"start\": \"soon\"}]}")))
        .containsExactly(new FieldProblem("slots[1].start", "'soon' is not a valid Instant."));
    assertThat(errors(unreadable("{\"size\": \"big\"}")))
        .containsExactly(new FieldProblem("size", "'big' is not a valid Integer."));
  }

  @Test
  void aKeyGivenTwiceIsNamedWhereverItIs() {
    ObjectMapper strict = JSON.copy().enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    assertThat(errors(unreadable(strict, "{\"size\": 1, \"size\": 2}")))
        .containsExactly(new FieldProblem("size", "is given more than once; give each field once."));
    assertThat(errors(unreadable(strict,
        "{\"slots\": [{\"start\": \"2026-03-03T14:00:00Z\"}, {\"start\": \"x\", \"start\": \"y\"}]}")))
        .extracting(FieldProblem::field).containsExactly("slots[1].start");
  }

  @Test
  void aNulCharacterInAnyTextIsNamedBeforeTheDatabaseRefusesIt() throws Exception {
    ObjectMapper application = JSON.copy().registerModule(new NoNulInJson().noNulCharacters());

    assertThat(errors(unreadable(application, "{\"name\": \"a \\u0000 b\"}")))
        .containsExactly(new FieldProblem("name", "must not contain a NUL character."));
    assertThat(application.readValue("{\"name\": \"a \\u0001 é 中\"}", Sample.class).name()).isEqualTo("a \u0001 é 中");
  }

  @Test
  void brokenJsonIsAProblemOfTheBody() {
    assertThat(errors(unreadable("{\"name\": ")).get(0).field()).isEqualTo("body");
  }

  @Test
  void aMissingQueryParameterIsNamed() {
    ResponseEntity<Object> response = handler.handleMissingServletRequestParameter(
        new MissingServletRequestParameterException("patientId", "UUID"), new HttpHeaders(), HttpStatus.BAD_REQUEST,
        new ServletWebRequest(new MockHttpServletRequest()));

    ProblemDetail problem = (ProblemDetail) response.getBody();
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(problem)).containsExactly(new FieldProblem("patientId", "is required."));
  }

  @Test
  void aLostRaceIsAConflictToTryAgainNotAnInternalError() {
    for (RuntimeException race : List.of(
        new org.springframework.orm.ObjectOptimisticLockingFailureException(Sample.class, "id-1"),
        new org.camunda.bpm.engine.OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE ...' failed"))) {
      ResponseEntity<Object> response = handler.changedMeanwhile(race);

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(((ProblemDetail) response.getBody()).getDetail()).contains("try again").doesNotContain("ENGINE");
    }
  }

  @Test
  void aUniqueValueTakenMeanwhileIsAConflictOtherIntegrityErrorsAreNot() {
    var taken = new org.springframework.dao.DataIntegrityViolationException("could not execute statement",
        new java.sql.SQLException("duplicate key value violates unique constraint \"person_email_key\"", "23505"));
    ResponseEntity<Object> conflict = handler.integrityViolation(taken);
    assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(((ProblemDetail) conflict.getBody()).getDetail()).contains("already exists")
        .doesNotContain("person_email_key");

    var missing = new org.springframework.dao.DataIntegrityViolationException("could not execute statement",
        new java.sql.SQLException("null value in column \"email\"", "23502"));
    assertThat(handler.integrityViolation(missing).getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
  }

  private ProblemDetail unreadable(String body) {
    return unreadable(JSON, body);
  }

  private ProblemDetail unreadable(ObjectMapper mapper, String body) {
    Exception jackson = catchThrowableOfType(Exception.class, () -> mapper.readValue(body, Sample.class));
    HttpMessageNotReadableException ex = new HttpMessageNotReadableException("JSON parse error", jackson,
        (HttpInputMessage) null);
    ResponseEntity<Object> response = handler.handleHttpMessageNotReadable(ex, new HttpHeaders(),
        HttpStatus.BAD_REQUEST, new ServletWebRequest(new MockHttpServletRequest()));
    return (ProblemDetail) response.getBody();
  }

  @SuppressWarnings("unchecked")
  private static List<FieldProblem> errors(ProblemDetail problem) {
    return (List<FieldProblem>) problem.getProperties().get("errors");
  }
}
