package org.mentra.sessions.mail;

import java.time.Duration;
import org.mentra.sessions.retry.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from the sender of every mail
 * @param dispatchAfterCommit send right after the composing transaction commits (else only on poll)
 * @param pollInterval how often due and retried mail is looked for
 * @param claimTimeout how long one node holds a mail while sending; well above the SMTP time-outs
 */
@ConfigurationProperties("mentra.mail")
public record MailProperties(String from, boolean dispatchAfterCommit, Duration pollInterval, Duration claimTimeout,
    int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

  RetryPolicy retryPolicy() {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff);
  }
}
