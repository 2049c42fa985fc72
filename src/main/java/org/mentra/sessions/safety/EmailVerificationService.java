package org.mentra.sessions.safety;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.mentra.sessions.links.OneClickLinks;
import org.mentra.sessions.mail.DurationWords;
import org.mentra.sessions.mail.Recipient;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.safety.hosts.EmailVerificationMail;
import org.mentra.sessions.safety.hosts.EmailVerificationMailRepository;
import org.mentra.sessions.safety.hosts.mail.HostLetters;
import org.mentra.sessions.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A self-registered person confirms their email address by a one-click link before a first registration;
 * people staff created count as verified. A refused registration mails the link, at most once per
 * {@code mentra.safety.email-verification.resend-after}.
 */
@Service
public class EmailVerificationService {

  public static final String LINK = "safety.verify-email";

  private final PersonRepository people;
  private final EmailVerificationMailRepository sent;
  private final HostLetters letters;
  private final OneClickLinks links;
  private final EmailVerificationProperties properties;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  EmailVerificationService(PersonRepository people, EmailVerificationMailRepository sent, HostLetters letters,
      OneClickLinks links, EmailVerificationProperties properties, PlatformTransactionManager transactions,
      Clock clock) {
    this.people = people;
    this.sent = sent;
    this.letters = letters;
    this.links = links;
    this.properties = properties;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /**
   * Refuses (403 {@code email-not-verified}) a person whose address is not confirmed, after mailing them the
   * link. The mail is written in a transaction of its own: the refusal rolls the registration back, not the mail.
   */
  public void ensureVerified(Person person) {
    if (person.isEmailVerified()) {
      return;
    }
    ownTransaction.executeWithoutResult(status -> mailLink(person.getId()));
    throw new Refused("email-not-verified", "Email address not verified",
        "Please confirm your email address before your first registration: we have sent a link to "
            + person.getEmail() + ". Open it, press \"Confirm my address\", and register again. (We send a new link "
            + "at most every " + DurationWords.exactly(properties.resendAfter()) + ".)",
        Map.of("email", person.getEmail()));
  }

  private void mailLink(UUID personId) {
    Person person = people.getOrFail(personId);
    Instant now = clock.instant();
    EmailVerificationMail last = sent.findById(personId).orElse(null);
    if (last != null && !last.mayResendAt(now, properties.resendAfter())) {
      return;
    }
    Instant validUntil = now.plus(properties.linkValidity());
    letters.emailVerification(Recipient.of(person), now, links.url(LINK, personId, "email", null, validUntil),
        validUntil);
    if (last == null) {
      sent.save(new EmailVerificationMail(personId, now));
    } else {
      last.sent(now);
    }
  }

  /** The link was confirmed (POST): the address is verified. Returns false when it was already. */
  @Transactional
  public boolean verify(UUID personId) {
    Person person = people.getOrFail(personId);
    boolean already = person.isEmailVerified();
    person.verifyEmail(clock.instant());
    return !already;
  }
}
