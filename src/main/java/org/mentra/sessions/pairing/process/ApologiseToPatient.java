package org.mentra.sessions.pairing.process;

import static org.mentra.sessions.pairing.PairingVariables.CHAT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.mail.MailStep;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.ChatSessionService;
import org.mentra.sessions.pairing.PairingVariables;

/** No standby was free: the patient gets an apology and a way to another time; the coordinators' form its facts. */
@Component
class ApologiseToPatient implements JavaDelegate {

  private final ChatSessionService chats;

  ApologiseToPatient(ChatSessionService chats) {
    this.chats = chats;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChatSessionService.RebookingCase facts = chats.apologiseToPatient(CHAT_ID.from(execution),
        MailStep.of(execution));
    PairingVariables.PATIENT_NAME.set(execution, facts.patientName());
    PairingVariables.PATIENT_EMAIL.set(execution, facts.patientEmail());
    PairingVariables.EVENT_TITLE.set(execution, facts.eventTitle());
    PairingVariables.SESSION_TIME.set(execution, facts.sessionTime());
    PairingVariables.LATE_COUNSELOR_NAME.set(execution, facts.lateCounselorName());
  }
}
