package org.mentra.sessions.pairing.process;

import static org.mentra.sessions.pairing.PairingVariables.CHAT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentra.sessions.engine.StepParameter;
import org.mentra.sessions.engine.StepParameters;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.pairing.ChatSessionService;
import org.mentra.sessions.pairing.mail.ChatLetter;
import org.springframework.stereotype.Component;

/** One letter about the chat (the task's {@code letter}: assignment, reminder, standby-invites, feedback-request). */
@Component
@StepParameter(name = "letter", values = ChatLetter.class)
class SendChatLetter implements JavaDelegate {

  private final ChatSessionService chats;

  SendChatLetter(ChatSessionService chats) {
    this.chats = chats;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChatLetter letter = StepParameters.of(execution, this);
    chats.sendLetter(letter, CHAT_ID.from(execution), MailStep.of(execution));
  }
}
