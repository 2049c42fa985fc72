package org.mentra.sessions.accountability.process;

import org.springframework.stereotype.Component;
import org.mentra.sessions.accountability.mail.Letters;

/** A coordinator excused the volunteer: the missed session does not count. */
@Component
class SendVolunteerExcused extends LetterStep {

  SendVolunteerExcused(Letters letters) {
    super(letters, Letters.Letter.VOLUNTEER_EXCUSED);
  }
}
