package org.mentra.sessions.safety.concern;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.attendance.CheckIns;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.events.EventFormat;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventRequest;
import org.mentra.sessions.events.registration.EventRegistrationProperties;
import org.mentra.sessions.events.registration.EventRegistrationService;
import org.mentra.sessions.links.ConcernContext;
import org.mentra.sessions.links.ConcernLinks;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.safety.ReportCategory;
import org.mentra.sessions.safety.ReportVariables;
import org.mentra.sessions.safety.SafetyProperties;
import org.mentra.sessions.safety.reports.Report;
import org.mentra.sessions.safety.reports.ReportRepository;
import org.mentra.sessions.support.Http;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestPeople;
import org.mentra.sessions.support.VisibleText;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The "report a concern" page behind the link in session mails and link pages: GET shows the form and changes
 * nothing, POST files the report about the link's session for the link's person, urgent concerns answer with the
 * crisis lines of the reporter's region, bad answers and broken links get kind pages.
 */
class ConcernPageTest extends IntegrationTest {

  static final Instant NOW = Instant.parse("2033-04-05T10:00:00Z");
  private static final Pattern CONCERN_LINK = Pattern.compile("href=\"https?://[^\"]*(/r/[A-Za-z0-9_\\-.]+)\">Report a concern</a>");

  @Autowired
  ConcernLinks concernLinks;
  @Autowired
  CheckIns checkIns;
  @Autowired
  EventService events;
  @Autowired
  PersonRepository people;
  @Autowired
  ReportRepository reports;
  @Autowired
  RuntimeService runtime;
  @Autowired
  SafetyProperties properties;
  @Autowired
  EventRegistrationService registrations;
  @Autowired
  EventRegistrationProperties registrationProperties;

  private Http browser;

  @BeforeEach
  void freezeClock() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    browser = Http.anonymous(baseUrl());
  }

  @Test
  void theFormChangesNothingAndThePostFilesTheReportAboutTheSessionForTheLinksPerson() {
    Person ana = person("Ana Worried", "Europe/Berlin");
    Event event = event();
    String link = path(concernLinks.url(ana.getId(), ConcernContext.event(event.getId())).orElseThrow());

    HttpResponse<String> form = browser.get(link);

    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.headers().firstValue("Cache-Control")).contains("no-store");
    String text = VisibleText.of(form.body());
    assertThat(text).contains("Report a concern", "Hi Ana", "the event \"" + event.getTitle() + "\"",
        "Harassment: unwanted messages, insults or pressure", "Someone may harm themselves",
        "A threat to someone's safety", "Something else", "This is urgent", "never shared");
    assertThat(VisibleText.codesIn(text)).as("categories in plain words, not the API's codes").isEmpty();
    assertThat(form.body()).doesNotContain("<script").contains("<form method=\"post\">");
    assertEveryInputIsLabelled(form.body());
    assertThat(filedBy(ana)).as("a GET files nothing").isEmpty();
    assertThat(browser.get(link).statusCode()).as("and can be repeated").isEqualTo(200);

    HttpResponse<String> filed = browser.postForm(link, Map.of("category", "HARASSMENT",
        "text", "Someone kept messaging me in the chat after I said stop."));

    assertThat(filed.statusCode()).isEqualTo(200);
    assertThat(VisibleText.of(filed.body())).contains("We have your report", event.getTitle(),
        "within " + properties.reviewTarget().toHours() + " hours", "never shared").doesNotContain("TelefonSeelsorge");
    List<Report> kept = filedBy(ana);
    assertThat(kept).singleElement().satisfies(report -> {
      assertThat(report.getEventId()).contains(event.getId());
      assertThat(report.getSessionId()).isEmpty();
      assertThat(report.getCategory()).isEqualTo(ReportCategory.HARASSMENT);
      assertThat(report.isUrgent()).isFalse();
      assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReportVariables.PROCESS_KEY)
          .processInstanceBusinessKey(report.getId().toString()).count()).as("its review started").isEqualTo(1);
    });
    assertThat(browser.postForm(link, Map.of("category", "SPAM", "text", "Again.")).statusCode())
        .as("a second click files nothing more").isEqualTo(409);
    assertThat(filedBy(ana)).hasSize(1);
  }

  @Test
  void anUrgentConcernAnswersWithTheCrisisLinesOfTheReportersRegion() {
    Event event = event();
    Person london = person("Leo London", "Europe/London");
    Person newYork = person("Nia Newyork", "America/New_York");

    HttpResponse<String> risk = browser.postForm(link(london, event), Map.of("category", "SELF_HARM_RISK",
        "text", "They said they do not want to be here any more."));
    HttpResponse<String> ticked = browser.postForm(link(newYork, event), Map.of("category", "OTHER",
        "text", "Someone said they would come to my house.", "urgent", "yes"));

    assertThat(VisibleText.of(risk.body())).as("a risk is urgent, ticked or not")
        .contains("we are on it now", "within " + properties.urgentResponse().toMinutes() + " minutes",
            "Samaritans (UK)", "116 123", "local emergency number").doesNotContain("988");
    assertThat(VisibleText.of(ticked.body())).contains("we are on it now", "988 Suicide & Crisis Lifeline (US)")
        .doesNotContain("Samaritans");
    assertThat(filedBy(london)).singleElement().satisfies(r -> assertThat(r.isUrgent()).isTrue());
    assertThat(filedBy(newYork)).singleElement().satisfies(r -> assertThat(r.isUrgent()).isTrue());
  }

  @Test
  void aBadAnswerIsRefusedKindlyFilesNothingAndTheLinkStillWorks() {
    Person ana = person("Ana Unsure", "Europe/Berlin");
    String link = link(ana, event());

    HttpResponse<String> noCategory = browser.postForm(link, Map.of("text", "Something happened."));
    HttpResponse<String> unknown = browser.postForm(link, Map.of("category", "NOPE", "text", "Something."));
    HttpResponse<String> empty = browser.postForm(link, Map.of("category", "SPAM", "text", "  "));

    assertThat(noCategory.statusCode()).isEqualTo(400);
    assertThat(VisibleText.of(noCategory.body())).contains("Please choose what the concern is about.",
        "your link still works", "Back to the form");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(VisibleText.of(empty.body())).contains("Please say what happened");
    assertThat(filedBy(ana)).isEmpty();
    assertThat(browser.get(link).statusCode()).isEqualTo(200);
  }

  @Test
  void anExpiredOrChangedLinkGetsAKindPage() {
    Person ana = person("Ana Late", "Europe/Berlin");
    String link = link(ana, event());
    String changed = link.substring(0, link.length() - 2) + (link.endsWith("AA") ? "BB" : "AA");

    HttpResponse<String> tampered = browser.get(changed);
    ClockUtil.setCurrentTime(Date.from(NOW.plus(properties.concernLinkValidity()).plus(Duration.ofMinutes(1))));
    HttpResponse<String> expired = browser.get(link);
    HttpResponse<String> expiredPost = browser.postForm(link, Map.of("category", "SPAM", "text", "Late."));

    assertThat(tampered.statusCode()).isEqualTo(400);
    assertThat(VisibleText.of(tampered.body())).contains("This link is not valid");
    assertThat(expired.statusCode()).isEqualTo(410);
    assertThat(VisibleText.of(expired.body())).contains("This link has expired", "reply to the email");
    assertThat(expiredPost.statusCode()).isEqualTo(410);
    assertThat(filedBy(ana)).isEmpty();
    assertThat(tampered.body() + expired.body()).as("no concern link from a link we cannot trust")
        .doesNotContain(">Report a concern</a>");
  }

  @Test
  void theOneClickPagesOfASessionOfferTheConcernLinkAboutIt() {
    Person ana = person("Ana Joining", "Europe/Berlin");
    Event event = event();
    registrations.register(event.getId(), ana.getId(), registrationProperties.codeOfConductVersion());
    String join = path(checkIns.joinUrl(SessionKind.EVENT, event.getId(), ana.getId(), event.getEndsAt()));

    HttpResponse<String> joinPage = browser.get(join);
    ClockUtil.setCurrentTime(Date.from(NOW.minus(Duration.ofDays(1))));
    HttpResponse<String> tooEarly = browser.postForm(join, Map.of("choice", "join"));

    assertThat(joinPage.statusCode()).isEqualTo(200);
    Matcher offered = CONCERN_LINK.matcher(joinPage.body());
    assertThat(offered.find()).as("link-confirm offers the concern link").isTrue();
    assertThat(VisibleText.of(browser.get(offered.group(1)).body())).contains("Report a concern", event.getTitle());
    assertThat(tooEarly.statusCode()).as("link-problem").isEqualTo(425);
    assertThat(tooEarly.body()).contains(">Report a concern</a>");
  }

  /** Every field has its label: wrapped in one, or named by one's for. */
  private static void assertEveryInputIsLabelled(String page) {
    Matcher field = Pattern.compile("<(input|textarea)\\b([^>]*)>").matcher(page);
    int fields = 0;
    while (field.find()) {
      if (field.group(2).contains("type=\"hidden\"")) {
        continue;
      }
      fields++;
      String before = page.substring(0, field.start());
      boolean wrapped = before.lastIndexOf("<label") > before.lastIndexOf("</label>");
      Matcher id = Pattern.compile("id=\"([^\"]+)\"").matcher(field.group(2));
      boolean named = id.find() && page.contains("<label for=\"" + id.group(1) + "\"");
      assertThat(wrapped || named).as("a label for %s", field.group()).isTrue();
    }
    assertThat(fields).as("six categories, the text and the urgent box").isEqualTo(8);
  }

  private List<Report> filedBy(Person reporter) {
    return reports.findAll().stream().filter(r -> r.getReporterId().equals(reporter.getId())).toList();
  }

  private String link(Person person, Event event) {
    return path(concernLinks.url(person.getId(), ConcernContext.event(event.getId())).orElseThrow());
  }

  private static String path(String url) {
    return url.substring(url.indexOf("/r/"));
  }

  private Event event() {
    Person host = people.save(TestPeople.person("Hana Host", "Europe/Berlin", Role.HOST, Plan.PROFESSIONAL));
    var at = NOW.plus(Duration.ofDays(3)).atOffset(java.time.ZoneOffset.UTC);
    return events.create(new EventRequest("Circle " + java.util.UUID.randomUUID().toString().substring(0, 6),
        "Together", null, null, EventKind.GROUP, EventFormat.VIRTUAL, at, at.plusHours(1), "Europe/Berlin",
        host.getId(), 10, null, null, false, null, null, EventStatus.PUBLISHED));
  }

  private Person person(String name, String zone) {
    return people.save(TestPeople.person(name, zone, Role.PATIENT, Plan.FREE));
  }
}
