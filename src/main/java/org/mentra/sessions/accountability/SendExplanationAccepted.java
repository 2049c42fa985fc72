package org.mentra.sessions.accountability;

import org.springframework.stereotype.Component;

/** The explanation was accepted: the missed session no longer counts. */
@Component
class SendExplanationAccepted extends LetterStep {

  SendExplanationAccepted(Letters letters) {
    super(letters, Letters.Letter.EXPLANATION_ACCEPTED);
  }
}
