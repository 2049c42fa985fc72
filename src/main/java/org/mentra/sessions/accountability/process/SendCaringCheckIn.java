package org.mentra.sessions.accountability.process;

import org.springframework.stereotype.Component;
import org.mentra.sessions.accountability.mail.Letters;

/** First missed session of a participant: "we missed you, are you all right?", with support and a way back. */
@Component
class SendCaringCheckIn extends LetterStep {

  SendCaringCheckIn(Letters letters) {
    super(letters, Letters.Letter.CARING_CHECK_IN);
  }
}
