package org.mentra.sessions.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A run of the outbox sends over one SMTP connection and marks each mail sent as soon as the server has taken
 * it, before the connection's QUIT: a node killed after the server took a mail finds it marked, not waiting to
 * be sent again by another node.
 */
class OneSmtpConnectionPerRunTest extends IntegrationTest {

  @Autowired
  private MailComposer composer;
  @Autowired
  private OutboxDispatcher sharedDispatcher;
  @Autowired
  private OutboxRepository outbox;
  @Autowired
  private PersonRepository people;
  @Autowired
  private TransactionTemplate transaction;
  @Autowired
  private MailProperties properties;
  @Autowired
  private PlatformTransactionManager transactionManager;
  @Autowired
  private Clock clock;

  @Test
  void eachMailIsMarkedSentBeforeTheConnectionSaysQuit() throws Exception {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-01T08:00:00Z")));
    sharedDispatcher.dispatchDue(); // whatever earlier tests left waiting
    Person anna = people.save(TestPeople.person("Anna Quit", "Europe/Berlin", Role.MENTOR, Plan.PROFESSIONAL));
    List<UUID> ids = List.of(compose(anna, "one"), compose(anna, "two"), compose(anna, "three"));

    try (FakeSmtpServer smtp = new FakeSmtpServer(() -> ids.stream()
        .map(id -> outbox.findById(id).orElseThrow().getStatus()).toList())) {
      JavaMailSenderImpl sender = new JavaMailSenderImpl();
      sender.setHost("127.0.0.1");
      sender.setPort(smtp.port());
      StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mailSender", sender));
      OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, beans.getBeanProvider(JavaMailSender.class),
          properties, transactionManager, clock);

      assertThat(dispatcher.dispatchDue()).isEqualTo(3);

      assertThat(smtp.messages.get()).isEqualTo(3);
      assertThat(smtp.connections.get()).as("one connection for the run").isEqualTo(1);
      assertThat(smtp.statusesAtQuit).as("the outbox when the server was told QUIT")
          .containsExactly(List.of(MailStatus.SENT, MailStatus.SENT, MailStatus.SENT));
    }
  }

  private UUID compose(Person to, String purpose) {
    return transaction.execute(status -> composer.compose(MailKey.of("scope-" + UUID.randomUUID(), "step",
        Recipient.of(to), purpose), Recipient.of(to), HelloMail.sample()).getId());
  }

  /** Just enough SMTP for JavaMail; at each QUIT it notes what the outbox says of the mails. */
  private static final class FakeSmtpServer implements AutoCloseable {
    private final ServerSocket socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    private final Thread thread;
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger messages = new AtomicInteger();
    final List<List<MailStatus>> statusesAtQuit = Collections.synchronizedList(new ArrayList<>());

    FakeSmtpServer(Supplier<List<MailStatus>> outboxAtQuit) throws IOException {
      thread = new Thread(() -> {
        while (!socket.isClosed()) {
          try (Socket client = socket.accept()) {
            connections.incrementAndGet();
            converse(client, outboxAtQuit);
          } catch (IOException closed) {
            return;
          }
        }
      }, "fake-smtp");
      thread.setDaemon(true);
      thread.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    private void converse(Socket client, Supplier<List<MailStatus>> outboxAtQuit) throws IOException {
      BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
      Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII);
      reply(out, "220 fake ESMTP");
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
        switch (command) {
          case "EHLO", "HELO" -> reply(out, "250 fake");
          case "DATA" -> {
            reply(out, "354 go on");
            for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
              // the message itself is not looked at
            }
            messages.incrementAndGet();
            reply(out, "250 taken");
          }
          case "QUIT" -> {
            statusesAtQuit.add(outboxAtQuit.get());
            reply(out, "221 bye");
            return;
          }
          default -> reply(out, "250 ok"); // MAIL, RCPT, RSET, NOOP
        }
      }
    }

    private static void reply(Writer out, String line) throws IOException {
      out.write(line + "\r\n");
      out.flush();
    }

    @Override
    public void close() throws Exception {
      socket.close();
      thread.join(5_000);
    }
  }
}
