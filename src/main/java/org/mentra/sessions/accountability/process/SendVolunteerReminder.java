package org.mentra.sessions.accountability.process;

import org.springframework.stereotype.Component;
import org.mentra.sessions.accountability.mail.Letters;

/** A coordinator reminded the volunteer of the commitment. */
@Component
class SendVolunteerReminder extends LetterStep {

  SendVolunteerReminder(Letters letters) {
    super(letters, Letters.Letter.VOLUNTEER_REMINDED);
  }
}
