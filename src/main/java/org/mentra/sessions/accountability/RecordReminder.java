package org.mentra.sessions.accountability;

import org.springframework.stereotype.Component;

/** A coordinator chose to remind the volunteer of the commitment: the strike stands. */
@Component
class RecordReminder extends DecisionStep {

  RecordReminder(StrikeService strikes) {
    super(strikes, StrikeDecision.WARNED);
  }
}
