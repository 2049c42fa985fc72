package org.mentra.sessions.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** One-click links over HTTP: GET shows and changes nothing, POST applies once, every problem is a friendly page. */
class LinkControllerTest extends IntegrationTest {

  @Autowired
  private TestRestTemplate http;

  @Autowired
  private OneClickLinks links;

  @Autowired
  private RecordingLinkHandler handler;

  private final UUID person = UUID.randomUUID();

  @Test
  void getShowsTheChoicePreselectedWithOneButtonAndChangesNothing() {
    String token = token("yes");

    for (int prefetch = 0; prefetch < 3; prefetch++) {
      ResponseEntity<String> page = http.getForEntity("/r/" + token, String.class);
      assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(page.getBody()).contains("Are you coming?").containsPattern("value=\"yes\"[^>]*checked")
          .doesNotContainPattern("value=\"no\"[^>]*checked").contains("<button type=\"submit\">Confirm</button>");
      assertThat(page.getHeaders().getCacheControl()).isEqualTo("no-store");
      assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
    }
    assertThat(handler.appliedFor(person)).isZero();
  }

  @Test
  void postAppliesTheChoiceOnceAndASecondPostIsAlreadyDone() {
    String token = token("yes");

    ResponseEntity<String> first = post(token, "no", "running late");
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(first.getBody()).contains("We noted: no / running late");

    ResponseEntity<String> again = post(token, "yes", null);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).contains("Already done");
    assertThat(http.getForEntity("/r/" + token, String.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(handler.appliedFor(person)).isEqualTo(1);
  }

  @Test
  void aDoubleClickFromManyThreadsAppliesExactlyOnce() throws Exception {
    String token = token("yes");
    int clicks = 4;
    CyclicBarrier together = new CyclicBarrier(clicks);
    ExecutorService threads = Executors.newFixedThreadPool(clicks);
    List<Future<HttpStatus>> results = new ArrayList<>();
    for (int i = 0; i < clicks; i++) {
      results.add(threads.submit(() -> {
        together.await(10, TimeUnit.SECONDS);
        return HttpStatus.valueOf(post(token, "yes", null).getStatusCode().value());
      }));
    }
    List<HttpStatus> statuses = new ArrayList<>();
    for (Future<HttpStatus> result : results) {
      statuses.add(result.get(60, TimeUnit.SECONDS));
    }
    threads.shutdown();

    assertThat(statuses).containsOnlyOnce(HttpStatus.OK).filteredOn(s -> s != HttpStatus.OK)
        .containsOnly(HttpStatus.CONFLICT);
    assertThat(handler.appliedFor(person)).isEqualTo(1);
  }

  @Test
  void aTamperedLinkGetsAFriendlyPageWith400AndNoTrace() {
    String token = token("yes");
    String tampered = token.substring(0, 10) + (token.charAt(10) == 'x' ? 'y' : 'x') + token.substring(11);

    for (ResponseEntity<String> response : List.of(http.getForEntity("/r/" + tampered, String.class),
        post(tampered, "yes", null))) {
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
      assertThat(response.getBody()).contains("This link is not valid").doesNotContain("Exception").doesNotContain("at org.");
    }
    assertThat(handler.appliedFor(person)).isZero();
  }

  @Test
  void anExpiredLinkIsGoneAndAppliesNothing() {
    Instant now = Instant.parse("2026-05-01T09:00:00Z");
    ClockUtil.setCurrentTime(Date.from(now));
    String token = links.token(RecordingLinkHandler.PURPOSE, person, "event-1", "yes", now.plusSeconds(3600));

    ClockUtil.setCurrentTime(Date.from(now.plusSeconds(3601)));

    assertThat(http.getForEntity("/r/" + token, String.class).getStatusCode()).isEqualTo(HttpStatus.GONE);
    ResponseEntity<String> late = post(token, "yes", null);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.GONE);
    assertThat(late.getBody()).contains("This link has expired");
    assertThat(handler.appliedFor(person)).isZero();
  }

  @Test
  void aLinkForSomeoneNoLongerInTheSessionIsRefusedWith403() {
    String token = links.token(RecordingLinkHandler.PURPOSE, person, "someone-else", "yes",
        Instant.now().plusSeconds(3600));

    ResponseEntity<String> page = http.getForEntity("/r/" + token, String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(page.getBody()).contains("This link is not for you");
    assertThat(post(token, "yes", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aSignedLinkOfAnUnknownPurposeIsRefused() {
    String token = links.token("no.such.purpose", person, "x", "yes", Instant.now().plusSeconds(3600));

    assertThat(http.getForEntity("/r/" + token, String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private String token(String choice) {
    return links.token(RecordingLinkHandler.PURPOSE, person, "event-1", choice, Instant.now().plusSeconds(3600));
  }

  private ResponseEntity<String> post(String token, String choice, String comment) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("choice", choice);
    if (comment != null) {
      form.add("comment", comment);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return http.postForEntity("/r/" + token, new HttpEntity<>(form, headers), String.class);
  }
}
