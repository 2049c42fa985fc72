package org.mentra.sessions.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The transactional outbox against a real SMTP server (GreenMail) and a real PostgreSQL. */
class OutboxIntegrationTest extends IntegrationTest {

  private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

  @Autowired
  private MailComposer composer;

  @Autowired
  private OutboxDispatcher dispatcher;

  @Autowired
  private OutboxRepository outbox;

  @Autowired
  private PersonRepository people;

  @Autowired
  private TransactionTemplate transaction;

  private Person anna;

  @BeforeEach
  void setUp() throws Exception {
    ClockUtil.setCurrentTime(java.util.Date.from(NOW));
    anna = people.save(TestPeople.person("Anna Berg", "Europe/Berlin", Role.MENTOR, Plan.PROFESSIONAL));
    dispatcher.dispatchDue(); // whatever earlier tests left waiting
    SMTP.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void smtpUpAgain() {
    if (!SMTP.isRunning()) {
      SMTP.start();
    }
    dispatcher.setDispatchAfterCommit(false);
  }

  @Test
  void smtpDownThenUpSendsEveryMailExactlyOnce() throws Exception {
    SMTP.stop();
    List<UUID> ids = List.of(compose("one"), compose("two"), compose("three"));

    assertThat(dispatcher.dispatchDue()).isZero();
    assertThat(ids).allSatisfy(id -> {
      OutboundMessage m = outbox.findById(id).orElseThrow();
      assertThat(m.getStatus()).isEqualTo(MailStatus.PENDING);
      assertThat(m.retry().attempts()).isEqualTo(1);
      assertThat(m.retry().lastError()).isNotBlank();
    });

    SMTP.start();
    assertThat(dispatcher.dispatchDue()).as("the back-off has not passed yet").isZero();

    ClockUtil.setCurrentTime(java.util.Date.from(NOW.plusSeconds(31)));
    assertThat(dispatcher.dispatchDue()).isEqualTo(3);
    assertThat(dispatcher.dispatchDue()).as("nothing is sent twice").isZero();

    MimeMessage[] received = SMTP.getReceivedMessagesForDomain(anna.getEmail());
    assertThat(received).hasSize(3);
    assertThat(Arrays.stream(received).map(m -> header(m, "Message-ID")))
        .as("each mail keeps its own stable Message-ID").doesNotHaveDuplicates()
        .allMatch(id -> id.endsWith("@mentra-sessions>"));
    assertThat(ids).allSatisfy(id -> assertThat(outbox.findById(id).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT));
  }

  @Test
  void twoNodesDispatchingAtOnceSendEachMailOnce() throws Exception {
    List<UUID> ids = IntStream.range(0, 12).mapToObj(i -> compose("together-" + i)).toList();

    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    List<Future<Integer>> runs = new ArrayList<>();
    for (int node = 0; node < 2; node++) {
      runs.add(nodes.submit(() -> {
        together.await(10, TimeUnit.SECONDS);
        return dispatcher.dispatchDue();
      }));
    }
    for (Future<Integer> run : runs) {
      run.get(60, TimeUnit.SECONDS);
    }
    nodes.shutdown();

    MimeMessage[] received = SMTP.getReceivedMessagesForDomain(anna.getEmail());
    assertThat(received).hasSize(12);
    assertThat(Arrays.stream(received).map(m -> header(m, "Message-ID"))).doesNotHaveDuplicates();
    assertThat(ids).allSatisfy(id -> assertThat(outbox.findById(id).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT));
  }

  @Test
  void aMailHeldByANodeThatDiedIsSentOnceItsClaimRunsOut() {
    UUID id = compose("orphaned");
    // Another node claimed it and died before sending.
    transaction.executeWithoutResult(s -> outbox.findById(id).orElseThrow().retry().claim(NOW, Duration.ofMinutes(2)));

    dispatcher.dispatchDue();
    assertThat(SMTP.getReceivedMessagesForDomain(anna.getEmail())).as("still claimed by the other node").isEmpty();

    ClockUtil.setCurrentTime(java.util.Date.from(NOW.plus(Duration.ofMinutes(2)).plusSeconds(1)));
    dispatcher.dispatchDue();

    assertThat(SMTP.getReceivedMessagesForDomain(anna.getEmail())).hasSize(1);
    assertThat(outbox.findById(id).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT);
  }

  @Test
  void aMailKeyComposesOnceHoweverOftenTheStepRuns() {
    MailKey key = MailKey.of("council-" + UUID.randomUUID(), "Task_Confirm", Recipient.of(anna), "confirmation");

    UUID first = inTransaction(() -> composer.compose(key, Recipient.of(anna), HelloMail.sample()).getId());
    UUID second = inTransaction(() -> composer.compose(key, Recipient.of(anna), HelloMail.sample()).getId());

    assertThat(second).isEqualTo(first);
    assertThat(outbox.findByRecipientPersonIdOrderByCreatedAt(anna.getId())).hasSize(1);
  }

  @Test
  void aRolledBackStepLeavesNoMailBehind() {
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      composer.compose(MailKey.of("scope", "step", Recipient.of(anna), "rolled-back"), Recipient.of(anna),
          HelloMail.sample());
      throw new IllegalStateException("the step failed after composing");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(outbox.findByRecipientPersonIdOrderByCreatedAt(anna.getId())).isEmpty();
    dispatcher.dispatchDue();
    assertThat(SMTP.getReceivedMessagesForDomain(anna.getEmail())).isEmpty();
  }

  @Test
  void composingOutsideATransactionIsRefused() {
    assertThatThrownBy(() -> composer.compose(MailKey.of("s", "t", Recipient.of(anna), "p"), Recipient.of(anna),
        HelloMail.sample())).isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
  }

  @Test
  void aComposedMailIsSentRightAfterCommitWithHtmlTextAndInvite() throws Exception {
    dispatcher.setDispatchAfterCommit(true);
    MailAttachment invite = new MailAttachment("invite.ics", "text/calendar; method=REQUEST; charset=UTF-8",
        "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");

    inTransaction(() -> composer.compose(MailKey.of("s-" + UUID.randomUUID(), "t", Recipient.of(anna), "p"),
        Recipient.of(anna), HelloMail.sample(), List.of(invite)).getId());

    assertThat(SMTP.waitForIncomingEmail(10_000, 1)).as("sent after commit without a poll").isTrue();
    MimeMessage mail = SMTP.getReceivedMessagesForDomain(anna.getEmail())[0];
    assertThat(mail.getSubject()).isEqualTo("Hello Anna");
    String raw = new String(mail.getRawInputStream().readAllBytes());
    assertThat(mail.getContentType()).startsWith("multipart/mixed");
    assertThat(raw + dump(mail)).contains("text/calendar; method=REQUEST");
    assertThat(dump(mail)).contains("Tuesday, 2 June 2026, 16:00–17:00 CEST (Europe/Berlin)")
        .contains("https://example.org/r/abc");
  }

  @Test
  void aMailThatKeepsFailingEndsFailedAndVisible() {
    SMTP.stop();
    UUID id = compose("doomed");
    Instant clock = NOW;
    for (int attempt = 0; attempt < 8; attempt++) {
      dispatcher.dispatchDue();
      clock = clock.plusSeconds(3600);
      ClockUtil.setCurrentTime(java.util.Date.from(clock));
    }

    OutboundMessage failed = outbox.findById(id).orElseThrow();
    assertThat(failed.getStatus()).isEqualTo(MailStatus.FAILED);
    assertThat(failed.retry().attempts()).isEqualTo(8);

    SMTP.start();
    dispatcher.retryFailed(id);
    assertThat(dispatcher.dispatchDue()).isEqualTo(1);
    assertThat(outbox.findById(id).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT);
  }

  @Test
  void afterALongOutageCoordinatorsTryAllFailedMailAgainAtOnce() {
    SMTP.stop();
    List<UUID> ids = List.of(compose("first"), compose("second"));
    Instant clock = NOW;
    for (int attempt = 0; attempt < 8; attempt++) {
      dispatcher.dispatchDue();
      clock = clock.plusSeconds(3600);
      ClockUtil.setCurrentTime(java.util.Date.from(clock));
    }
    assertThat(ids).allSatisfy(id -> assertThat(outbox.findById(id).orElseThrow().getStatus())
        .isEqualTo(MailStatus.FAILED));

    SMTP.start();
    assertThat(dispatcher.retryAllFailed()).isGreaterThanOrEqualTo(2);
    dispatcher.dispatchDue();

    assertThat(ids).allSatisfy(id -> assertThat(outbox.findById(id).orElseThrow().getStatus())
        .isEqualTo(MailStatus.SENT));
  }

  @Test
  void theSubjectComesFromTheTitleAndTimesFromTheRecipientsZone() {
    RenderedMail mail = composer.render(HelloMail.sample(), Recipient.of(anna));

    assertThat(mail.subject()).isEqualTo("Hello Anna");
    assertThat(mail.text()).contains("Tuesday, 2 June 2026, 16:00–17:00 CEST (Europe/Berlin)");
    assertThat(mail.html()).contains("<a href=\"https://example.org/r/abc\">");
  }

  private UUID compose(String purpose) {
    return inTransaction(() -> composer.compose(MailKey.of("scope-" + UUID.randomUUID(), "step", Recipient.of(anna),
        purpose), Recipient.of(anna), HelloMail.sample()).getId());
  }

  private <T> T inTransaction(java.util.function.Supplier<T> work) {
    return transaction.execute(status -> work.get());
  }


  private static String header(MimeMessage message, String name) {
    try {
      return message.getHeader(name, null);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** All text parts of a mail, decoded. */
  private static String dump(MimeMessage message) throws Exception {
    StringBuilder text = new StringBuilder();
    append(message.getContent(), text);
    return text.toString();
  }

  private static void append(Object content, StringBuilder text) throws Exception {
    if (content instanceof MimeMultipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        var part = multipart.getBodyPart(i);
        text.append(part.getContentType()).append('\n');
        append(part.getContent(), text);
      }
    } else if (content instanceof String s) {
      text.append(s).append('\n');
    } else if (content instanceof java.io.InputStream in) {
      text.append(new String(in.readAllBytes())).append('\n');
    }
  }
}
