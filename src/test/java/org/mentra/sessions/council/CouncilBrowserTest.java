package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.mentra.sessions.support.TestUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The council's surfaces in a real browser: the mentors' link pages and the coordinators' dashboard. */
@BrowserCovers(links = {"council.availability", "council.drop-out"},
    pages = {"/coordination/councils", "/coordination/councils/{id}"})
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

  private String link(CouncilSession council, Person mentor, int slot) {
    return local(inTransaction(council, c -> links.slotAnswer(c, mentor.getId(), slot)));
  }

  private String local(String url) {
    return baseUrl() + url.substring(url.indexOf("/r/"));
  }
}
