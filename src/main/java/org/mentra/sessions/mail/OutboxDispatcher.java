package org.mentra.sessions.mail;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.mentra.sessions.retry.RetryingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the outbox through Spring Mail: right after the composing transaction commits, and on a
 * poll for retries. Each mail is claimed by one node, sent outside any transaction and marked SENT;
 * a failure is retried with exponential back-off until the last attempt marks it FAILED, which
 * coordinators see on /outbox. Without an SMTP server (spring.mail.host unset) mail waits in the
 * outbox.
 */
@Service
@EnableConfigurationProperties(MailProperties.class)
public class OutboxDispatcher extends RetryingWorker<OutboundMessage> {

  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
  private static final int BATCH = 50;

  private final OutboxRepository outbox;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final MailProperties properties;
  private final ExecutorService afterCommitSender = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "outbox-sender");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicBoolean runScheduled = new AtomicBoolean();
  /** The SMTP connection of the run on this thread (the poller's and the after-commit sender's runs overlap). */
  private final ThreadLocal<SmtpConnection> connection = new ThreadLocal<>();
  private volatile boolean dispatchAfterCommit;

  OutboxDispatcher(OutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender, MailProperties properties,
      PlatformTransactionManager transactionManager, Clock clock) {
    super(outbox, properties.retryPolicy(), properties.claimTimeout(), transactionManager, clock);
    this.outbox = outbox;
    this.mailSender = mailSender;
    this.properties = properties;
    this.dispatchAfterCommit = properties.dispatchAfterCommit();
  }

  /** Sends everything due now; returns how many were sent. */
  @Scheduled(fixedDelayString = "${mentra.mail.poll-interval}")
  public int dispatchDue() {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      return 0;
    }
    try (SmtpConnection smtp = sender instanceof JavaMailSenderImpl impl ? new SmtpConnection(impl) : null) {
      connection.set(smtp);
      int sent = 0;
      int round;
      do {
        round = runDue(BATCH);
        sent += round;
      } while (round == BATCH);
      return sent;
    } finally {
      connection.remove();
    }
  }

  /** Called when a mail is composed: sends it once the surrounding transaction has committed. */
  void dispatchAfterCommit() {
    if (!dispatchAfterCommit || !TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        // One run sends everything committed so far; more commits meanwhile need only one more run.
        if (runScheduled.compareAndSet(false, true)) {
          afterCommitSender.execute(() -> {
            runScheduled.set(false);
            try {
              dispatchDue();
            } catch (RuntimeException e) {
              log.warn("Sending the outbox after commit failed; the poller will retry", e);
            }
          });
        }
      }
    });
  }

  /** Tests switch the after-commit sending on and off. */
  void setDispatchAfterCommit(boolean enabled) {
    this.dispatchAfterCommit = enabled;
  }

  /** A coordinator's "try all again" after an outage that outlasted the retries; returns how many. */
  @Transactional
  public int retryAllFailed() {
    List<OutboundMessage> failed = outbox.findByStatus(MailStatus.FAILED);
    failed.forEach(m -> m.retryNow(clock.instant()));
    return failed.size();
  }

  /** A coordinator's "try again" for a mail that failed for good. */
  @Transactional
  public void retryFailed(UUID id) {
    outbox.findById(id).filter(m -> m.getStatus() == MailStatus.FAILED).ifPresent(m -> m.retryNow(clock.instant()));
  }

  @Override
  protected void perform(OutboundMessage message) throws Exception {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      throw new IllegalStateException("No SMTP server configured");
    }
    SmtpConnection smtp = connection.get();
    try {
      if (smtp != null) {
        smtp.send(mime(sender, message));
      } else {
        sender.send(mime(sender, message));
      }
    } catch (MailSendException | SendFailedException e) {
      if (isPermanent(e)) {
        throw new GiveUp("the address was refused: " + e.getMessage());
      }
      throw e;
    }
  }

  private MimeMessage mime(JavaMailSender sender, OutboundMessage message) throws MessagingException {
    MimeMessage mime = sender instanceof JavaMailSenderImpl impl
        ? new StableIdMimeMessage(impl.getSession(), message.messageId())
        : sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
    try {
      helper.setFrom(new InternetAddress(properties.from()));
      helper.setTo(new InternetAddress(message.getRecipientEmail(), message.getRecipientName(), "UTF-8"));
    } catch (java.io.UnsupportedEncodingException | AddressException e) {
      throw new MessagingException("Bad address " + message.getRecipientEmail(), e);
    }
    helper.setSubject(message.getSubject());
    helper.setText(message.getTextBody(), message.getHtmlBody());
    for (OutboundAttachment attachment : message.getAttachments()) {
      helper.addAttachment(attachment.getFileName(),
          new ByteArrayDataSource(attachment.getContent().getBytes(StandardCharsets.UTF_8), attachment.getContentType()));
    }
    return mime;
  }

  /** The server refused an address (JavaMailSender wraps the refusal, a connection of our own throws it). */
  private static boolean isPermanent(Exception e) {
    return (e instanceof MailSendException wrapped ? wrapped.getFailedMessages().values().stream()
        : Stream.of(e))
        .anyMatch(cause -> cause instanceof SendFailedException sfe && sfe.getInvalidAddresses() != null
            && sfe.getInvalidAddresses().length > 0);
  }

  @PreDestroy
  void stop() {
    afterCommitSender.shutdownNow();
  }

  @Override
  protected void markDone(OutboundMessage work, Instant now) {
    work.sent(now);
  }

  @Override
  protected void markGivenUp(OutboundMessage work, Instant now) {
    work.failed();
  }

  /** Keeps our Message-ID when JavaMail would make a new one, so a resend is recognisable. */
  private static final class StableIdMimeMessage extends MimeMessage {
    private final String messageId;

    StableIdMimeMessage(jakarta.mail.Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
