package org.mentra.sessions.accountability;

import org.springframework.stereotype.Component;

/** The pause is over: sign-ups (or volunteering) are open again. */
@Component
class SendPauseEnded extends LetterStep {

  SendPauseEnded(Letters letters) {
    super(letters, Letters.Letter.PAUSE_ENDED);
  }
}
