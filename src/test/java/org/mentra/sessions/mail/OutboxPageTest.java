package org.mentra.sessions.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestPeople;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/** Coordinators read every mail in the outbox as its recipient would, links and invites included. */
class OutboxPageTest extends IntegrationTest {

  @Autowired
  private TestRestTemplate http;

  @Autowired
  private MailComposer composer;

  @Autowired
  private PersonRepository people;

  @Autowired
  private TransactionTemplate transaction;

  @Test
  void aMailIsShownWithItsLinksAndItsInviteToDownload() {
    Person kofi = people.save(TestPeople.person("Kofi Page", "Africa/Accra", Role.MENTOR, Plan.FREE));
    Recipient to = Recipient.of(kofi);
    MailAttachment invite = new MailAttachment("invite.ics", "text/calendar; method=REQUEST; charset=UTF-8",
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
    UUID id = transaction.execute(s -> composer.compose(MailKey.of("page-" + UUID.randomUUID(), "step", to, "hello"),
        to, "test/hello", Map.of("start", Instant.parse("2026-06-02T14:00:00Z"),
            "end", Instant.parse("2026-06-02T15:00:00Z"), "link", "http://localhost/r/token-1"), List.of(invite)).getId());
    TestRestTemplate coordinator = http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);

    assertThat(coordinator.getForObject("/outbox?status=PENDING&to=" + kofi.getEmail(), String.class))
        .contains("Hello Kofi");
    assertThat(coordinator.getForObject("/outbox?status=SENT&to=" + kofi.getEmail(), String.class))
        .doesNotContain("Hello Kofi");

    ResponseEntity<String> page = coordinator.getForEntity("/outbox/" + id, String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Hello Kofi").contains("invite.ics")
        .contains("&lt;base target=&quot;_blank&quot;&gt;")
        .contains("http://localhost/r/token-1")
        .contains("14:00–15:00 GMT (Africa/Accra)");

    ResponseEntity<String> download = coordinator.getForEntity("/outbox/" + id + "/attachments/0", String.class);
    assertThat(download.getHeaders().getContentType().toString()).startsWith("text/calendar");
    assertThat(download.getBody()).startsWith("BEGIN:VCALENDAR");
    assertThat(coordinator.getForEntity("/outbox/" + UUID.randomUUID(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aChangeFromTheOutboxPageNeedsItsCsrfToken() {
    // The coordinators' browser sends their Basic credentials with every request, so a foreign page could
    // post for them: the outbox's buttons carry a CSRF token, and a post without it is refused.
    ResponseEntity<String> forged = http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD)
        .postForEntity("/outbox/retry-failed", null, String.class);

    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
