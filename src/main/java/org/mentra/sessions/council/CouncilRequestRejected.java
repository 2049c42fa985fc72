package org.mentra.sessions.council;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.mentra.sessions.web.ApiException;
import org.mentra.sessions.web.ApiException.FieldProblem;

/**
 * A council request from the Tasklist start form that was not registered. Tasklist shows the
 * message, so it says everything the coordinator needs to correct.
 */
class CouncilRequestRejected extends RuntimeException {

  /** @param fieldNames how the form calls a field of the request */
  CouncilRequestRejected(ApiException cause, UnaryOperator<String> fieldNames) {
    super(describe(cause, fieldNames), cause);
  }

  private static String describe(ApiException e, UnaryOperator<String> fieldNames) {
    String detail = e.getBody().getDetail();
    Object errors = e.getBody().getProperties() == null ? null : e.getBody().getProperties().get("errors");
    if (!(errors instanceof List<?> list) || list.isEmpty()) {
      return detail;
    }
    return detail + " " + list.stream()
        .map(p -> p instanceof FieldProblem f ? fieldNames.apply(f.field()) + ": " + f.message() : p.toString())
        .collect(Collectors.joining("; "));
  }
}
