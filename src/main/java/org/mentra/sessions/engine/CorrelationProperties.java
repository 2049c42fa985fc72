package org.mentra.sessions.engine;

import java.time.Duration;
import org.mentra.sessions.retry.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How patiently a message waits for its process (see {@link MessageCorrelator}).
 *
 * @param deliverInBackground deliver a message kept with a request on a thread of its own once the request has
 *     committed, so the request answers without waiting for the process to move on (else in the request's thread)
 */
@ConfigurationProperties("mentra.correlation")
public record CorrelationProperties(Duration pollInterval, int maxAttempts, Duration initialBackoff,
    Duration maxBackoff, boolean deliverInBackground) {

  RetryPolicy retryPolicy() {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff);
  }
}
