package org.mentra.sessions.safety.hosts.mail;

import java.time.Instant;
import org.mentra.sessions.mail.MailComposer;
import org.mentra.sessions.mail.MailKey;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.mail.Recipient;
import org.mentra.sessions.shared.TemplateModel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The mails of host verification and of email verification, each a template pair under {@code templates/mail/safety/}. */
@Component
public class HostLetters {

  private final MailComposer mail;

  HostLetters(MailComposer mail) {
    this.mail = mail;
  }

  record HostRejected(String step, String reason, Instant reapplyAfter, String applyUrl) implements TemplateModel {
    @Override
    public String template() {
      return "safety/host-rejected";
    }
  }

  record HostVerified(Instant expiresAt, Instant renewFrom) implements TemplateModel {
    @Override
    public String template() {
      return "safety/host-verified";
    }
  }

  record HostRenewal(Instant expiresAt, String applyUrl) implements TemplateModel {
    @Override
    public String template() {
      return "safety/host-renewal";
    }
  }

  record HostBackgroundCheckLate(String applicant, Instant appliedAt, String waited, String tasklistUrl)
      implements TemplateModel {
    @Override
    public String template() {
      return "safety/host-background-check-late";
    }
  }

  record EmailVerification(String url, Instant validUntil) implements TemplateModel {
    @Override
    public String template() {
      return "safety/email-verification";
    }
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void rejected(MailStep step, Recipient applicant, String stepWords, String reason, Instant reapplyAfter,
      String applyUrl) {
    mail.compose(step.key(applicant, "host-rejected"), applicant,
        new HostRejected(stepWords, reason, reapplyAfter, applyUrl));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void verified(MailStep step, Recipient host, Instant expiresAt, Instant renewFrom) {
    mail.compose(step.key(host, "host-verified"), host, new HostVerified(expiresAt, renewFrom));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void renewal(MailStep step, Recipient host, Instant expiresAt, String applyUrl) {
    mail.compose(step.key(host, "host-renewal"), host, new HostRenewal(expiresAt, applyUrl));
  }

  /** One reminder per round: the timer repeats while the result is missing. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void backgroundCheckLate(MailStep step, Recipient coordinator, int round, String applicant,
      Instant appliedAt, String waited, String tasklistUrl) {
    mail.compose(step.key(coordinator, "host-background-check-late#" + round), coordinator,
        new HostBackgroundCheckLate(applicant, appliedAt, waited, tasklistUrl));
  }

  /** Outside a process: the mail's scope is the sending itself (one mail per person and sending). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void emailVerification(Recipient person, Instant sentAt, String url, Instant validUntil) {
    mail.compose(MailKey.of("email-verification", sentAt.toString(), person, "email-verification"), person,
        new EmailVerification(url, validUntil));
  }
}
