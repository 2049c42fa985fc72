package org.mentra.sessions.pairing.process;

import java.time.Duration;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Timer dates for the diagrams, relative to a start:
 * {@code ${pairingTimes.before(chatStart, pairingProperties.reminderBefore)}}.
 */
@Component
public class PairingTimes {

  public Date before(Date start, String isoDuration) {
    return Date.from(start.toInstant().minus(Duration.parse(isoDuration)));
  }

  public Date after(Date start, String isoDuration) {
    return Date.from(start.toInstant().plus(Duration.parse(isoDuration)));
  }
}
