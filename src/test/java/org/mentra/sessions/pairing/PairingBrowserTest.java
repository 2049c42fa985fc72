package org.mentra.sessions.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.links.OneClickLinks;
import org.mentra.sessions.pairing.domain.Chat;
import org.mentra.sessions.pairing.domain.ChatFeedbackRepository;
import org.mentra.sessions.pairing.domain.PairingMode;
import org.mentra.sessions.pairing.web.AvailabilityLinkHandler;
import org.mentra.sessions.pairing.web.FeedbackLinkHandler;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.support.BrowserCovers;
import org.mentra.sessions.support.OneClickPages;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** Paired support's link pages in a real browser: a counselor's availability and a patient's feedback. */
@BrowserCovers(links = {"pairing.availability", "pairing.feedback"})
class PairingBrowserTest extends PairingIntegrationTest {

  private final Instant start = NOW.plus(Duration.ofDays(10));

  @Autowired
  private OneClickLinks links;
  @Autowired
  private ChatFeedbackRepository feedback;

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

  private String local(String url) {
    return baseUrl() + url.substring(url.indexOf("/r/"));
  }
}
