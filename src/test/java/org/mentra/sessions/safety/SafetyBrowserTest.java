package org.mentra.sessions.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventFormat;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventRequest;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.links.ConcernContext;
import org.mentra.sessions.links.ConcernLinks;
import org.mentra.sessions.links.OneClickLinks;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.safety.reports.Report;
import org.mentra.sessions.safety.reports.ReportRepository;
import org.mentra.sessions.support.Browser;
import org.mentra.sessions.support.BrowserCovers;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.OneClickPages;
import org.mentra.sessions.support.Tasklist;
import org.mentra.sessions.support.TestPeople;
import org.mentra.sessions.support.TestUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The safety module's surfaces in a real browser: the report-a-concern page, the email-verification and appeal
 * link pages, the moderators' Tasklist forms (a second moderator decides the appeal) and the coordinators'
 * safety pages.
 */
@BrowserCovers(forms = {"review-report", "decide-appeal"},
    links = {"safety.concern", "safety.verify-email", "safety.appeal"},
    pages = {"/coordination/safety", "/coordination/safety/reports/{id}"})
class SafetyBrowserTest extends IntegrationTest {

  static final Instant NOW = Instant.parse("2037-05-04T10:00:00Z");
  private static final String FIRST_MODERATOR = "browsermodann";
  private static final String SECOND_MODERATOR = "browsermodben";
  private static final String MODERATOR_PASSWORD = "moderator-secret";

  @Autowired
  ConcernLinks concernLinks;
  @Autowired
  OneClickLinks links;
  @Autowired
  EventService events;
  @Autowired
  PersonRepository people;
  @Autowired
  ReportRepository reports;
  @Autowired
  ReportService reportService;
  @Autowired
  ModerationService moderation;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  IdentityService identity;
  @Autowired
  TransactionTemplate transactions;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    moderator(FIRST_MODERATOR);
    moderator(SECOND_MODERATOR);
  }

  @Test
  void aConcernIsReportedOnAPhoneWithoutJavaScriptAndTheUsedOrChangedLinkReadsKindly() {
    Person ana = person("Ana Concerned", "Europe/Berlin", Role.PATIENT);
    Event event = event();
    String link = local(concernLinks.url(ana.getId(), ConcernContext.event(event.getId())).orElseThrow());

    OneClickPages.assertQuestionPage(link, "link-safety-concern");
    assertThat(filedBy(ana)).as("opening the page files nothing").isEmpty();
    String filed = OneClickPages.submitWithoutJavaScript(link, page -> {
      page.findElement(By.cssSelector("input[name=category][value=HARASSMENT]")).click();
      page.findElement(By.id("concern-text")).sendKeys("Someone kept messaging me after I said stop.");
    });

    assertThat(filed).contains("We have your report", event.getTitle()).doesNotContain("we are on it now");
    assertThat(filedBy(ana)).singleElement().satisfies(r -> assertThat(r.isUrgent()).isFalse());
    OneClickPages.assertKindRefusal(link, "Already done");
    OneClickPages.assertKindRefusal(link.substring(0, link.length() - 2) + (link.endsWith("AA") ? "BB" : "AA"),
        "This link is not valid");
  }

  @Test
  void anUrgentConcernAnswersWithTheCrisisLinesReadableOnAPhone() {
    Person leo = person("Leo Urgent", "Europe/London", Role.PATIENT);
    String link = local(concernLinks.url(leo.getId(), ConcernContext.event(event().getId())).orElseThrow());

    String answer = OneClickPages.submitWithoutJavaScript(link, page -> {
      page.findElement(By.cssSelector("input[name=category][value=OTHER]")).click();
      page.findElement(By.id("concern-text")).sendKeys("Someone said they would come to my house.");
      page.findElement(By.cssSelector("input[name=urgent]")).click();
    });

    assertThat(answer).contains("we are on it now", "Samaritans (UK)", "116 123", "local emergency number");
    WebDriver plain = Browser.withoutJavaScript();
    assertThat(plain.findElements(By.cssSelector(".resources li"))).as("the crisis lines, as a list").isNotEmpty();
    Browser.screenshot(plain, "link-safety-concern-urgent-desktop");
    assertThat(filedBy(leo)).singleElement().satisfies(r -> assertThat(r.isUrgent()).isTrue());
  }

  @Test
  void aSelfRegisteredPersonConfirmsTheirAddressOnTheLinksPage() {
    Person sam = TestPeople.person("Sam Selfmade", "Europe/Berlin", Role.PATIENT, Plan.FREE);
    sam.awaitEmailVerification();
    Person saved = people.save(sam);
    String link = local(links.url(EmailVerificationService.LINK, saved.getId(), "email", null,
        NOW.plus(Duration.ofDays(2))));

    OneClickPages.assertChoicePage(link, "link-safety-verify-email");
    assertThat(people.findById(saved.getId()).orElseThrow().isEmailVerified()).as("opening changes nothing")
        .isFalse();
    OneClickPages.submitWithoutJavaScript(link);
    assertThat(people.findById(saved.getId()).orElseThrow().isEmailVerified()).isTrue();
    OneClickPages.assertKindRefusal(link, "Already done");
  }

  @Test
  void aModeratorDecidesInTasklistTheReportedPersonAppealsOnTheLinkPageAndASecondModeratorDecides() {
    Person rita = person("Rita Browser", "Europe/Berlin", Role.PATIENT);
    Person rex = person("Rex Browser", "Europe/Berlin", Role.PATIENT);
    Event event = event();
    ReportFiled filed = transactions.execute(s -> reportService.fileByLink(new ReportRequest(rita.getId(),
        rex.getId(), event.getId(), null, ReportCategory.HARASSMENT, "Rude remarks in the event's chat.", false)));
    ProcessInstance review = runtime.createProcessInstanceQuery().processInstanceBusinessKey(filed.id().toString())
        .singleResult();
    runJobs(review);
    assertThat(review).isWaitingAt("Task_ReviewReport");
    String reviewTask = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult().getId();

    Tasklist ann = Tasklist.as(baseUrl(), processEngine, FIRST_MODERATOR, MODERATOR_PASSWORD)
        .openTask(reviewTask, ModerationAccess.FILTER_NAME).assertFilledFromTheProcess().assertReadable();
    assertThat(ann.formText()).contains("Rita Browser", "Rex Browser", "Rude remarks in the event's chat.",
        event.getTitle());
    Browser.screenshot(ann.driver(), "tasklist-review-report");
    ann.claim().select("Decision", "Warn them").type("Reason (the reported person reads it)",
        "Remarks like these hurt people; please keep to the code of conduct.").complete();
    Browser.await(ann.driver(), d -> tasks.createTaskQuery().taskId(reviewTask).count() == 0);
    runJobs(review);

    String appealLink = local(links.url(ModerationService.APPEAL_LINK, rex.getId(), filed.id().toString(), null,
        NOW.plus(Duration.ofDays(7))));
    OneClickPages.assertQuestionPage(appealLink, "link-safety-appeal");
    String sent = OneClickPages.submitWithoutJavaScript(appealLink, page -> page.findElement(By.tagName("textarea"))
        .sendKeys("I was misread: it was a joke between friends."));
    assertThat(sent).isNotBlank();
    runJobs(review);
    assertThat(review).isWaitingAt("Task_DecideAppeal");
    OneClickPages.assertKindRefusal(appealLink, "Already done");
    String appealTask = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult().getId();

    Tasklist sameModerator = Tasklist.as(baseUrl(), processEngine, FIRST_MODERATOR, MODERATOR_PASSWORD)
        .openTask(appealTask, ModerationAccess.FILTER_NAME);
    sameModerator.claim().choose("Withdraw the decision").type("Reason (they read it)", "On reflection.").complete();
    assertThat(sameModerator.notification()).as("who decided may not decide the appeal").contains("second moderator");
    assertThat(tasks.createTaskQuery().taskId(appealTask).count()).isEqualTo(1);
    tasks.setAssignee(appealTask, null); // Ann hands it back, as she would with Unclaim

    Tasklist ben = Tasklist.as(baseUrl(), processEngine, SECOND_MODERATOR, MODERATOR_PASSWORD)
        .openTask(appealTask, ModerationAccess.FILTER_NAME).assertFilledFromTheProcess().assertReadable();
    assertThat(ben.formText()).contains("I was misread", "please keep to the code of conduct", "Rex Browser");
    Browser.screenshot(ben.driver(), "tasklist-decide-appeal");
    ben.claim().choose("The decision stands").type("Reason (they read it)", "The remarks were unkind.").complete();
    Browser.await(ben.driver(), d -> tasks.createTaskQuery().taskId(appealTask).count() == 0);
    runJobs(review);
    assertThat(review).isEnded();

    WebDriver page = Browser.withJavaScript();
    for (String path : List.of("/coordination/safety", "/coordination/safety/reports/" + filed.id())) {
      Browser.openAs(page, baseUrl(), TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD, path);
      assertThat(Browser.bodyText(page)).contains(path.contains("reports")
          ? List.of("Rita Browser", "Rex Browser", FIRST_MODERATOR, SECOND_MODERATOR)
          : List.of("Urgent concerns", "Other reports"));
      Browser.assertReadable(page);
      Browser.screenshot(page, path.contains("reports") ? "coordination-safety-report" : "coordination-safety");
      page.manage().window().setSize(Browser.PHONE);
      page.navigate().refresh();
      Browser.assertFits(page);
      page.manage().window().setSize(Browser.DESKTOP);
    }
  }

  private void moderator(String id) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(id);
      user.setLastName("Test");
      user.setPassword(MODERATOR_PASSWORD);
      identity.saveUser(user);
      identity.createMembership(id, ModerationAccess.GROUP);
    }
  }

  private List<Report> filedBy(Person reporter) {
    return reports.findAll().stream().filter(r -> r.getReporterId().equals(reporter.getId())).toList();
  }

  private void runJobs(ProcessInstance instance) {
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(instance.getId()).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private String local(String url) {
    return baseUrl() + url.substring(url.indexOf("/r/"));
  }

  private Event event() {
    Person host = person("Hana Host", "Europe/Berlin", Role.HOST);
    var at = NOW.plus(Duration.ofDays(3)).atOffset(java.time.ZoneOffset.UTC);
    return events.create(new EventRequest("Circle " + UUID.randomUUID().toString().substring(0, 6), "Together",
        null, null, EventKind.GROUP, EventFormat.VIRTUAL, at, at.plusHours(1), "Europe/Berlin", host.getId(), 10,
        null, null, false, null, null, EventStatus.PUBLISHED));
  }

  private Person person(String name, String zone, Role role) {
    return people.save(TestPeople.person(name, zone, role, role == Role.HOST ? Plan.PROFESSIONAL : Plan.FREE));
  }
}
