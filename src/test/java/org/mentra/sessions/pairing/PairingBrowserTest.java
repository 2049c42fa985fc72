package org.mentra.sessions.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.AttendanceStatus;
import org.mentra.sessions.attendance.CheckIns;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.links.OneClickLinks;
import org.mentra.sessions.pairing.domain.Chat;
import org.mentra.sessions.pairing.domain.ChatFeedbackRepository;
import org.mentra.sessions.pairing.domain.PairingMode;
import org.mentra.sessions.pairing.domain.RegistrationStatus;
import org.mentra.sessions.pairing.web.AvailabilityLinkHandler;
import org.mentra.sessions.pairing.web.CancelChatLinkHandler;
import org.mentra.sessions.pairing.web.RebookLinkHandler;
import org.mentra.sessions.pairing.web.FeedbackLinkHandler;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.support.Browser;
import org.mentra.sessions.support.BrowserCovers;
import org.mentra.sessions.support.OneClickPages;
import org.mentra.sessions.support.Tasklist;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Paired support's link pages in a real browser: a counselor's availability, a patient's feedback, calling a chat
 * off, joining it, finding another time when no counselor came, and the coordinators' rebooking task in Tasklist.
 */
@BrowserCovers(forms = "rebook-patient", links = {"pairing.availability", "pairing.feedback", "pairing.cancel-chat",
    "pairing.rebook", "attendance.check-in"})
class PairingBrowserTest extends PairingIntegrationTest {

  private final Instant start = NOW.plus(Duration.ofDays(10));

  @Autowired
  private OneClickLinks links;
  @Autowired
  private ChatFeedbackRepository feedback;
  @Autowired
  private CheckIns checkIns;
  @Autowired
  private AttendanceService attendanceService;

  @Test
  void aCounselorTicksHalfHoursWithoutJavaScriptAndAChangedLinkReadsKindly() {
    at(NOW);
    Person susan = counselor("Susan Browser");
    Event event = event("Browser chats", start, Duration.ofHours(2), PairingMode.AUTOMATIC);
    runDueJobs(event);
    String link = local(links.url(AvailabilityLinkHandler.PURPOSE, susan.getId(), event.getId().toString(), null,
        event.getEndsAt()));

    OneClickPages.assertChoicePage(link, "link-pairing-availability");
    assertThat(availabilityService.find(event.getId(), susan.getId())).isEmpty();
    OneClickPages.submitWithoutJavaScript(link, page -> page.findElements(By.cssSelector("input[type=checkbox]"))
        .stream().limit(2).forEach(box -> box.click()));
    assertThat(availabilityService.find(event.getId(), susan.getId())).isPresent();
    OneClickPages.assertKindRefusal(link.replace("/r/", "/r/x"), "This link is not valid");
  }

  @Test
  void aPatientRatesTheirChatWithoutJavaScriptAndTheUsedLinkSaysItIsDone() {
    at(NOW);
    Person susan = counselor("Susan Rated");
    Person bob = patient("Bob Rates");
    Event event = event("Feedback chats", start, Duration.ofHours(2), PairingMode.AUTOMATIC);
    runDueJobs(event);
    available(event, susan, start, start.plus(Duration.ofHours(2)));
    register(event, bob, start, start.plus(Duration.ofHours(2)));
    advanceTo(start.minus(Duration.ofHours(24)), event);
    Chat chat = chatOf(event, bob);
    String link = local(links.url(FeedbackLinkHandler.PURPOSE, bob.getId(), chat.getId().toString(), null,
        start.plus(Duration.ofDays(14))));

    OneClickPages.assertQuestionPage(link, "link-pairing-feedback");
    OneClickPages.submitWithoutJavaScript(link, page -> page.findElement(By.cssSelector("input[name=choice][value='4']"))
        .click());
    assertThat(feedback.findByChatIdAndPersonId(chat.getId(), bob.getId()).orElseThrow().getRating()).isEqualTo(4);
    OneClickPages.assertKindRefusal(link, "Already done");
  }

  @Test
  void aPatientCallsOffTheirChatWithoutJavaScriptAndTheUsedLinkReadsKindly() {
    Chat chat = pairedChat("Bob Cancels", "Susan Cancelled", "Cancelled chats");
    String link = local(links.url(CancelChatLinkHandler.PURPOSE, chat.getPatientId(), chat.getId().toString(), null,
        start));

    OneClickPages.assertChoicePage(link, "link-pairing-cancel-chat");
    assertThat(chatRepository.findById(chat.getId()).orElseThrow().isLive()).as("opening changes nothing").isTrue();
    assertThat(OneClickPages.submitWithoutJavaScript(link)).contains("Your chat is called off");
    assertThat(chatRepository.findById(chat.getId()).orElseThrow().isLive()).isFalse();
    OneClickPages.assertKindRefusal(link, "Already done");
  }

  @Test
  void noCounselorCameThePatientWhoJoinedByTheLinkAsksForAnotherTimeAndACoordinatorClosesTheTask() {
    Chat chat = pairedChat("Bob Waits", "Susan Late", "Chats nobody came to");
    Event event = eventService.get(chat.getEventId());
    advanceTo(start.minus(Duration.ofHours(1)), event);
    at(start.plus(Duration.ofMinutes(1)));
    String join = local(checkIns.joinUrl(SessionKind.CHAT, chat.getId(), chat.getPatientId(), chat.getEndsAt()));
    OneClickPages.assertChoicePage(join, "link-attendance-check-in");
    assertThat(attendanceService.find(SessionKind.CHAT, chat.getId(), chat.getPatientId())).as("opening records nothing")
        .isEmpty();
    WebDriver plain = Browser.withoutJavaScript();
    plain.get(join);
    plain.findElement(By.cssSelector("form button")).click();
    String room = checkIns.find(SessionKind.CHAT, chat.getId(), chat.getPatientId()).orElseThrow().meetingUrl();
    Browser.await(plain, d -> !d.getCurrentUrl().contains("/r/"));
    assertThat(plain.getCurrentUrl()).as("the button leads into the chat's room").startsWith(room);
    assertThat(attendanceService.find(SessionKind.CHAT, chat.getId(), chat.getPatientId()).orElseThrow().getStatus())
        .isEqualTo(AttendanceStatus.ATTENDED);

    advanceTo(start.plus(Duration.ofMinutes(10)), event);
    ProcessInstance session = chatSession(chat);
    assertThat(session).isWaitingAt("UserTask_RebookPatient");
    String rebook = local(links.url(RebookLinkHandler.PURPOSE, chat.getPatientId(), chat.getId().toString(), null,
        start.plus(Duration.ofDays(7))));
    OneClickPages.assertChoicePage(rebook, "link-pairing-rebook");
    assertThat(OneClickPages.submitWithoutJavaScript(rebook)).contains("You are on the list");
    assertThat(registrationRepository.findById(chat.getRegistrationId()).orElseThrow().getStatus())
        .isEqualTo(RegistrationStatus.WAITING);
    OneClickPages.assertKindRefusal(rebook, "Already done");

    String taskId = taskService.createTaskQuery().processInstanceId(session.getId()).singleResult().getId();
    Tasklist tasklist = Tasklist.asCoordinator(baseUrl(), processEngine).openTask(taskId, "Coordination")
        .assertFilledFromTheProcess().assertReadable();
    assertThat(tasklist.formText()).contains("Bob Waits", "Susan Late", "Chats nobody came to");
    tasklist.claim().choose("I have taken care of them myself; nothing more to do here")
        .type("Note for the other coordinators (optional)", "He asked for another time himself.").complete();
    Browser.await(tasklist.driver(), d -> taskService.createTaskQuery().taskId(taskId).count() == 0);
    runDueJobs(event);
    assertThat(session).hasPassed("UserTask_RebookPatient");
  }

  /** A patient and a counselor paired for a chat at {@code start}, the day before. */
  private Chat pairedChat(String patientName, String counselorName, String title) {
    at(NOW);
    Person susan = counselor(counselorName);
    Person bob = patient(patientName);
    Event event = event(title, start, Duration.ofHours(2), PairingMode.AUTOMATIC);
    runDueJobs(event);
    available(event, susan, start, start.plus(Duration.ofHours(2)));
    register(event, bob, start, start.plus(Duration.ofHours(2)));
    advanceTo(start.minus(Duration.ofHours(24)), event);
    return chatOf(event, bob);
  }

  private String local(String url) {
    return baseUrl() + url.substring(url.indexOf("/r/"));
  }
}
