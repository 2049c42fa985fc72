package org.mentra.sessions.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.accountability.mail.Letters;
import org.mentra.sessions.attendance.AttendanceReport;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.Browser;
import org.mentra.sessions.support.BrowserCovers;
import org.mentra.sessions.support.OneClickPages;
import org.mentra.sessions.support.Tasklist;
import org.mentra.sessions.support.TestUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** A missed session in a real browser: the note page, the coordinators' reviews and lifting a pause in Tasklist. */
@BrowserCovers(forms = {"review-no-show-explanation", "review-volunteer-no-show", "lift-sign-up-pause"},
    links = "accountability.explanation", pages = "/coordination/attendance")
class AccountabilityBrowserTest extends AccountabilityTest {

  @Autowired
  StrikeService strikeService;

  /**
   * Sessions of these tests start two days back at a minute of their own: the attendance page lists
   * sessions by their start, and AttendancePageTest finds its own by theirs.
   */
  @org.junit.jupiter.api.BeforeEach
  void aMinuteOfTheirOwn() {
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(2))
        .truncatedTo(java.time.temporal.ChronoUnit.HOURS).plusSeconds(37 * 60)));
  }

  @Test
  void aParticipantExplainsOnThePageWithoutJavaScriptAndACoordinatorAcceptsItInTasklist() {
    Person bob = person("Bob Browser", Role.PATIENT);
    AttendanceReport noShow = noShow(bob, ParticipantRole.PATIENT);
    ProcessInstance instance = caseOf(noShow);
    runDueJobs(instance);
    String link = baseUrl() + "/r/" + ExplanationLinkTest.token(mail(bob, Letters.Letter.CARING_CHECK_IN).getTextBody());

    OneClickPages.assertChoicePage(link, "link-accountability-explanation");
    assertThat(OneClickPages.submitWithoutJavaScript(link, page -> page.findElement(By.name("explanation"))
        .sendKeys("I overslept after a night shift."))).contains("Thank you for telling us");
    assertThat(instance).isWaitingAt("Task_ReviewExplanation");
    OneClickPages.assertKindRefusal(link, "Already done");
    OneClickPages.assertKindRefusal(link.substring(0, link.length() - 2) + "xy", "This link is not valid");

    Tasklist tasklist = Tasklist.asCoordinator(baseUrl(), processEngine)
        .openTask(taskOf(instance).getId(), "Coordination").assertFilledFromTheProcess().assertReadable();
    assertThat(tasklist.formText()).contains("Bob Browser", "I overslept after a night shift.");
    Browser.screenshot(tasklist.driver(), "tasklist-review-no-show-explanation");
    tasklist.claim().choose("Accept: remove the strike").complete();
    Browser.await(tasklist.driver(), d -> tasks.createTaskQuery().processInstanceId(instance.getId()).count() == 0);
    runDueJobs(instance);
    assertThat(instance).hasPassed("Task_ReviewExplanation");
    assertThat(strikeOf(noShow).getExplanation()).contains("I overslept after a night shift.");
  }

  @Test
  void aCoordinatorRemindsAVolunteerOfTheCommitmentInTasklist() {
    Person tom = person("Tom Browser", Role.MENTOR);
    AttendanceReport noShow = noShow(tom, ParticipantRole.MENTOR);
    ProcessInstance instance = caseOf(noShow);
    runDueJobs(instance);
    strikeService.explain(strikeOf(noShow).getId(), tom.getId(), "My child was ill.");

    Tasklist tasklist = Tasklist.asCoordinator(baseUrl(), processEngine)
        .openTask(taskOf(instance).getId(), "Coordination").assertFilledFromTheProcess().assertReadable();
    assertThat(tasklist.formText()).contains("Tom Browser", "Mentor", "My child was ill.");
    tasklist.claim().choose("Remind them of the commitment")
        .type("A personal line for the email (optional)", "Next time a quick text helps.").complete();
    Browser.await(tasklist.driver(), d -> tasks.createTaskQuery().processInstanceId(instance.getId()).count() == 0);
    runDueJobs(instance);
    assertThat(instance).hasPassed("Task_RecordReminder", "Task_SendVolunteerReminder").isEnded();
  }

  @Test
  void aCoordinatorLiftsAPauseWithTheStartFormAfterARefusalInItsOwnWords() {
    Person ray = person("Ray Browser", Role.PATIENT);
    Person sam = person("Sam Notpaused", Role.PATIENT);
    thirdNoShow(ray);
    assertThat(reload(ray).getPausedUntil()).isPresent();

    Tasklist tasklist = Tasklist.asCoordinator(baseUrl(), processEngine).openStartForm("Lift a pause early");
    tasklist.assertReadable().type("Email of the paused person", sam.getEmail()).complete();
    assertThat(tasklist.notification()).contains("has no running pause, so there is nothing to lift");

    tasklist.type("Email of the paused person", ray.getEmail()).complete();
    Browser.await(tasklist.driver(), d -> reload(ray).getPausedUntil().isEmpty());
  }

  @Test
  void theAttendancePageFitsAndSpeaksInWords() {
    Person una = person("Una Browser", Role.PATIENT);
    handledNoShow(una, ParticipantRole.PATIENT);

    WebDriver driver = Browser.withJavaScript();
    Browser.openAs(driver, baseUrl(), TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD, "/coordination/attendance");
    Browser.assertReadable(driver);
    Browser.screenshot(driver, "coordination-attendance");
    driver.manage().window().setSize(Browser.PHONE);
    Browser.assertFits(driver);
  }
}
