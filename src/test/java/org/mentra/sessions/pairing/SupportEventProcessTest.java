package org.mentra.sessions.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import static org.mentra.sessions.support.ConcernLinkAssertions.assertConcernLink;
import org.mentra.sessions.links.OneClickLinks;
import org.mentra.sessions.links.ConcernContext;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.mentra.sessions.pairing.domain.Chat;
import org.mentra.sessions.pairing.domain.ChatStatus;
import org.mentra.sessions.pairing.domain.PairingMode;
import org.mentra.sessions.pairing.domain.RegistrationStatus;

/**
 * support-event end to end on the real diagram: the counselor invitation 7 days before, sign-ups, the
 * pairing at the cutoff (the seed's case: Bob–Joe and Mary–Susan, never Bob–Susan), a chat-session per
 * pair, the waitlist message, an early pairing whose pairs stay pinned, the event's end and its
 * cancellation.
 */
class SupportEventProcessTest extends PairingIntegrationTest {
  @Autowired
  OneClickLinks oneClickLinks;


  private final Instant start = NOW.plus(Duration.ofDays(9));
  private final Instant oneHourLater = start.plus(Duration.ofHours(1));

  @Autowired
  private PairingRequestService pairingRequests;

  private Person susan;
  private Person joe;
  private Person bob;
  private Person mary;

  @BeforeEach
  void community() {
    at(NOW);
    susan = counselor("Susan Park");
    joe = counselor("Joe Martinez");
    bob = patient("Bob Chen");
    mary = patient("Mary Johnson");
    compatibility(bob, susan, 95);
    compatibility(mary, joe, 20);
    compatibility(bob, joe, 90);
    compatibility(mary, susan, 85);
  }

  @Test
  void pairsOptimallyAtTheCutoffStartsAChatPerPairTellsTheOneLeftOverAndClosesAtTheEnd() {
    Event event = event("Evening support chats", start, Duration.ofHours(3), PairingMode.AUTOMATIC);
    ProcessInstance process = supportEvent(event);
    assertThat(process).isWaitingAt("Timer_InviteCounselors");

    advanceTo(start.minus(Duration.ofDays(7)), event);
    assertThat(process).isWaitingAt("EventGateway_WhileSignUpsOpen");
    assertThat(subjectsTo(susan)).containsExactly("When can you talk? Evening support chats");
    assertThat(mailTo(joe).get(0).getTextBody()).contains("/r/");

    available(event, susan, start, oneHourLater);
    available(event, joe, start, oneHourLater);
    register(event, bob, start, oneHourLater);
    register(event, mary, start, oneHourLater);
    Person ann = patient("Ann Lee");
    compatibility(ann, susan, 10);
    compatibility(ann, joe, 10);
    register(event, ann, start, oneHourLater);

    advanceTo(start.minus(Duration.ofHours(24)), event);

    assertThat(process).isWaitingAt("EventGateway_UntilEventOver");
    assertThat(chatOf(event, bob).getCounselorId()).isEqualTo(joe.getId());
    assertThat(chatOf(event, mary).getCounselorId()).isEqualTo(susan.getId());
    assertThat(chats(event)).extracting(Chat::getCompatibility).containsExactlyInAnyOrder(90, 85);
    assertThat(chats(event)).allSatisfy(chat -> {
      assertThat(chat.getStatus()).isEqualTo(ChatStatus.SCHEDULED);
      assertThat(chatSession(chat)).isWaitingAt("Timer_ReminderDue");
    });
    assertThat(subjectsTo(bob)).anyMatch(s -> s.startsWith("Your chat with Joe Martinez"));
    assertThat(subjectsTo(joe)).anyMatch(s -> s.startsWith("Your chat with Bob,"));
    assertThat(subjectsTo(ann)).contains("You are on the waitlist for Evening support chats");
    ConcernContext aboutTheEvent = ConcernContext.event(event.getId());
    for (var notice : mailTo(ann)) {
      assertConcernLink(notice, oneClickLinks, aboutTheEvent); // her sign-up, then the waitlist
    }
    assertConcernLink(mailTo(susan).get(0), oneClickLinks, aboutTheEvent); // "When can you talk?"
    assertThat(registrationRepository.findByEventIdAndPatientId(event.getId(), ann.getId()).orElseThrow()
        .getStatus()).isEqualTo(RegistrationStatus.WAITING);

    at(start.plus(Duration.ofHours(3)));
    runDueJobs(event);
    assertThat(process).isEnded();
    assertThat(eventService.get(event.getId()).getStatus()).isEqualTo(EventStatus.COMPLETED);
  }

  @Test
  void anEarlyPairingIsPinnedALateSignUpGetsTheFreeSeatAndNoConfirmedPairIsSwapped() {
    Event event = event("Pinned pairs", start, Duration.ofHours(3), PairingMode.AUTOMATIC);
    advanceTo(start.minus(Duration.ofDays(7)), event);
    available(event, susan, start, oneHourLater);
    available(event, joe, start, oneHourLater);
    register(event, mary, start, oneHourLater);

    at(start.minus(Duration.ofDays(5)));
    pairingRequests.requestPairing(event.getId());
    runDueJobs(event);
    Chat marys = chatOf(event, mary);
    assertThat(marys.getCounselorId()).as("Mary's best counselor").isEqualTo(susan.getId());
    assertThat(supportEvent(event)).as("sign-ups still open").isWaitingAt("EventGateway_WhileSignUpsOpen");

    // Bob would fit Susan best (95), but Mary's pair is confirmed: he gets Joe (90) and Mary keeps Susan.
    register(event, bob, start, oneHourLater);
    runDueJobs(event);

    assertThat(chatOf(event, mary).getId()).isEqualTo(marys.getId());
    assertThat(chatOf(event, mary).getCounselorId()).isEqualTo(susan.getId());
    assertThat(chatOf(event, bob).getCounselorId()).isEqualTo(joe.getId());
    assertThat(subjectsTo(mary)).filteredOn(sub -> sub.startsWith("Your chat with")).hasSize(1);
  }

  @Test
  void cancellingTheEventCallsOffEveryChatAndTellsThoseStillWaiting() {
    Event event = event("Cancelled evening", start, Duration.ofHours(3), PairingMode.AUTOMATIC);
    advanceTo(start.minus(Duration.ofDays(7)), event);
    available(event, susan, start, oneHourLater);
    register(event, bob, start, oneHourLater);
    register(event, mary, start, oneHourLater);
    advanceTo(start.minus(Duration.ofHours(24)), event);
    Chat bobs = chatOf(event, bob);
    ProcessInstance chatSession = chatSession(bobs);

    at(start.minus(Duration.ofHours(20)));
    eventService.delete(event.getId());
    runDueJobs(event);

    assertThat(supportEvent(event)).isNull();
    assertThat(chatSession).isEnded().hasPassed("Task_SendCancellations", "EndEvent_ChatCalledOff");
    assertThat(chatRepository.findById(bobs.getId()).orElseThrow().getStatus()).isEqualTo(ChatStatus.CANCELLED);
    assertThat(subjectsTo(bob)).contains("Cancelled evening is cancelled");
    assertThat(subjectsTo(susan)).contains("Cancelled evening is cancelled");
    assertThat(subjectsTo(mary)).as("still waiting").contains("Cancelled evening is cancelled");
    assertThat(mailTo(bob).stream().filter(m -> m.getSubject().endsWith("is cancelled")).findFirst().orElseThrow()
        .getAttachments()).singleElement().satisfies(a -> assertThat(a.getFileName()).isEqualTo("cancel.ics"));
  }

  @Test
  void beforeTheCutoffAPairCalledOffIsPairedAgainAtOnce() {
    Event event = event("Early change", start, Duration.ofHours(3), PairingMode.AUTOMATIC);
    advanceTo(start.minus(Duration.ofDays(7)), event);
    available(event, susan, start, oneHourLater);
    available(event, joe, start, oneHourLater);
    register(event, bob, start, oneHourLater);
    at(start.minus(Duration.ofDays(5)));
    pairingRequests.requestPairing(event.getId());
    runDueJobs(event);
    Chat withSusan = chatOf(event, bob);
    assertThat(withSusan.getCounselorId()).isEqualTo(susan.getId());

    chatSessionService.cancel(withSusan.getId(), susan.getId());
    runDueJobs(event);

    assertThat(supportEvent(event)).hasPassed("Msg_PlaceFreedEarly").isWaitingAt("EventGateway_WhileSignUpsOpen");
    assertThat(chatOf(event, bob).getCounselorId()).isEqualTo(joe.getId());
  }

  @Test
  void afterTheCutoffNewCounselorTimeAndACoordinatorsPairNowServeTheWaitlist() {
    Event event = event("Late capacity", start, Duration.ofHours(3), PairingMode.AUTOMATIC);
    advanceTo(start.minus(Duration.ofDays(7)), event);
    available(event, susan, start, oneHourLater);
    register(event, bob, start, oneHourLater);
    register(event, mary, start, oneHourLater);
    advanceTo(start.minus(Duration.ofHours(24)), event);
    assertThat(chatOf(event, bob).getCounselorId()).isEqualTo(susan.getId());
    assertThat(subjectsTo(mary)).contains("You are on the waitlist for Late capacity");

    at(start.minus(Duration.ofHours(10)));
    available(event, joe, start, oneHourLater);
    runDueJobs(event);
    assertThat(supportEvent(event)).hasPassed("Msg_PlaceFreed");
    assertThat(chatOf(event, mary).getCounselorId()).as("the next free place goes to the waitlist")
        .isEqualTo(joe.getId());

    pairingRequests.requestPairing(event.getId());
    runDueJobs(event);
    assertThat(supportEvent(event)).hasPassed("Msg_PairingRequested").isWaitingAt("EventGateway_UntilEventOver");
    assertThat(chats(event)).hasSize(2);
  }
}
