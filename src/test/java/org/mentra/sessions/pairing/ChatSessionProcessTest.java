package org.mentra.sessions.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import static org.mentra.sessions.support.ConcernLinkAssertions.assertConcernLink;
import org.mentra.sessions.links.OneClickLinks;
import org.mentra.sessions.links.ConcernContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.attendance.AttendanceReport;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.AttendanceStatus;
import org.mentra.sessions.attendance.CheckIns;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.calendar.InviteAssertions;
import org.mentra.sessions.calendar.SessionInvite;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.mail.OutboundAttachment;
import org.mentra.sessions.mail.OutboundMessage;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.shared.Conflict;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.mentra.sessions.pairing.domain.Chat;
import org.mentra.sessions.pairing.domain.ChatFeedback;
import org.mentra.sessions.pairing.domain.ChatFeedbackRepository;
import org.mentra.sessions.pairing.domain.ChatStatus;
import org.mentra.sessions.pairing.domain.PairingMode;
import org.mentra.sessions.pairing.domain.RegistrationStatus;

/**
 * chat-session on the real diagram, every path: both come (held, feedback); the counselor is late and a
 * standby takes over; late with no standby (apology, coordinator task); the patient never comes; a pair
 * called off before the start and the other side paired again.
 */
class ChatSessionProcessTest extends PairingIntegrationTest {
  @Autowired
  OneClickLinks oneClickLinks;


  private static final Pattern LINK = Pattern.compile("/r/[A-Za-z0-9_.-]+");

  @Autowired
  private CheckIns checkIns;
  @Autowired
  private ChatAttendance chatAttendance;

  @Autowired
  private AttendanceService attendanceService;
  @Autowired
  private TestRestTemplate http;

  private final Instant start = NOW.plus(Duration.ofDays(3));
  private final Instant end = start.plus(Duration.ofHours(1));

  private Person susan;
  private Person bob;
  private Event event;

  @BeforeEach
  void susanAndBobArePaired() {
    at(NOW);
    susan = counselor("Susan Park");
    bob = patient("Bob Chen");
    compatibility(bob, susan, 80);
    event = event("Support chats", start, Duration.ofHours(2), PairingMode.AUTOMATIC);
    advanceTo(NOW.plus(Duration.ofMinutes(1)), event);
    available(event, susan, start, end);
    register(event, bob, start, end);
  }

  @Test
  void bothCheckInTheChatIsHeldAndTheFeedbackStored() {
    Chat chat = pairAtTheCutoff();
    ProcessInstance session = chatSession(chat);
    OutboundMessage assignment = mail(bob, "Your chat with Susan Park");
    ConcernContext aboutTheChat = ConcernContext.chat(chat.getId());
    assertConcernLink(assignment, oneClickLinks, aboutTheChat);
    assertConcernLink(mail(susan, "Your chat with Bob"), oneClickLinks, aboutTheChat);
    OutboundAttachment invite = assignment.getAttachments().get(0);
    InviteAssertions.assertValidRequest(invite.getContent());
    assertThat(InviteAssertions.uid(invite.getContent())).isEqualTo(SessionInvite.uidOf("chat", chat.getId()));
    assertThat(InviteAssertions.attendees(invite.getContent())).as("the patient's invite lists only him")
        .containsExactly(bob.getEmail());
    assertThat(InviteAssertions.property(invite.getContent(), "DESCRIPTION")).hasValueSatisfying(d ->
        assertThat(d).contains("with Susan Park"));
    String counselorInvite = mail(susan, "Your chat with Bob").getAttachments().get(0).getContent();
    InviteAssertions.assertValidRequest(counselorInvite);
    assertThat(InviteAssertions.uid(counselorInvite)).isEqualTo(SessionInvite.uidOf("chat-counselor", chat.getId()));
    assertThat(InviteAssertions.attendees(counselorInvite)).as("the counselor's invite lists only her")
        .containsExactly(susan.getEmail());
    assertThat(InviteAssertions.property(counselorInvite, "DESCRIPTION")).hasValueSatisfying(d ->
        assertThat(d).contains("with Bob.").doesNotContain("Chen"));

    advanceTo(start.minus(Duration.ofHours(1)), event);
    assertThat(mail(bob, "Soon: your chat").getTextBody()).containsPattern(LINK);
    assertConcernLink(mail(bob, "Soon: your chat"), oneClickLinks, aboutTheChat);
    assertThat(session).isWaitingAt("ReceiveTask_CounselorCheckIn", "ReceiveTask_PatientCheckIn");

    at(start.minus(Duration.ofMinutes(5)));
    checkIns.checkIn(SessionKind.CHAT, chat.getId(), susan.getId());
    at(start.plus(Duration.ofMinutes(3)));
    checkIns.checkIn(SessionKind.CHAT, chat.getId(), bob.getId());
    assertThat(session).isWaitingAt("Timer_SlotOver");

    advanceTo(end, event);
    assertThat(session).isEnded().hasPassed("Task_CompleteChat", "Task_RequestFeedback", "EndEvent_ChatHeld");
    assertThat(chatRepository.findById(chat.getId()).orElseThrow().getStatus()).isEqualTo(ChatStatus.COMPLETED);
    assertThat(chatAttendance.title(chat.getId())).as("the attendance report names a held chat by its event")
        .contains(event.getTitle());

    String feedbackLink = link(mail(bob, "How was your chat?"));
    assertThat(http.getForEntity(baseUrl() + feedbackLink, String.class).getBody()).contains("How was your chat?");
    ResponseEntity<String> answered = post(feedbackLink, "choice", "5", "comment", "Susan really listened.");
    assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
    ChatFeedback stored = feedback.findByChatIdAndPersonId(chat.getId(), bob.getId()).orElseThrow();
    assertThat(stored.getRating()).isEqualTo(5);
    assertThat(stored.getComment()).contains("Susan really listened.");
  }

  @Test
  void aCounselorWhoseCheckInWinsTheRaceWithTheLatenessTimerIsNotReplaced() {
    Person joe = counselor("Joe Martinez");
    compatibility(bob, joe, 70);
    available(event, joe, start, end);
    Chat chat = pairAtTheCutoff();
    ProcessInstance session = chatSession(chat);
    advanceTo(start.minus(Duration.ofHours(1)), event);
    // Susan's check-in commits in the very instant the 10-minute timer fires: its message to the
    // process is still on its way when the timer's job reads her attendance.
    at(start.plus(Duration.ofMinutes(10)));
    attendanceService.record(new AttendanceReport(SessionKind.CHAT, chat.getId(), susan.getId(),
        ParticipantRole.COUNSELOR, AttendanceStatus.LATE, start, "check-in"));

    advanceTo(start.plus(Duration.ofMinutes(10)), event);

    assertThat(session).hasPassed("Task_ReportCounselorNoShow").hasNotPassed("Task_FindStandby");
    assertThat(chatRepository.findById(chat.getId()).orElseThrow().getCounselorId()).isEqualTo(susan.getId());
    assertThat(attendanceService.find(SessionKind.CHAT, chat.getId(), susan.getId())
        .orElseThrow().getStatus()).isEqualTo(AttendanceStatus.LATE);
    assertThat(mailTo(joe)).noneMatch(m -> m.getSubject().contains("Can you join now?"));
    assertThat(session).isWaitingAt("ReceiveTask_PatientCheckIn");
  }

  @Test
  void aCounselorTenMinutesLateIsReplacedByTheBestFreeStandby() {
    Person joe = counselor("Joe Martinez");
    Person tom = counselor("Tom OBrien");
    compatibility(bob, joe, 70);
    compatibility(bob, tom, 40);
    available(event, joe, start, end.plus(Duration.ofHours(1)));
    available(event, tom, start, end);
    Chat chat = pairAtTheCutoff();
    assertThat(chat.getCounselorId()).isEqualTo(susan.getId());
    ProcessInstance session = chatSession(chat);
    advanceTo(start.minus(Duration.ofHours(1)), event);
    at(start.plus(Duration.ofMinutes(2)));
    checkIns.checkIn(SessionKind.CHAT, chat.getId(), bob.getId());

    advanceTo(start.plus(Duration.ofMinutes(10)), event);

    Chat switched = chatRepository.findById(chat.getId()).orElseThrow();
    assertThat(switched.getCounselorId()).as("best compatibility among the free").isEqualTo(joe.getId());
    assertThat(switched.getLateCounselorId()).contains(susan.getId());
    assertThat(attendanceService.find(SessionKind.CHAT, chat.getId(), susan.getId())
        .orElseThrow().getStatus()).isEqualTo(AttendanceStatus.NO_SHOW);
    String patientInvite = mail(bob, "Joe Martinez will talk with you now").getAttachments().get(0).getContent();
    InviteAssertions.assertValidRequest(patientInvite);
    assertThat(InviteAssertions.uid(patientInvite)).isEqualTo(SessionInvite.uidOf("chat", chat.getId()));
    assertThat(InviteAssertions.sequence(patientInvite)).isEqualTo(1);
    assertThat(InviteAssertions.attendees(patientInvite)).containsExactly(bob.getEmail());
    assertThat(InviteAssertions.property(patientInvite, "DESCRIPTION")).hasValueSatisfying(d ->
        assertThat(d).contains("with Joe Martinez"));
    String standbyInvite = mail(joe, "Can you join now?").getAttachments().get(0).getContent();
    InviteAssertions.assertValidRequest(standbyInvite);
    assertThat(InviteAssertions.uid(standbyInvite)).isEqualTo(SessionInvite.uidOf("chat-counselor", chat.getId()));
    assertThat(InviteAssertions.sequence(standbyInvite)).isEqualTo(1);
    assertThat(InviteAssertions.attendees(standbyInvite)).containsExactly(joe.getEmail());
    String lateCancel = mail(susan, "We handed your chat to another counselor").getAttachments().get(0).getContent();
    InviteAssertions.assertValidCancel(lateCancel);
    assertThat(InviteAssertions.uid(lateCancel)).isEqualTo(SessionInvite.uidOf("chat-counselor", chat.getId()));
    assertThat(InviteAssertions.sequence(lateCancel)).isEqualTo(1);
    assertThat(InviteAssertions.attendees(lateCancel)).containsExactly(susan.getEmail());
    assertThat(session).isWaitingAt("Timer_SlotOver");

    advanceTo(end, event);
    assertThat(session).isEnded().hasPassed("Task_SendStandbyInvites", "EndEvent_ChatHeld");
    assertThat(attendanceService.find(SessionKind.CHAT, chat.getId(), joe.getId()))
        .as("the standby's attendance counts for no one").isEmpty();
  }

  @Test
  void twoChatsShortOfACounselorAtOnceNeverGetTheSameStandby() throws Exception {
    Person tom = counselor("Tom OBrien");
    Person joe = counselor("Joe Martinez");
    Person mary = patient("Mary Johnson");
    Instant half = start.plus(Duration.ofMinutes(30));
    available(event, tom, half, half.plus(Duration.ofHours(1)));
    available(event, joe, start, half.plus(Duration.ofHours(1)));
    register(event, mary, half, half.plus(Duration.ofHours(1)));
    compatibility(mary, tom, 80);
    compatibility(bob, joe, 30);
    compatibility(mary, joe, 30);
    pairAtTheCutoff();
    Chat bobs = chatOf(event, bob);
    Chat marys = chatOf(event, mary);
    assertThat(bobs.getCounselorId()).isEqualTo(susan.getId());
    assertThat(marys.getCounselorId()).isEqualTo(tom.getId());

    // Susan and Tom are both late; Joe is free for either chat, and the two overlap.
    at(half.plus(Duration.ofMinutes(10)));
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Boolean> found = new ArrayList<>();
    try {
      List<Future<Boolean>> answers = new ArrayList<>();
      for (Chat chat : List.of(bobs, marys)) {
        answers.add(pool.submit(() -> {
          together.await(10, TimeUnit.SECONDS);
          return chatSessionService.findStandby(chat.getId());
        }));
      }
      for (Future<Boolean> answer : answers) {
        found.add(answer.get(30, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(found).containsExactlyInAnyOrder(true, false);
    assertThat(chats(event)).filteredOn(c -> c.isLive() && c.getCounselorId().equals(joe.getId())).hasSize(1);
  }

  @Test
  void aCounselorWhoDidNotComeIsNoStandbyForAnotherChatAtThatTime() {
    Person tom = counselor("Tom OBrien");
    Person joe = counselor("Joe Martinez");
    Person mary = patient("Mary Johnson");
    available(event, tom, start, end);
    available(event, joe, start, end);
    register(event, mary, start, end);
    compatibility(mary, tom, 80);
    compatibility(bob, joe, 50);
    compatibility(mary, joe, 50);
    compatibility(bob, tom, 10);
    compatibility(mary, susan, 10);
    pairAtTheCutoff();
    assertThat(chatOf(event, bob).getCounselorId()).isEqualTo(susan.getId());
    assertThat(chatOf(event, mary).getCounselorId()).isEqualTo(tom.getId());
    advanceTo(start.minus(Duration.ofHours(1)), event);

    // Susan and Tom are both late: Joe takes one chat, and the one who did not come is no standby for the other.
    advanceTo(start.plus(Duration.ofMinutes(10)), event);

    assertThat(chats(event)).filteredOn(c -> c.getCounselorId().equals(joe.getId()) && c.isLive()).hasSize(1);
    assertThat(chats(event)).filteredOn(c -> c.getStatus() == ChatStatus.NO_COUNSELOR).hasSize(1);
    assertThat(chats(event)).filteredOn(Chat::isLive)
        .noneMatch(c -> c.getCounselorId().equals(susan.getId()) || c.getCounselorId().equals(tom.getId()));

    Chat without = chats(event).stream().filter(c -> c.getStatus() == ChatStatus.NO_COUNSELOR).findFirst().orElseThrow();
    ProcessInstance left = chatSession(without);
    assertThat(left).isWaitingAt("UserTask_RebookPatient");
    taskService.complete(taskService.createTaskQuery().processInstanceId(left.getId()).singleResult().getId(),
        withVariables("rebookDecision", "DONE"));
    assertThat(left).isEnded();
  }

  @Test
  void withNoStandbyThePatientGetsAnApologyAndTheCoordinatorsATask() {
    Chat chat = pairAtTheCutoff();
    ProcessInstance session = chatSession(chat);
    advanceTo(start.minus(Duration.ofHours(1)), event);
    at(start.plus(Duration.ofMinutes(1)));
    checkIns.checkIn(SessionKind.CHAT, chat.getId(), bob.getId());

    advanceTo(start.plus(Duration.ofMinutes(10)), event);

    assertThat(session).isWaitingAt("UserTask_RebookPatient");
    Task task = taskService.createTaskQuery().processInstanceId(session.getId()).singleResult();
    assertThat(taskService.getVariables(task.getId())).containsEntry("patientName", "Bob Chen")
        .containsEntry("lateCounselorName", "Susan Park").containsEntry("eventTitle", "Support chats");
    assertThat(taskService.getIdentityLinksForTask(task.getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("coordinators"));
    assertThat(chatRepository.findById(chat.getId()).orElseThrow().getStatus()).isEqualTo(ChatStatus.NO_COUNSELOR);
    OutboundMessage apology = mail(bob, "We are sorry: your counselor could not come");
    assertThat(apology.getTextBody()).containsPattern(LINK);
    InviteAssertions.assertValidCancel(apology.getAttachments().get(0).getContent());

    taskService.complete(task.getId(), withVariables("rebookDecision", "WAITLIST", "coordinatorNote", "Called Bob."));
    runDueJobs(event);

    assertThat(session).isEnded().hasPassed("Task_ApplyRebookingDecision", "EndEvent_PatientLookedAfter");
    assertThat(registrationRepository.findById(chat.getRegistrationId()).orElseThrow().getStatus())
        .isEqualTo(RegistrationStatus.WAITING);
    assertThat(subjectsTo(bob)).as("no other place is free, so he is told kindly")
        .contains("You are on the waitlist for Support chats");
  }

  @Test
  void aPatientWhoNeverChecksInIsANoShowAndTheCounselorWaitsToTheEnd() {
    Chat chat = pairAtTheCutoff();
    ProcessInstance session = chatSession(chat);
    advanceTo(start.minus(Duration.ofHours(1)), event);
    at(start.minus(Duration.ofMinutes(2)));
    checkIns.checkIn(SessionKind.CHAT, chat.getId(), susan.getId());

    advanceTo(start.plus(Duration.ofMinutes(30)), event);
    assertThat(session).as("the counselor waits").isWaitingAt("ReceiveTask_PatientCheckIn");

    advanceTo(end, event);
    assertThat(session).isEnded().hasPassed("Task_ReportPatientNoShow", "EndEvent_PatientNoShow")
        .hasNotPassed("Task_RequestFeedback");
    assertThat(attendanceService.find(SessionKind.CHAT, chat.getId(), bob.getId())
        .orElseThrow().getStatus()).isEqualTo(AttendanceStatus.NO_SHOW);
    assertThat(chatRepository.findById(chat.getId()).orElseThrow().getStatus()).isEqualTo(ChatStatus.PATIENT_NO_SHOW);
  }

  @Test
  void aCounselorCallsOffByLinkAndThePatientIsPairedWithSomeoneElse() {
    Person joe = counselor("Joe Martinez");
    compatibility(bob, joe, 60);
    available(event, joe, start, end);
    Chat chat = pairAtTheCutoff();
    ProcessInstance session = chatSession(chat);
    String cancelLink = link(mail(susan, "Your chat with Bob"));

    at(start.minus(Duration.ofHours(20)));
    assertThat(http.getForEntity(baseUrl() + cancelLink, String.class).getBody()).contains("Call off your chat?");
    assertThat(chatRepository.findById(chat.getId()).orElseThrow().isLive()).as("a GET changes nothing").isTrue();
    assertThat(post(cancelLink).getStatusCode()).isEqualTo(HttpStatus.OK);
    runDueJobs(event);

    assertThat(session).isEnded().hasPassed("Task_SendCancellations", "Task_AskEventToRePair");
    assertThat(subjectsTo(susan)).anyMatch(s -> s.startsWith("Your chat is cancelled"));
    String patientCancel = mail(bob, "Your counselor had to cancel").getAttachments().get(0).getContent();
    InviteAssertions.assertValidCancel(patientCancel);
    assertThat(InviteAssertions.uid(patientCancel)).isEqualTo(SessionInvite.uidOf("chat", chat.getId()));
    assertThat(InviteAssertions.attendees(patientCancel)).containsExactly(bob.getEmail());
    String counselorCancel = mail(susan, "Your chat is cancelled").getAttachments().get(0).getContent();
    InviteAssertions.assertValidCancel(counselorCancel);
    assertThat(InviteAssertions.uid(counselorCancel)).isEqualTo(SessionInvite.uidOf("chat-counselor", chat.getId()));
    assertThat(InviteAssertions.attendees(counselorCancel)).containsExactly(susan.getEmail());
    Chat again = chatOf(event, bob);
    assertThat(again.getCounselorId()).isEqualTo(joe.getId());
    assertThat(chatSession(again)).isWaitingAt("Timer_ReminderDue");
    assertThat(subjectsTo(bob)).anyMatch(s -> s.startsWith("Your chat with Joe Martinez"));
    assertThat(availabilityService.find(event.getId(), susan.getId()).orElseThrow().slots())
        .as("the time she gave up is no longer offered").isEmpty();
  }

  @Test
  void aCounselorKeepsTheTimeOfHerChatsAndIsToldWhichInHerOwnZone() {
    Chat chat = pairAtTheCutoff();

    assertThatThrownBy(() -> available(event, susan, end, end.plus(Duration.ofHours(1))))
        .isInstanceOfSatisfying(Conflict.class, e -> {
          assertThat(e.detail()).contains("13:00 BST (Europe/London)", "cancel link");
        });
    assertThat(availabilityService.find(event.getId(), susan.getId()).orElseThrow().windows())
        .containsExactly(chat.time());
  }

  @Test
  void aPatientWithdrawsAndTheCounselorsTimeGoesToThePatientWaiting() {
    Person mary = patient("Mary Johnson");
    compatibility(mary, susan, 50);
    register(event, mary, start, end);
    Chat chat = pairAtTheCutoff();
    assertThat(chat.getPatientId()).isEqualTo(bob.getId());

    at(start.minus(Duration.ofHours(20)));
    registrationService.withdraw(event.getId(), bob.getId());
    runDueJobs(event);

    assertThat(chatSession(chat)).isNull();
    assertThat(chatOf(event, mary).getCounselorId()).isEqualTo(susan.getId());
    assertThat(subjectsTo(susan)).contains("Your patient cancelled your chat")
        .anyMatch(s -> s.startsWith("Your chat with Mary"));
    assertThat(registrationRepository.findById(chat.getRegistrationId()).orElseThrow().getStatus())
        .isEqualTo(RegistrationStatus.CANCELLED);
  }

  @Autowired
  private ChatFeedbackRepository feedback;

  /** Runs the cutoff (24 h before) and returns Bob's chat. */
  private Chat pairAtTheCutoff() {
    advanceTo(start.minus(Duration.ofHours(24)), event);
    return chatOf(event, bob);
  }

  private OutboundMessage mail(Person to, String subjectStart) {
    List<OutboundMessage> found = mailTo(to).stream().filter(m -> m.getSubject().startsWith(subjectStart)).toList();
    assertThat(found).as("mail to %s starting '%s' among %s", to.getDisplayName(), subjectStart, subjectsTo(to))
        .hasSize(1);
    return found.get(0);
  }

  private static String link(OutboundMessage mail) {
    Matcher matcher = LINK.matcher(mail.getTextBody());
    assertThat(matcher.find()).as("a link in %s", mail.getSubject()).isTrue();
    return matcher.group();
  }

  private ResponseEntity<String> post(String path, String... fields) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      form.add(fields[i], fields[i + 1]);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return http.postForEntity(baseUrl() + path, new HttpEntity<>(form, headers), String.class);
  }
}
