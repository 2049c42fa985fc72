package org.mentra.sessions.accountability.process;

import org.springframework.stereotype.Component;
import org.mentra.sessions.accountability.mail.Letters;

/** The explanation was not accepted, said kindly, with how long the strike counts. */
@Component
class SendExplanationNotAccepted extends LetterStep {

  SendExplanationNotAccepted(Letters letters) {
    super(letters, Letters.Letter.EXPLANATION_NOT_ACCEPTED);
  }
}
