package org.mentra.sessions.accountability;

import org.springframework.stereotype.Component;

/** A volunteer missed a session: we noticed, and they may tell us what happened before a coordinator reviews it. */
@Component
class SendVolunteerNotice extends LetterStep {

  SendVolunteerNotice(Letters letters) {
    super(letters, Letters.Letter.VOLUNTEER_MISSED);
  }
}
