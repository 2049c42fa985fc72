package org.mentra.sessions.accountability;

import org.springframework.stereotype.Component;

/** The pause of new sign-ups, with the reason and the date it ends. */
@Component
class SendPauseNotice extends LetterStep {

  SendPauseNotice(Letters letters) {
    super(letters, Letters.Letter.SIGN_UPS_PAUSED);
  }
}
