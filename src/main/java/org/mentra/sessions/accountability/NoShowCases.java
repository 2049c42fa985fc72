package org.mentra.sessions.accountability;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens one {@code no-show-accountability} case per recorded no-show, in the recording transaction
 * (a rolled-back report opens nothing). Idempotent by session and person: the report is published
 * once (AttendanceService serialises reports per person), and a case or strike that already exists
 * for the pair is never opened again.
 */
@Component
class NoShowCases {

  private final RuntimeService runtime;
  private final StrikeRepository strikes;

  NoShowCases(RuntimeService runtime, StrikeRepository strikes) {
    this.runtime = runtime;
    this.strikes = strikes;
  }

  @EventListener
  void open(NoShowRecorded event) {
    AttendanceReport noShow = event.report();
    String businessKey = NoShowCase.businessKey(noShow.sessionKind(), noShow.sessionId(), noShow.personId());
    boolean running = runtime.createProcessInstanceQuery().processDefinitionKey(NoShowCase.PROCESS_KEY)
        .processInstanceBusinessKey(businessKey).count() > 0;
    if (running || strikes.findBySessionKindAndSessionIdAndPersonId(noShow.sessionKind(), noShow.sessionId(),
        noShow.personId()).isPresent()) {
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    NoShowCase.PERSON_ID.putInto(variables, noShow.personId());
    NoShowCase.SESSION_KIND.putInto(variables, noShow.sessionKind());
    NoShowCase.SESSION_ID.putInto(variables, noShow.sessionId());
    runtime.createMessageCorrelation(AccountabilityMessage.NO_SHOW_REPORTED.messageName())
        .processInstanceBusinessKey(businessKey)
        .setVariables(variables)
        .correlateStartMessage();
  }
}
