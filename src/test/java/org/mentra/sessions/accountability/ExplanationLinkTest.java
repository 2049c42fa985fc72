package org.mentra.sessions.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.attendance.AttendanceReport;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.Http;
import org.mentra.sessions.accountability.mail.Letters;

/** The "tell us what happened" link in strike mails: GET shows, POST records, once, within the window. */
class ExplanationLinkTest extends AccountabilityTest {

  private static final Pattern LINK = Pattern.compile("https?://[^\\s\"]+/r/([A-Za-z0-9_\\-.]+)");

  @Test
  void theLinkShowsAFormThatChangesNothingUntilItIsSent() {
    Person bob = person("Bob Link", Role.PATIENT);
    AttendanceReport noShow = noShow(bob, ParticipantRole.PATIENT);
    ProcessInstance instance = caseOf(noShow);
    runDueJobs(instance);
    String link = "/r/" + token(mail(bob, Letters.Letter.CARING_CHECK_IN).getTextBody());
    Http browser = Http.anonymous(baseUrl());

    HttpResponse<String> page = browser.get(link);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(page.body()).contains("Tell us what happened", "Hi <span>Bob</span>", "name=\"explanation\"", "(Europe/Berlin)",
        "Send my note");
    assertThat(strikeOf(noShow).getExplanation()).isEmpty();
    assertThat(instance).isWaitingAt("Gateway_ExplanationOrDeadline");

    HttpResponse<String> empty = browser.postForm(link, Map.of("explanation", "   "));
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("We could not take this answer", "Your note was empty");
    assertThat(strikeOf(noShow).getExplanation()).isEmpty();
    HttpResponse<String> huge = browser.postForm(link, Map.of("explanation", "x".repeat(100_000)));
    assertThat(huge.statusCode()).isEqualTo(400);
    assertThat(huge.body()).contains("We could not take this answer", "under 2000 characters", "Back to the form");
    assertThat(strikeOf(noShow).getExplanation()).isEmpty();

    HttpResponse<String> sent = browser.postForm(link, Map.of("explanation", "I overslept after a night shift."));

    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body()).contains("Thank you for telling us");
    assertThat(strikeOf(noShow).getExplanation()).contains("I overslept after a night shift.");
    assertThat(instance).isWaitingAt("Task_ReviewExplanation");

    HttpResponse<String> again = browser.postForm(link, Map.of("explanation", "Once more"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(strikeOf(noShow).getExplanation()).contains("I overslept after a night shift.");
    assertThat(browser.get(link).statusCode()).isEqualTo(409);
  }

  @Test
  void afterTheWindowTheLinkSaysKindlyThatItIsTooLate() {
    Person mia = person("Mia Late", Role.PATIENT);
    AttendanceReport noShow = noShow(mia, ParticipantRole.PATIENT);
    runDueJobs(caseOf(noShow));
    String link = "/r/" + token(mail(mia, Letters.Letter.CARING_CHECK_IN).getTextBody());

    advance(properties.explanationWindow().plus(Duration.ofMinutes(1)));
    HttpResponse<String> page = Http.anonymous(baseUrl()).get(link);

    assertThat(page.statusCode()).isEqualTo(410);
    assertThat(page.body()).contains("This link has expired");
    assertThat(Http.anonymous(baseUrl()).postForm(link, Map.of("explanation", "late")).statusCode()).isEqualTo(410);
    assertThat(strikeOf(noShow).getExplanation()).isEmpty();
  }

  @Test
  void aChangedLinkIsRefusedWithAFriendlyPage() {
    Person ned = person("Ned Tamper", Role.PATIENT);
    handledNoShow(ned, ParticipantRole.PATIENT);
    String token = token(mail(ned, Letters.Letter.CARING_CHECK_IN).getTextBody());

    HttpResponse<String> page = Http.anonymous(baseUrl()).get("/r/" + token.substring(0, token.length() - 2) + "xy");

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("This link is not valid");
  }

  static String token(String mail) {
    Matcher link = LINK.matcher(mail);
    if (!link.find()) {
      throw new AssertionError("No one-click link in: " + mail);
    }
    return link.group(1);
  }
}
