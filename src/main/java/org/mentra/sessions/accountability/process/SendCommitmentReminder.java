package org.mentra.sessions.accountability.process;

import org.springframework.stereotype.Component;
import org.mentra.sessions.accountability.mail.Letters;

/** Second missed session: a clear, kind reminder of the commitment and of what a third would mean. */
@Component
class SendCommitmentReminder extends LetterStep {

  SendCommitmentReminder(Letters letters) {
    super(letters, Letters.Letter.COMMITMENT_REMINDER);
  }
}
