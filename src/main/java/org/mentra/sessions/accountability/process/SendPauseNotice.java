package org.mentra.sessions.accountability.process;

import org.springframework.stereotype.Component;
import org.mentra.sessions.accountability.mail.Letters;

/** The pause of new sign-ups, with the reason and the date it ends. */
@Component
class SendPauseNotice extends LetterStep {

  SendPauseNotice(Letters letters) {
    super(letters, Letters.Letter.SIGN_UPS_PAUSED);
  }
}
