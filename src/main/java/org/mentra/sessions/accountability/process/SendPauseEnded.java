package org.mentra.sessions.accountability.process;

import org.springframework.stereotype.Component;
import org.mentra.sessions.accountability.mail.Letters;

/** The pause is over: sign-ups (or volunteering) are open again. */
@Component
class SendPauseEnded extends LetterStep {

  SendPauseEnded(Letters letters) {
    super(letters, Letters.Letter.PAUSE_ENDED);
  }
}
