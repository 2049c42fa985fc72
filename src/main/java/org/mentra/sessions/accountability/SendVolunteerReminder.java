package org.mentra.sessions.accountability;

import org.springframework.stereotype.Component;

/** A coordinator reminded the volunteer of the commitment. */
@Component
class SendVolunteerReminder extends LetterStep {

  SendVolunteerReminder(Letters letters) {
    super(letters, Letters.Letter.VOLUNTEER_REMINDED);
  }
}
