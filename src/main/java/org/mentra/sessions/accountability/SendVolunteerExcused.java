package org.mentra.sessions.accountability;

import org.springframework.stereotype.Component;

/** A coordinator excused the volunteer: the missed session does not count. */
@Component
class SendVolunteerExcused extends LetterStep {

  SendVolunteerExcused(Letters letters) {
    super(letters, Letters.Letter.VOLUNTEER_EXCUSED);
  }
}
