package org.mentra.sessions.events.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.attendance.AttendanceReport;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.AttendanceStatus;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.registration.domain.RegistrationStatus;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.support.Browser;
import org.mentra.sessions.support.BrowserCovers;
import org.mentra.sessions.support.OneClickPages;
import org.mentra.sessions.support.Tasklist;
import org.springframework.beans.factory.annotation.Autowired;

/** A group event's waitlist offer and the coordinators' approval, in a real browser. */
@BrowserCovers(forms = "approve-event-registration", links = "events.seat-offer")
class EventRegistrationBrowserTest extends RegistrationTest {

  @Autowired
  AttendanceService attendance;

  @Test
  void aFreedSeatIsTakenOnTheOfferPageWithoutJavaScriptAndTheUsedLinkSaysItIsDone() {
    Event event = groupEvent(person("Hana Host", Plan.PROFESSIONAL), 1, false, null);
    Person ana = person("Ana Seat", Plan.FREE);
    Person ben = person("Ben Browser", Plan.FREE);
    register(event, ana);
    register(event, ben);
    runDueJobs(processOf(event, ana));
    ProcessInstance bens = processOf(event, ben);
    runDueJobs(bens);
    registrations.cancel(event.getId(), ana.getId());
    runDueJobs(processOf(event, ana));
    runDueJobs(bens);
    String link = link(mail(ben, "seat-offer").getTextBody(), "Take the seat: ");

    OneClickPages.assertChoicePage(link, "link-events-seat-offer");
    assertThat(registrationOf(event, ben).getStatus()).isEqualTo(RegistrationStatus.OFFERED);
    assertThat(OneClickPages.submitWithoutJavaScript(link)).isNotBlank();
    runDueJobs(bens);
    assertThat(registrationOf(event, ben).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
    OneClickPages.assertKindRefusal(link, "Already done");
  }

  @Test
  void aCoordinatorApprovesARegistrationInTasklist() {
    Event event = groupEvent(person("Hana Host", Plan.PROFESSIONAL), 1, true, null);
    Person ana = person("Ana Browser", Plan.FREE);
    attendance.record(new AttendanceReport(SessionKind.CHAT, java.util.UUID.randomUUID(), ana.getId(),
        ParticipantRole.PATIENT, AttendanceStatus.NO_SHOW, NOW.minus(Duration.ofDays(3)), "test"));
    assertThat(register(event, ana).status()).isEqualTo(RegistrationStatus.PENDING_APPROVAL);
    ProcessInstance anas = processOf(event, ana);
    runDueJobs(anas);
    assertThat(anas).isWaitingAt("Task_ApproveRegistration");
    String taskId = tasks.createTaskQuery().processInstanceId(anas.getId()).singleResult().getId();

    Tasklist tasklist = Tasklist.asCoordinator(baseUrl(), processEngine).openTask(taskId, "Coordination")
        .assertFilledFromTheProcess().assertReadable();
    assertThat(tasklist.formText()).contains("Ana Browser", event.getTitle(), "1 missed without notice");
    tasklist.claim().choose("Approve: the seat is theirs").complete();
    Browser.await(tasklist.driver(), d -> tasks.createTaskQuery().taskId(taskId).count() == 0);
    runDueJobs(anas);
    assertThat(registrationOf(event, ana).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
  }

  private String link(String text, String after) {
    int at = text.indexOf(after);
    assertThat(at).as("'" + after + "' in " + text).isNotNegative();
    String url = text.substring(at + after.length()).strip().split("\\s")[0];
    return baseUrl() + url.substring(url.indexOf("/r/"));
  }
}
