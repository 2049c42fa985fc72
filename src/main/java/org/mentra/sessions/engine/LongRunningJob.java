package org.mentra.sessions.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * A job that may run long, declared by its feature as a bean with the cap it never runs past (a
 * solver's time cap). {@link JobLockTime} checks at startup that the job executor's lock outlasts it.
 *
 * @param name what the job is, with the property that sets its cap
 * @param timeCap the longest the job may run
 */
public record LongRunningJob(String name, Duration timeCap) {

  public LongRunningJob {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(timeCap, "timeCap");
  }
}
