package org.mentra.sessions.accountability.process;

import org.springframework.stereotype.Component;
import org.mentra.sessions.accountability.mail.Letters;

/** A coordinator paused the volunteer for a period, with the date it ends. */
@Component
class SendVolunteeringPaused extends LetterStep {

  SendVolunteeringPaused(Letters letters) {
    super(letters, Letters.Letter.VOLUNTEERING_PAUSED);
  }
}
