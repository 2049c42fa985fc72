package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilStatus;
import org.mentra.sessions.council.domain.MentorResponse;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.support.Browser;
import org.mentra.sessions.support.BrowserCovers;
import org.mentra.sessions.support.OneClickPages;
import org.mentra.sessions.support.Tasklist;
import org.mentra.sessions.support.TestUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The council's surfaces in a real browser: the mentors' link pages and the coordinators' dashboard. */
@BrowserCovers(forms = {"resolve-council", "request-council"}, links = {"council.availability", "council.drop-out"},
    pages = {"/coordination/councils", "/coordination/councils/{id}", "/outbox", "/outbox/{id}"})
class CouncilBrowserTest extends CouncilIntegrationTest {

  @Test
  void aMentorAnswersOnTheAvailabilityPageWithoutJavaScriptAndBadLinksReadKindly() {
    List<Person> mentors = mentors(3);
    CouncilSession council = request(mentee(), mentors, 3);
    runJobs(process(council));
    String link = link(council, mentors.get(0), 1);

    OneClickPages.assertChoicePage(link, "link-council-availability");
    assertThat(response(council, mentors.get(0))).as("opening the page changes nothing")
        .isEqualTo(MentorResponse.PENDING);

    assertThat(OneClickPages.submitWithoutJavaScript(link)).contains("Your answer is saved");
    assertThat(response(council, mentors.get(0))).isEqualTo(MentorResponse.AVAILABLE);

    OneClickPages.assertKindRefusal(link + "x", "This link is not valid");
    ClockUtil.setCurrentTime(Date.from(NOW.plusSeconds(73 * 3600)));
    OneClickPages.assertKindRefusal(link, "This link has expired");
  }

  @Test
  void aConfirmedMentorDropsOutOnThePageAndTheUsedLinkSaysItIsDone() {
    List<Person> mentors = mentors(4);
    CouncilSession council = request(mentee(), mentors, 3);
    runJobs(process(council));
    mentors.forEach(m -> answer(council, m, Map.of(0, Availability.AVAILABLE)));
    runJobs(process(council));
    Person leaving = mentors.get(3);
    String link = local(inTransaction(council, c -> links.dropOut(c, leaving.getId(), SLOTS.get(0))));

    OneClickPages.assertChoicePage(link, "link-council-drop-out");
    assertThat(OneClickPages.submitWithoutJavaScript(link)).contains("Thank you for telling us");
    runJobs(process(council));
    assertThat(selectedMentors(council)).hasSize(3).doesNotContain(leaving.getId());

    OneClickPages.assertKindRefusal(link, "Already done");
  }

  @Test
  void theDashboardAndACouncilsPageFitAndSpeakInWords() {
    List<Person> mentors = mentors(3);
    CouncilSession council = request(mentee(), mentors, 3);
    runJobs(process(council));
    answer(council, mentors.get(0), Map.of(0, Availability.AVAILABLE, 1, Availability.TENTATIVE));
    assertThat(status(council)).isEqualTo(CouncilStatus.COLLECTING_AVAILABILITY);

    WebDriver driver = Browser.withJavaScript();
    Browser.openAs(driver, baseUrl(), TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD,
        "/coordination/councils");
    assertThat(Browser.bodyText(driver)).contains("Burnout and a career change");
    Browser.assertReadable(driver);
    Browser.screenshot(driver, "coordination-councils");

    driver.findElement(By.cssSelector("a[href*='" + council.getId() + "']")).click();
    Browser.await(driver, d -> d.getCurrentUrl().contains(council.getId().toString()));
    assertThat(Browser.bodyText(driver)).contains(mentors.get(0).getDisplayName());
    Browser.assertReadable(driver);
    Browser.screenshot(driver, "coordination-council");
    driver.manage().window().setSize(Browser.PHONE);
    Browser.assertFits(driver);
  }

  @Test
  void theOutboxAndAMailInItFitAndNameWhatTheyShow() {
    List<Person> mentors = mentors(3);
    CouncilSession council = request(mentee(), mentors, 3);
    runJobs(process(council));

    WebDriver driver = Browser.withJavaScript();
    Browser.openAs(driver, baseUrl(), TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD,
        "/outbox?to=" + java.net.URLEncoder.encode(mentors.get(0).getEmail(), java.nio.charset.StandardCharsets.UTF_8));
    assertThat(Browser.bodyText(driver)).contains("Can you join a council on Burnout and a career change?");
    Browser.assertReadable(driver);
    Browser.screenshot(driver, "outbox");

    driver.findElement(By.linkText("Can you join a council on Burnout and a career change?")).click();
    Browser.await(driver, d -> !d.findElements(By.cssSelector("iframe.mail")).isEmpty());
    Browser.assertReadable(driver); // the preview's frame has a name a screen reader says (axe: frame-title)
    Browser.screenshot(driver, "outbox-mail");
    driver.manage().window().setSize(Browser.PHONE);
    Browser.assertFits(driver);
  }

  @Test
  void theCoordinatorResolvesACouncilInTasklistAfterARefusalInTheFormsOwnWords() {
    List<Person> mentors = mentors(3);
    CouncilSession council = request(mentee(), mentors, 3);
    org.camunda.bpm.engine.runtime.ProcessInstance instance = process(council);
    runJobs(instance);
    for (int i = 0; i < 3; i++) {
      Map<Integer, Availability> answers = new java.util.HashMap<>(all(Availability.UNAVAILABLE));
      answers.put(i, Availability.AVAILABLE);
      availability.answer(council.getId(), mentors.get(i).getId(), new MentorAnswer(slotAnswersOf(council, answers),
          "Evenings are hard this week", List.of()));
    }
    runJobs(instance);
    String taskId = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

    Tasklist tasklist = Tasklist.asCoordinator(baseUrl(), processEngine);
    assertThat(tasklist.tasksOfFilter("Coordination")).anySatisfy(t -> assertThat(t)
        .contains("Resolve council coordination"));
    tasklist.openTask(taskId, "Coordination").assertFilledFromTheProcess();
    assertThat(tasklist.formText()).contains("Burnout and a career change", "Mentor A (lead)",
        "Evenings are hard this week");
    tasklist.assertReadable();
    Browser.screenshot(tasklist.driver(), "tasklist-resolve-council");
    tasklist.claim().choose("Confirm a time and mentors (overrides the automatic selection)");
    tasklist.selectFirst("The hour");
    tasklist.checkAll("The mentors who take part").complete();
    assertThat(tasklist.notification()).contains("said they cannot make");
    assertThat(instance).isWaitingAt("UserTask_ResolveCoordination");

    tasklist.choose("Cancel the council").type("Note", "The mentee will book again in June").complete();
    Browser.await(tasklist.driver(), d -> tasks.createTaskQuery().taskId(taskId).count() == 0);
    runJobs(instance);
    assertThat(status(council)).isEqualTo(CouncilStatus.CANCELLED);
  }

  @Test
  void theCoordinatorRequestsACouncilWithTasklistsStartForm() {
    ClockUtil.reset(); // the browser's date pickers refuse days before the browser's own today
    Person mentee = mentee();
    List<Person> mentors = mentors(3);
    java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(10);

    Tasklist tasklist = Tasklist.asCoordinator(baseUrl(), processEngine);
    tasklist.openStartForm("Council session");
    tasklist.assertReadable();
    tasklist.type("Mentee's email", mentee.getEmail()).type("Topic", "Sleep again");
    for (int slot = 1; slot <= 3; slot++) {
      tasklist.dateTime("Slot " + slot + ": date", "Slot " + slot + ": start (your local time)",
          day.atTime(8 + slot, 0));
    }
    tasklist.type("Mentors the mentee picked (optional)", mentors.get(0).getEmail() + "\nnobody@test.mentra.example");
    Browser.screenshot(tasklist.driver(), "tasklist-request-council");
    tasklist.complete();
    assertThat(tasklist.notification()).contains("nobody with the email nobody@test.mentra.example is registered");

    tasklist.type("Mentors the mentee picked (optional)", mentors.get(0).getEmail()).complete();
    Browser.await(tasklist.driver(), d -> councilRepository.findAll().stream()
        .anyMatch(c -> c.getMenteeId().equals(mentee.getId())));
  }

  private List<MentorAnswer.SlotAnswer> slotAnswersOf(CouncilSession council, Map<Integer, Availability> bySlot) {
    return bySlot.entrySet().stream().map(e -> new MentorAnswer.SlotAnswer(
        inTransaction(council, c -> c.getProposedSlots().get(e.getKey()).start()), e.getValue())).toList();
  }

  private String link(CouncilSession council, Person mentor, int slot) {
    return local(inTransaction(council, c -> links.slotAnswer(c, mentor.getId(), slot)));
  }

  private String local(String url) {
    return baseUrl() + url.substring(url.indexOf("/r/"));
  }
}
