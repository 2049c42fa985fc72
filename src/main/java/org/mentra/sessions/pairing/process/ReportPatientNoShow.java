package org.mentra.sessions.pairing.process;

import static org.mentra.sessions.pairing.PairingVariables.CHAT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.ChatSessionService;
import org.mentra.sessions.pairing.PairingVariables;

/** The patient never checked in: recorded as a no-show. */
@Component
class ReportPatientNoShow implements JavaDelegate {

  private final ChatSessionService chats;

  ReportPatientNoShow(ChatSessionService chats) {
    this.chats = chats;
  }

  @Override
  public void execute(DelegateExecution execution) {
    chats.reportPatientNoShow(CHAT_ID.from(execution));
    PairingVariables.PATIENT_NO_SHOW.set(execution, true);
  }
}
