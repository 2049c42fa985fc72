package org.mentra.sessions.safety.reports.process;

/** Which escalation of an untouched urgent concern: the first, at the response target, or the one after. */
enum EscalationRound {
  FIRST,
  AGAIN
}
