package org.mentra.sessions.events.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import static org.mentra.sessions.support.ConcernLinkAssertions.assertConcernLink;
import org.mentra.sessions.links.OneClickLinks;
import org.mentra.sessions.links.ConcernContext;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.attendance.AttendanceReport;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.AttendanceStatus;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.calendar.InviteAssertions;
import org.mentra.sessions.calendar.SessionInvite;
import org.mentra.sessions.engine.MessageCorrelator;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventInvites;
import org.mentra.sessions.events.registration.domain.RegistrationStatus;
import org.mentra.sessions.mail.DurationWords;
import org.mentra.sessions.mail.OutboundMessage;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The event-registration diagram, path by path, with the real services, the engine clock and timer jobs. */
class EventRegistrationProcessTest extends RegistrationTest {
  @Autowired
  OneClickLinks links;


  @Autowired
  AttendanceService attendance;
  @Autowired
  TestRestTemplate http;
  @Autowired
  EventInvites eventInvites;

  @Test
  void aConfirmedSeatGetsTheInviteBothRemindersWithTheJoinLinkAndAfterwardsAFeedbackRequest() {
    Event event = groupEvent(person("Hana Host", Plan.PROFESSIONAL), 5, false, null);
    Person ana = person("Ana Seat", Plan.FREE);
    Person ned = person("Ned Noshow", Plan.FREE);
    register(event, ana);
    register(event, ned);
    ProcessInstance instance = processOf(event, ana);
    ProcessInstance nedsInstance = processOf(event, ned);
    runDueJobs(instance);
    runDueJobs(nedsInstance);

    assertThat(instance).hasPassed("Task_SendConfirmation").hasNotPassed("Task_ApproveRegistration")
        .isWaitingAt("Timer_FirstReminder");
    OutboundMessage confirmation = mail(ana, "confirmed");
    assertThat(confirmation.getSubject()).startsWith("You are in: Mindful evening");
    assertThat(confirmation.getTextBody()).contains("Hi Ana,", "(Europe/Berlin)", "online: https://",
        "We will remind you " + DurationWords.exactly(properties.firstReminder()) + " and "
            + DurationWords.exactly(properties.lastReminder()) + " before");
    String feed = confirmation.getTextBody().replaceAll("(?s).*Outlook: (\\S+).*", "$1");
    assertThat(feed).as("her private feed, in the mail").contains("/calendar/").endsWith(".ics");
    assertThat(http.getForObject(URI.create(feed).getPath(), String.class)).as("the feed holds the event")
        .contains("SUMMARY:" + event.getTitle());
    assertThat(confirmation.getTextBody()).contains("give it a new address (the old one stops at once): ");
    InviteAssertions.assertValidRequest(confirmation.getAttachments().get(0).getContent());
    ConcernContext aboutTheEvent = ConcernContext.event(event.getId());
    String concern = assertConcernLink(confirmation, links, aboutTheEvent);
    assertThat(http.getForObject(concern, String.class)).as("the report page, about the event")
        .contains("Report a concern", event.getTitle());

    assertThat(fireNextTimer(instance)).isEqualTo(START.minus(properties.firstReminder()));
    assertThat(mail(ana, "first-reminder").getTextBody()).contains("starts in about 24 hours");
    assertConcernLink(mail(ana, "first-reminder"), links, aboutTheEvent);
    assertThat(fireNextTimer(instance)).isEqualTo(START.minus(properties.lastReminder()));
    OutboundMessage last = mail(ana, "last-reminder");
    assertThat(last.getTextBody()).contains("starts in about 1 hour", "Join the event", "/r/");
    assertConcernLink(last, links, aboutTheEvent);
    assertThat(InviteAssertions.sequence(last.getAttachments().get(0).getContent()))
        .as("the same invite, unchanged").isZero();

    attendance.record(new AttendanceReport(SessionKind.EVENT, event.getId(), ana.getId(),
        ParticipantRole.PARTICIPANT, AttendanceStatus.ATTENDED, START, "test"));
    attendance.record(new AttendanceReport(SessionKind.EVENT, event.getId(), ned.getId(),
        ParticipantRole.PARTICIPANT, AttendanceStatus.NO_SHOW, START, "test"));
    assertThat(fireNextTimer(instance)).isEqualTo(event.getEndsAt().plus(properties.feedbackDelay()));
    assertThat(instance).hasPassed("Task_SendFeedbackRequest").isEnded();
    assertThat(mail(ana, "feedback-request").getTextBody()).contains("Thank you for coming",
        properties.feedbackUrl(event.getId()));
    assertConcernLink(mail(ana, "feedback-request"), links, aboutTheEvent);

    fireNextTimer(nedsInstance);
    fireNextTimer(nedsInstance);
    fireNextTimer(nedsInstance);
    assertThat(nedsInstance).isEnded();
    assertThat(mails(ned, "feedback-request")).as("only those who came").isEmpty();
  }

  @Test
  void aRegistrantHasTheEventsOneInviteMovedWithTheEventAndCancelledWhenTheyCancel() {
    Person host = person("Hana Host", Plan.PROFESSIONAL);
    Event event = groupEvent(host, 5, false, null);
    Person ana = person("Ana Seat", Plan.FREE);
    Person ben = person("Ben Seat", Plan.FREE);
    register(event, ana);
    ProcessInstance anas = processOf(event, ana);
    runDueJobs(anas);
    String uid = SessionInvite.uidOf("event", event.getId());

    String confirmation = ics(mail(ana, "confirmed"));
    InviteAssertions.assertValidRequest(confirmation);
    assertThat(InviteAssertions.uid(confirmation)).as("the event's invite, not one of the registration's own")
        .isEqualTo(uid).isEqualTo(eventInvites.uidOf(event));
    assertThat(InviteAssertions.property(confirmation, "LOCATION")).as("the event's room")
        .isEqualTo(event.getMeetingUrl());
    register(event, ben);
    runDueJobs(processOf(event, ben));
    String bensInvite = ics(mail(ben, "confirmed"));
    assertThat(InviteAssertions.uid(bensInvite)).isEqualTo(uid);
    assertThat(InviteAssertions.attendees(bensInvite)).as("everyone confirmed")
        .containsExactlyInAnyOrder(ana.getEmail().toLowerCase(), ben.getEmail().toLowerCase());
    int sequence = InviteAssertions.sequence(bensInvite);

    Instant later = START.plus(Duration.ofHours(2));
    events.update(event.getId(), request(event.getTitle(), host, 5, false, null, null, later));
    List<OutboundMessage> changed = outbox.findByRecipientPersonIdOrderByCreatedAt(ana.getId()).stream()
        .filter(m -> m.getPurpose().startsWith("event-changed")).toList();
    assertThat(changed).hasSize(1);
    String moved = ics(changed.get(0));
    InviteAssertions.assertValidRequest(moved);
    assertThat(InviteAssertions.uid(moved)).isEqualTo(uid);
    assertThat(InviteAssertions.sequence(moved)).isEqualTo(sequence + 1);
    assertThat(InviteAssertions.start(moved)).isEqualTo(later);

    registrations.cancel(event.getId(), ana.getId());
    runDueJobs(anas);
    String cancel = ics(mail(ana, "cancelled"));
    InviteAssertions.assertValidCancel(cancel);
    assertThat(InviteAssertions.uid(cancel)).isEqualTo(uid);
    assertThat(InviteAssertions.sequence(cancel)).isEqualTo(sequence + 2);
    assertThat(InviteAssertions.attendees(cancel)).as("only her copy").containsExactly(ana.getEmail().toLowerCase());
    assertThat(outbox.findByRecipientPersonIdOrderByCreatedAt(ana.getId()).stream()
        .flatMap(m -> m.getAttachments().stream()).map(a -> InviteAssertions.uid(a.getContent())).distinct())
        .as("one calendar entry for the event").containsExactly(uid);
  }

  @Test
  void whenTheEventMovesTheRemindersAndTheFeedbackRequestFollowIt() {
    Person host = person("Hana Host", Plan.PROFESSIONAL);
    Event event = groupEvent(host, 5, false, null);
    Person ana = person("Ana Seat", Plan.FREE);
    register(event, ana);
    ProcessInstance anas = processOf(event, ana);
    runDueJobs(anas);
    assertThat(anas).isWaitingAt("Timer_FirstReminder");

    Instant later = START.plus(Duration.ofDays(2));
    events.update(event.getId(), request(event.getTitle(), host, 5, false, null, null, later));
    runDueJobs(anas);

    assertThat(anas).hasPassed("Msg_EventRescheduled", "Task_TakeEventTime").isWaitingAt("Timer_FirstReminder");
    assertThat(fireNextTimer(anas)).as("the first reminder waits for the new time")
        .isEqualTo(later.minus(properties.firstReminder()));
    assertThat(mail(ana, "first-reminder").getTextBody()).contains("starts in about 24 hours");

    Instant sooner = later.minus(Duration.ofHours(12));
    events.update(event.getId(), request(event.getTitle(), host, 5, false, null, null, sooner));
    runDueJobs(anas);

    assertThat(mails(ana, "first-reminder")).as("a reminder already sent is not sent again").hasSize(1);
    assertThat(anas).isWaitingAt("Timer_LastReminder");
    assertThat(fireNextTimer(anas)).isEqualTo(sooner.minus(properties.lastReminder()));
    assertThat(mail(ana, "last-reminder").getTextBody()).contains("starts in about 1 hour");
    assertThat(fireNextTimer(anas)).as("the feedback request after the new end")
        .isEqualTo(sooner.plus(Duration.ofHours(1)).plus(properties.feedbackDelay()));
    assertThat(anas).isEnded();
  }

  @Test
  void anEventMovedAWeekLaterAfterTheFirstReminderEarnsAReminderForTheNewTime() {
    Person host = person("Hana Host", Plan.PROFESSIONAL);
    Event event = groupEvent(host, 5, false, null);
    Person ana = person("Ana Seat", Plan.FREE);
    register(event, ana);
    ProcessInstance anas = processOf(event, ana);
    runDueJobs(anas);
    fireNextTimer(anas);
    assertThat(mail(ana, "first-reminder").getTextBody()).contains("starts in about 24 hours");

    Instant nextWeek = START.plus(Duration.ofDays(7));
    events.update(event.getId(), request(event.getTitle(), host, 5, false, null, null, nextWeek));
    runDueJobs(anas);
    assertThat(fireNextTimer(anas)).isEqualTo(nextWeek.minus(properties.firstReminder()));
    assertThat(mail(ana, "first-reminder#2").getTextBody()).as("the old reminder told of the old time")
        .contains("starts in about 24 hours");

    Instant anHourLater = nextWeek.plus(Duration.ofHours(1));
    events.update(event.getId(), request(event.getTitle(), host, 5, false, null, null, anHourLater));
    runDueJobs(anas);
    assertThat(anas).isWaitingAt("Timer_FirstReminder");
    fireNextTimer(anas);
    assertThat(outbox.findByRecipientPersonIdOrderByCreatedAt(ana.getId()).stream()
        .filter(m -> m.getPurpose().startsWith("first-reminder")))
        .as("moved by an hour: the reminder of an hour ago still serves").hasSize(2);
    assertThat(anas).isWaitingAt("Timer_LastReminder");
  }

  @Test
  void aCancellationOffersTheSeatToTheNextInLineWhoTakesItWithOneClick() {
    Event event = groupEvent(person("Hana Host", Plan.PROFESSIONAL), 1, false, null);
    Person ana = person("Ana Seat", Plan.FREE);
    Person ben = person("Ben Waiting", Plan.FREE);
    register(event, ana);
    register(event, ben);
    ProcessInstance anas = processOf(event, ana);
    ProcessInstance bens = processOf(event, ben);
    runDueJobs(anas);
    runDueJobs(bens);
    assertThat(bens).hasPassed("Task_SendWaitlisted").isWaitingAt("Gateway_OfferOrStart");
    assertThat(mail(ben, "waitlisted").getTextBody()).contains("number 1 in line", "held for 24 hours");

    registrations.cancel(event.getId(), ana.getId());
    runDueJobs(anas);
    runDueJobs(bens);

    assertThat(anas).hasPassed("Task_SendCancellation").isEnded();
    InviteAssertions.assertValidCancel(mail(ana, "cancelled").getAttachments().get(0).getContent());
    assertThat(registrationOf(event, ben).getStatus()).isEqualTo(RegistrationStatus.OFFERED);
    assertThat(registrationOf(event, ben).getOfferedUntil()).contains(NOW.plus(properties.waitlistHold()));
    assertThat(bens).hasPassed("Msg_SeatOffered", "Task_SendSeatOffer").isWaitingAt("Gateway_OfferAnswered");
    OutboundMessage offer = mail(ben, "seat-offer");
    assertThat(offer.getTextBody()).contains("(24 hours)").doesNotContain("starts soon");

    String accept = link(offer.getTextBody(), "Take the seat: ");
    assertThat(http.getForEntity(accept, String.class).getBody()).contains("Yes, I take the seat");
    assertThat(registrationOf(event, ben).getStatus()).as("a prefetch changes nothing")
        .isEqualTo(RegistrationStatus.OFFERED);
    assertThat(post(accept, "accept").getStatusCode()).isEqualTo(HttpStatus.OK);
    runDueJobs(bens);

    assertThat(registrationOf(event, ben).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(bens).hasPassed("Msg_OfferAccepted", "Task_SendConfirmation").isWaitingAt("Timer_FirstReminder");
    assertThat(mails(ben, "confirmed")).hasSize(1);
  }

  @Test
  void aLapsedOfferPassesToTheNextAndADeclinedOneToTheOneAfter() {
    Event event = groupEvent(person("Hana Host", Plan.PROFESSIONAL), 1, false, null);
    Person ana = person("Ana Seat", Plan.FREE);
    Person ben = person("Ben Busy", Plan.FREE);
    Person cem = person("Cem Third", Plan.FREE);
    Person dora = person("Dora Fourth", Plan.FREE);
    for (Person p : new Person[] {ana, ben, cem, dora}) {
      register(event, p);
      runDueJobs(processOf(event, p));
    }
    ProcessInstance bens = processOf(event, ben);
    ProcessInstance cems = processOf(event, cem);
    registrations.cancel(event.getId(), ana.getId());
    runDueJobs(bens);

    Instant lapsed = fireNextTimer(bens);

    assertThat(lapsed).isEqualTo(NOW.plus(properties.waitlistHold()));
    assertThat(bens).hasPassed("Timer_OfferLapses", "Task_LapseOffer", "Task_SendOfferLapsed")
        .hasNotPassed("Task_SendConfirmation").isEnded();
    assertThat(registrationOf(event, ben).getStatus()).isEqualTo(RegistrationStatus.DECLINED);
    assertThat(mail(ben, "offer-lapsed").getSubject()).contains("has gone to the next in line");
    assertThat(registrationOf(event, cem).getStatus()).isEqualTo(RegistrationStatus.OFFERED);
    runDueJobs(cems);
    assertThat(cems).isWaitingAt("Gateway_OfferAnswered");

    String decline = link(mail(cem, "seat-offer").getTextBody(), "right away: ");
    assertThat(post(decline, "decline").getStatusCode()).isEqualTo(HttpStatus.OK);
    runDueJobs(cems);

    assertThat(cems).hasPassed("Msg_OfferDeclined").isEnded();
    assertThat(registrationOf(event, dora).getStatus()).isEqualTo(RegistrationStatus.OFFERED);
    assertThat(post(link(mail(ben, "seat-offer").getTextBody(), "Take the seat: "), "accept").getStatusCode())
        .as("a lapsed offer's link").isIn(HttpStatus.GONE, HttpStatus.CONFLICT);
  }

  @Test
  void closeToTheStartTheHoldShrinksAndTheOfferSaysSo() {
    Event event = groupEvent(person("Hana Host", Plan.PROFESSIONAL), 1, false, null);
    Person ana = person("Ana Seat", Plan.FREE);
    Person ben = person("Ben Late", Plan.FREE);
    register(event, ana);
    register(event, ben);
    runDueJobs(processOf(event, ben));
    ClockUtil.setCurrentTime(Date.from(START.minus(Duration.ofHours(5))));

    registrations.cancel(event.getId(), ana.getId());
    ProcessInstance bens = processOf(event, ben);
    runDueJobs(bens);

    assertThat(registrationOf(event, ben).getOfferedUntil()).contains(START);
    assertThat(mail(ben, "seat-offer").getTextBody()).contains("(about 5 hours)",
        "The event starts soon, so we can hold it only this long.");
    assertThat(fireNextTimer(bens)).isEqualTo(START);
    assertThat(registrationOf(event, ben).getStatus()).isEqualTo(RegistrationStatus.DECLINED);
  }

  @Test
  void anApprovalHoldsTheSeatAndARefusalSaysSoKindlyAndOffersTheSeatOn() {
    Event event = groupEvent(person("Hana Host", Plan.PROFESSIONAL), 1, true, null);
    Person ana = person("Ana Asks", Plan.FREE);
    Person ben = person("Ben Waits", Plan.FREE);
    attendance.record(new AttendanceReport(SessionKind.CHAT, java.util.UUID.randomUUID(), ana.getId(),
        ParticipantRole.PATIENT, AttendanceStatus.NO_SHOW, NOW.minus(Duration.ofDays(3)), "test"));
    assertThat(register(event, ana).status()).isEqualTo(RegistrationStatus.PENDING_APPROVAL);
    assertThat(register(event, ben).status()).as("the held seat counts").isEqualTo(RegistrationStatus.WAITLISTED);
    ProcessInstance anas = processOf(event, ana);
    ProcessInstance bens = processOf(event, ben);
    runDueJobs(anas);
    runDueJobs(bens);

    assertThat(anas).isWaitingAt("Task_ApproveRegistration");
    Task approval = task(anas);
    assertThat(approval).hasCandidateGroup("coordinators");
    Map<String, Object> form = tasks.getVariablesLocal(approval.getId());
    assertThat(form).containsEntry("personName", "Ana Asks").containsEntry("eventTitle", event.getTitle());
    assertThat((String) form.get("attendanceRecord")).contains("1 missed without notice", "100% no-shows");
    assertThat((String) form.get("previousRegistrations")).isEqualTo("None.");

    complete(approval, withVariables("approvalDecision", "REFUSE", "noteToPerson", "This group is for carers."));
    runDueJobs(anas);

    assertThat(anas).hasPassed("Task_RecordApprovalDecision", "Task_SendApprovalDeclined").isEnded();
    assertThat(registrationOf(event, ana).getStatus()).isEqualTo(RegistrationStatus.DECLINED);
    assertThat(mail(ana, "approval-declined").getTextBody()).contains("this time we cannot offer you a place",
        "not about you", "This group is for carers.");
    assertThat(registrationOf(event, ben).getStatus()).isEqualTo(RegistrationStatus.OFFERED);

    runDueJobs(bens);
    registrations.acceptOffer(registrationOf(event, ben).getId());
    runDueJobs(bens);
    assertThat(registrationOf(event, ben).getStatus()).as("held for the approval")
        .isEqualTo(RegistrationStatus.PENDING_APPROVAL);
    assertThat(bens).isWaitingAt("Task_ApproveRegistration");
    assertThat((String) tasks.getVariablesLocal(task(bens).getId()).get("attendanceRecord"))
        .isEqualTo("No sessions recorded yet.");
    complete(task(bens), withVariables("approvalDecision", "APPROVE"));
    runDueJobs(bens);
    assertThat(registrationOf(event, ben).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(mail(ben, "confirmed").getSubject()).startsWith("Good news: your place at");
  }

  @Test
  void anEventCalledOffEndsEveryRegistrationWithACancellation() {
    Event event = groupEvent(person("Hana Host", Plan.PROFESSIONAL), 1, false, null);
    Person ana = person("Ana Seat", Plan.FREE);
    Person ben = person("Ben Waiting", Plan.FREE);
    register(event, ana);
    register(event, ben);
    runDueJobs(processOf(event, ana));
    runDueJobs(processOf(event, ben));
    ProcessInstance anas = processOf(event, ana);
    ProcessInstance bens = processOf(event, ben);

    events.delete(event.getId());
    runDueJobs(anas);
    runDueJobs(bens);

    assertThat(anas).hasPassed("End_ToldWithEveryone").isEnded();
    assertThat(bens).hasPassed("Task_SendCalledOff").isEnded();
    List<OutboundMessage> toAna = outbox.findByRecipientPersonIdOrderByCreatedAt(ana.getId()).stream()
        .filter(m -> !m.getPurpose().startsWith("confirmed")).toList();
    assertThat(toAna).as("one mail, not the event's and the registration's both").singleElement()
        .satisfies(m -> {
          assertThat(m.getSubject()).endsWith("is cancelled");
          InviteAssertions.assertValidCancel(m.getAttachments().get(0).getContent());
        });
    List<OutboundMessage> toBen = outbox.findByRecipientPersonIdOrderByCreatedAt(ben.getId()).stream()
        .filter(m -> !m.getPurpose().startsWith("waitlisted")).toList();
    assertThat(toBen).as("the waitlisted are told too, once").singleElement().satisfies(m -> {
      assertThat(m.getSubject()).endsWith("is called off");
      assertThat(m.getAttachments()).as("never invited").isEmpty();
    });
    assertThat(registrationOf(event, ben).getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
  }

  private static String ics(OutboundMessage mail) {
    assertThat(mail.getAttachments()).as("the invite of " + mail.getPurpose()).hasSize(1);
    return mail.getAttachments().get(0).getContent();
  }

  private static String link(String text, String after) {
    int at = text.indexOf(after);
    assertThat(at).as("'" + after + "' in " + text).isNotNegative();
    String rest = text.substring(at + after.length()).strip();
    String url = rest.split("\\s")[0];
    return url.substring(url.indexOf("/r/"));
  }

  private org.springframework.http.ResponseEntity<String> post(String link, String choice) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("choice", choice);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return http.postForEntity(link, new HttpEntity<>(form, headers), String.class);
  }
}
