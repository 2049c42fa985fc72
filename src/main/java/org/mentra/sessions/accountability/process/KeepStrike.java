package org.mentra.sessions.accountability.process;

import org.springframework.stereotype.Component;
import org.mentra.sessions.accountability.domain.StrikeDecision;
import org.mentra.sessions.accountability.StrikeService;

/** The explanation was not accepted: the strike stands. */
@Component
class KeepStrike extends DecisionStep {

  KeepStrike(StrikeService strikes) {
    super(strikes, StrikeDecision.UPHELD);
  }
}
