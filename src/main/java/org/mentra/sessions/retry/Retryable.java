package org.mentra.sessions.retry;

import java.util.UUID;

/** A row of background work with its retry state. */
public interface Retryable {

  UUID getId();

  RetryState retry();

  /** Still to be worked on (not yet done, not given up). */
  boolean isPending();
}
