package org.mentra.sessions.accountability;

import org.springframework.stereotype.Component;

/** A coordinator paused the volunteer for a period, with the date it ends. */
@Component
class SendVolunteeringPaused extends LetterStep {

  SendVolunteeringPaused(Letters letters) {
    super(letters, Letters.Letter.VOLUNTEERING_PAUSED);
  }
}
