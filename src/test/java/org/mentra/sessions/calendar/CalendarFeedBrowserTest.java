package org.mentra.sessions.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.BrowserCovers;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.OneClickPages;
import org.mentra.sessions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;

/** "A new address for my calendar" from a mail, in a real browser. */
@BrowserCovers(links = "calendar.feed-rotate")
class CalendarFeedBrowserTest extends IntegrationTest {

  @Autowired
  private CalendarFeeds calendarFeeds;
  @Autowired
  private PersonRepository people;

  @Test
  void thePageAsksWithOneButtonWorksWithoutJavaScriptAndTheUsedLinkSaysItIsDone() {
    Person cy = people.save(TestPeople.person("Cy Browser", "Asia/Tokyo", Role.COUNSELOR, Plan.FREE));
    String link = calendarFeeds.rotationLink(cy.getId());
    link = baseUrl() + link.substring(link.indexOf("/r/"));

    OneClickPages.assertChoicePage(link, "link-calendar-feed-rotate");
    assertThat(OneClickPages.submitWithoutJavaScript(link)).contains("Your new calendar address", "/calendar/", "Subscribe in your calendar app");
    OneClickPages.assertKindRefusal(link, "Already done");
    OneClickPages.assertKindRefusal(link.replace("/r/", "/r/x"), "This link is not valid");
  }
}
