package org.mentra.sessions.engine;

import java.time.Duration;
import org.mentra.sessions.retry.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How patiently a message waits for its process (see {@link MessageCorrelator}). */
@ConfigurationProperties("mentra.correlation")
public record CorrelationProperties(Duration pollInterval, int maxAttempts, Duration initialBackoff,
    Duration maxBackoff) {

  RetryPolicy retryPolicy() {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff);
  }
}
