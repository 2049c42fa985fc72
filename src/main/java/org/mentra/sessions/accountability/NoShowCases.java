package org.mentra.sessions.accountability;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.mentra.sessions.attendance.AttendanceReport;
import org.mentra.sessions.attendance.NoShowRecorded;
import org.mentra.sessions.attendance.NoShowWithdrawn;
import org.mentra.sessions.engine.Correlation;
import org.mentra.sessions.engine.MessageCorrelator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.mentra.sessions.accountability.domain.StrikeRepository;
import org.mentra.sessions.accountability.domain.StrikeStatus;

/**
 * Opens one {@code no-show-accountability} case per recorded no-show, in the recording transaction
 * (a rolled-back report opens nothing), and closes it when the no-show is corrected. Idempotent by
 * session and person: the report is published once (AttendanceService serialises reports per
 * person), and while a case runs or a strike counts (or was excused) for the pair, none is opened
 * again; only a no-show reported anew after a correction opens a new case.
 */
@Component
class NoShowCases {

  /** The correction reaches a running case at once; kept a little in case it races the case's first step. */
  private static final Duration CORRECTION_KEPT_FOR = Duration.ofMinutes(30);

  private final RuntimeService runtime;
  private final StrikeRepository strikes;
  private final StrikeService strikeService;
  private final MessageCorrelator correlator;

  NoShowCases(RuntimeService runtime, StrikeRepository strikes, StrikeService strikeService,
      MessageCorrelator correlator) {
    this.runtime = runtime;
    this.strikes = strikes;
    this.strikeService = strikeService;
    this.correlator = correlator;
  }

  @EventListener
  void open(NoShowRecorded event) {
    AttendanceReport noShow = event.report();
    String businessKey = NoShowCase.businessKey(noShow.sessionKind(), noShow.sessionId(), noShow.personId());
    boolean handled = strikes.findBySessionKindAndSessionIdAndPersonId(noShow.sessionKind(), noShow.sessionId(),
        noShow.personId()).filter(strike -> strike.getStatus() != StrikeStatus.WITHDRAWN).isPresent();
    if (handled || isRunning(businessKey)) {
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

  /**
   * A corrected no-show: the strike is withdrawn now (whether or not its case still runs), and a
   * running case is closed.
   */
  @EventListener
  void close(NoShowWithdrawn event) {
    AttendanceReport correction = event.report();
    strikeService.withdraw(correction.sessionKind(), correction.sessionId(), correction.personId());
    String businessKey =
        NoShowCase.businessKey(correction.sessionKind(), correction.sessionId(), correction.personId());
    if (isRunning(businessKey)) {
      correlator.correlateAfterCommit(Correlation.of(AccountabilityMessage.NO_SHOW_WITHDRAWN, businessKey)
          .keptFor(CORRECTION_KEPT_FOR));
    }
  }

  private boolean isRunning(String businessKey) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(NoShowCase.PROCESS_KEY)
        .processInstanceBusinessKey(businessKey).count() > 0;
  }
}
