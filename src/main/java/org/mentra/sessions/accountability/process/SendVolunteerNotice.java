package org.mentra.sessions.accountability.process;

import org.springframework.stereotype.Component;
import org.mentra.sessions.accountability.mail.Letters;

/** A volunteer missed a session: we noticed, and they may tell us what happened before a coordinator reviews it. */
@Component
class SendVolunteerNotice extends LetterStep {

  SendVolunteerNotice(Letters letters) {
    super(letters, Letters.Letter.VOLUNTEER_MISSED);
  }
}
