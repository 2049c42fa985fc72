package org.mentra.sessions.accountability.process;

import org.springframework.stereotype.Component;
import org.mentra.sessions.accountability.mail.Letters;

/** The explanation was accepted: the missed session no longer counts. */
@Component
class SendExplanationAccepted extends LetterStep {

  SendExplanationAccepted(Letters letters) {
    super(letters, Letters.Letter.EXPLANATION_ACCEPTED);
  }
}
