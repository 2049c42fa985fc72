package org.mentra.sessions.accountability;

import org.springframework.stereotype.Component;

/** Second missed session: a clear, kind reminder of the commitment and of what a third would mean. */
@Component
class SendCommitmentReminder extends LetterStep {

  SendCommitmentReminder(Letters letters) {
    super(letters, Letters.Letter.COMMITMENT_REMINDER);
  }
}
