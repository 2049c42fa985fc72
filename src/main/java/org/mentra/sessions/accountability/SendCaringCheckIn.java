package org.mentra.sessions.accountability;

import org.springframework.stereotype.Component;

/** First missed session of a participant: "we missed you, are you all right?", with support and a way back. */
@Component
class SendCaringCheckIn extends LetterStep {

  SendCaringCheckIn(Letters letters) {
    super(letters, Letters.Letter.CARING_CHECK_IN);
  }
}
