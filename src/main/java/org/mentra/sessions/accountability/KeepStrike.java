package org.mentra.sessions.accountability;

import org.springframework.stereotype.Component;

/** The explanation was not accepted: the strike stands. */
@Component
class KeepStrike extends DecisionStep {

  KeepStrike(StrikeService strikes) {
    super(strikes, StrikeDecision.UPHELD);
  }
}
