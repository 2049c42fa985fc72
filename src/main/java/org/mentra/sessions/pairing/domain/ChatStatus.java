package org.mentra.sessions.pairing.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a chat stands. PLANNED: paired, about to be announced; SCHEDULED: announced (pinned: a
 * re-pairing never moves it). The rest are ends.
 */
public enum ChatStatus {
  PLANNED,
  SCHEDULED,
  COMPLETED,
  PATIENT_NO_SHOW,
  NO_COUNSELOR,
  CANCELLED;

  /** The statuses of a chat that holds its seat. */
  public static final Set<ChatStatus> LIVE = EnumSet.of(PLANNED, SCHEDULED);

  boolean isLive() {
    return LIVE.contains(this);
  }
}
