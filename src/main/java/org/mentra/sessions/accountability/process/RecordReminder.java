package org.mentra.sessions.accountability.process;

import org.springframework.stereotype.Component;
import org.mentra.sessions.accountability.domain.StrikeDecision;
import org.mentra.sessions.accountability.StrikeService;

/** A coordinator chose to remind the volunteer of the commitment: the strike stands. */
@Component
class RecordReminder extends DecisionStep {

  RecordReminder(StrikeService strikes) {
    super(strikes, StrikeDecision.WARNED);
  }
}
