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
import org.mentra.sessions.support.PhoneLayout;
import org.mentra.sessions.support.TestPeople;
import org.mentra.sessions.support.TestUsers;
import org.mentra.sessions.support.VisibleText;
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
        to, HelloMail.linking("http://localhost/r/token-1"), List.of(invite)).getId());
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
  void aMailsPlainTextWrapsToThePageLongLinkAndAllAndTheRecipientFilterHasItsButton() {
    Person lena = people.save(TestPeople.person("Lena Longlink", "Europe/Berlin", Role.MENTOR, Plan.FREE));
    Recipient to = Recipient.of(lena);
    String link = "http://localhost:8080/r/" + "x".repeat(300);
    UUID id = transaction.execute(s -> composer.compose(MailKey.of("wrap-" + UUID.randomUUID(), "step", to, "hello"),
        to, HelloMail.linking(link), List.of()).getId());
    TestRestTemplate coordinator = http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);

    String page = coordinator.getForObject("/outbox/" + id, String.class);
    String css = coordinator.getForObject("/mentra.css", String.class);

    assertThat(page).containsPattern("<pre>[^<]*" + link);
    assertThat(page).contains("/mentra.css");
    String pre = rule(css, "pre");
    assertThat(pre).as("the plain text keeps its lines and breaks a long link rather than widening the page")
        .contains("white-space: pre-wrap", "overflow-wrap: anywhere", "max-width: 100%");
    assertThat(VisibleText.codesIn(VisibleText.of(page))).isEmpty();

    String list = coordinator.getForObject("/outbox?to=" + lena.getEmail(), String.class);
    assertThat(list).containsPattern("(?s)<form class=\"filter\" method=\"get\" action=\"/outbox\">.*"
        + "name=\"to\".*<button type=\"submit\">Show their mail</button>.*?</form>");
    assertThat(VisibleText.of(list)).contains("Lena Longlink", "Waiting");
    assertThat(VisibleText.codesIn(VisibleText.of(list))).isEmpty();
  }

  @Test
  void theListOfMailBecomesCardsOnAPhone() {
    Person pat = people.save(TestPeople.person("Pat Phone", "Europe/Berlin", Role.MENTOR, Plan.FREE));
    Recipient to = Recipient.of(pat);
    transaction.executeWithoutResult(s -> composer.compose(MailKey.of("phone-" + UUID.randomUUID(), "step", to, "hello"),
        to, HelloMail.linking("http://localhost/r/token-2"), List.of()));
    TestRestTemplate coordinator = http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);

    String list = coordinator.getForObject("/outbox?to=" + pat.getEmail(), String.class);

    assertThat(list).contains("Pat Phone");
    assertThat(PhoneLayout.assertEveryWideTableFits(list)).isEqualTo(1);
    assertThat(list).contains("<table class=\"stack\">");
    PhoneLayout.assertStylesheetStacksAndScrolls(coordinator.getForObject("/mentra.css", String.class));
  }

  /** The declarations of the stylesheet's rule for exactly this selector. */
  private static String rule(String css, String selector) {
    java.util.regex.Matcher rule = java.util.regex.Pattern.compile("(?m)^" + java.util.regex.Pattern.quote(selector)
        + "\\s*\\{([^}]*)}").matcher(css);
    assertThat(rule.find()).as("a rule for " + selector).isTrue();
    return rule.group(1);
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
