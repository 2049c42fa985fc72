package org.mentra.sessions.safety.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.safety.ModerationAccess;
import org.mentra.sessions.safety.ModerationService;
import org.mentra.sessions.safety.ReportCategory;
import org.mentra.sessions.safety.ReportRequest;
import org.mentra.sessions.safety.ReportService;
import org.mentra.sessions.support.Http;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.PhoneLayout;
import org.mentra.sessions.support.TestPeople;
import org.mentra.sessions.support.TestUsers;
import org.mentra.sessions.support.VisibleText;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * /coordination/safety and a report's audit trail page: coordinators and moderators only, urgent concerns first,
 * categories in words, due times in the viewer's zone, the time to the first human action against the target,
 * and as narrow as a phone.
 */
class SafetyCoordinationPageTest extends IntegrationTest {

  /** Days no other test files reports on, three apart: the measured period (?days=1) holds one test's reports. */
  private static final Instant FIRST_DAY = Instant.parse("2044-02-10T08:00:00Z");
  private static final AtomicInteger TESTS = new AtomicInteger();
  static final String MODERATOR = "testmoderator";
  static final String MODERATOR_PASSWORD = "moderator-secret";

  @Autowired
  ReportService reports;
  @Autowired
  ModerationService moderation;
  @Autowired
  PersonRepository people;
  @Autowired
  IdentityService identity;

  private final Instant now = FIRST_DAY.plus(Duration.ofDays(3L * TESTS.getAndIncrement()));
  private UUID urgentTouched;
  private UUID urgentUntouched;
  private UUID ordinary;
  private Person reporter;

  @BeforeEach
  void threeReports() {
    if (identity.createUserQuery().userId(MODERATOR).count() == 0) {
      User user = identity.newUser(MODERATOR);
      user.setFirstName("Mo");
      user.setLastName("Test");
      user.setPassword(MODERATOR_PASSWORD);
      identity.saveUser(user);
      identity.createMembership(MODERATOR, ModerationAccess.GROUP);
    }
    reporter = people.save(TestPeople.person("Rhea Reporter", "Europe/Berlin", Role.PATIENT, Plan.FREE));
    Person reported = people.save(TestPeople.person("Otis Other", "Europe/Berlin", Role.PATIENT, Plan.FREE));
    ordinary = fileAt(now.minus(Duration.ofHours(2)), reported, ReportCategory.SPAM, false);
    urgentTouched = fileAt(now.minus(Duration.ofMinutes(50)), reported, ReportCategory.SELF_HARM_RISK, false);
    ClockUtil.setCurrentTime(Date.from(now.minus(Duration.ofMinutes(45))));
    moderation.touch(urgentTouched, MODERATOR);
    urgentUntouched = fileAt(now.minus(Duration.ofMinutes(30)), reported, ReportCategory.THREAT, false);
    ClockUtil.setCurrentTime(Date.from(now));
  }

  @Test
  void openReportsUrgentFirstWithTheirDueTimesAndTheTimeToTheFirstActionAgainstTheTarget() {
    HttpResponse<String> page = coordinator().get("/coordination/safety?days=1");

    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    String text = VisibleText.of(html);
    assertThat(VisibleText.codesIn(text)).as("categories and statuses in words").isEmpty();
    assertThat(text).contains("A risk of self-harm", "A threat", "Spam", "Waiting for a moderator",
        "Yes, after about 5 minutes", "Not yet", "the last 1 day");
    assertThat(html).as("the periods read as a list").contains(">7</a>, <a", ">90</a> or <a");
    assertThat(html.indexOf(urgentTouched.toString())).as("urgent first, the oldest first")
        .isLessThan(html.indexOf(urgentUntouched.toString()));
    assertThat(html.indexOf(urgentUntouched.toString())).isLessThan(html.indexOf(ordinary.toString()));
    assertThat(text).as("the untouched threat is past its target of 15 minutes")
        .contains("1 urgent concern missed the target of 15 minutes");
    assertThat(text).as("urgent: one measured of two, 5 minutes; others: none measured")
        .contains("Urgent concerns 15 minutes about 5 minutes about 5 minutes 1 of 2 1")
        .contains("Other reports 72 hours — — 0 of 1 0");
    assertThat(PhoneLayout.assertEveryWideTableFits(html)).isEqualTo(2);
    assertThat(html).contains("href=\"/coordination/safety/reports/" + urgentTouched + "\"",
        "href=\"/coordination/councils\"", "href=\"/outbox\"");
  }

  @Test
  void timesAreInTheViewersZone() {
    Person moderatorProfile = people.findByUserId(MODERATOR).orElseGet(() -> {
      Person person = TestPeople.person("Mo Test", "Asia/Tokyo", Role.MENTOR, Plan.PROFESSIONAL);
      person.setUserId(MODERATOR);
      return people.save(person);
    });

    String asModerator = VisibleText.of(moderator().get("/coordination/safety?days=1").body());

    assertThat(moderatorProfile.getTimeZone()).isEqualTo("Asia/Tokyo");
    // the untouched threat came in at 07:30 UTC: due 07:45 UTC, 16:45 in Tokyo
    assertThat(asModerator).contains("Times in Asia/Tokyo", "16:45");
  }

  @Test
  void theAuditTrailPageShowsWhoWhenWhatAndWhyToCoordinatorsAndModeratorsOnly() {
    String path = "/coordination/safety/reports/" + urgentTouched;

    HttpResponse<String> page = coordinator().get(path);

    assertThat(page.statusCode()).isEqualTo(200);
    String text = VisibleText.of(page.body());
    assertThat(text).contains("A risk of self-harm", "Rhea Reporter", "Otis Other", "Reported", "reporter",
        "Taken by a moderator", MODERATOR, "took the report");
    assertThat(VisibleText.codesIn(text)).isEmpty();
    PhoneLayout.assertEveryWideTableFits(page.body());
    assertThat(moderator().get(path).statusCode()).isEqualTo(200);
    assertThat(member().get(path).statusCode()).as("the reporter is never shown to members").isEqualTo(403);
    assertThat(Http.anonymous(baseUrl()).get(path).statusCode()).isEqualTo(401);
    assertThat(coordinator().get("/coordination/safety/reports/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
  }

  @Test
  void onlyCoordinatorsAndModeratorsSeeThePageAndModeratorsNoOtherCoordinationPage() {
    assertThat(moderator().get("/coordination/safety").statusCode()).isEqualTo(200);
    assertThat(member().get("/coordination/safety").statusCode()).isEqualTo(403);
    assertThat(Http.anonymous(baseUrl()).get("/coordination/safety").statusCode()).isEqualTo(401);
    assertThat(moderator().get("/coordination/attendance").statusCode()).isEqualTo(403);
    assertThat(coordinator().get("/coordination/councils").body()).as("linked from the other pages")
        .contains("href=\"/coordination/safety\"");
    assertThat(coordinator().get("/coordination/attendance").body()).contains("href=\"/coordination/safety\"");
  }

  private UUID fileAt(Instant at, Person reported, ReportCategory category, boolean urgent) {
    ClockUtil.setCurrentTime(Date.from(at));
    return reports.fileByLink(new ReportRequest(reporter.getId(), reported.getId(), null, null, category,
        "What happened, in words.", urgent)).id();
  }

  private Http coordinator() {
    return Http.as(baseUrl(), TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  }

  private Http moderator() {
    return Http.as(baseUrl(), MODERATOR, MODERATOR_PASSWORD);
  }

  private Http member() {
    return Http.as(baseUrl(), TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD);
  }
}
