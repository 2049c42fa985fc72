package org.mentra.sessions.pairing.process;

import static org.mentra.sessions.pairing.PairingVariables.CHAT_ID;
import static org.mentra.sessions.pairing.PairingVariables.COUNSELOR_CHECKED_IN;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.ChatSessionService;

/** The counselor did not check in in time: recorded as a no-show, unless the check-in won the race. */
@Component
class ReportCounselorNoShow implements JavaDelegate {

  private final ChatSessionService chats;

  ReportCounselorNoShow(ChatSessionService chats) {
    this.chats = chats;
  }

  @Override
  public void execute(DelegateExecution execution) {
    COUNSELOR_CHECKED_IN.set(execution, !chats.reportCounselorNoShow(CHAT_ID.from(execution)));
  }
}
