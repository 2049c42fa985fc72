package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.AttendanceStatus;
import org.mentra.sessions.attendance.CheckIns;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.council.domain.CouncilSession;

/** The join link in a council reminder: the mentee and the confirmed mentors check in, nobody else. */
class CouncilCheckInTest extends CouncilIntegrationTest {

  @Autowired
  private TestRestTemplate http;

  @Autowired
  private CheckIns checkIns;

  @Autowired
  private AttendanceService attendance;

  @Test
  void theMenteeChecksInAndIsSentToTheRoomWhileAMentorWhoIsNotNeededIsTurnedAway() throws Exception {
    Person mentee = mentee();
    List<Person> mentors = mentors(4);
    CouncilSession council = request(mentee, mentors, 3);
    ProcessInstance instance = process(council);
    runJobs(instance);
    mentors.subList(0, 3).forEach(m -> answer(council, m, Map.of(0, Availability.AVAILABLE)));
    answer(council, mentors.get(3), all(Availability.UNAVAILABLE));
    runJobs(instance);
    String room = inTransaction(council, c -> c.getMeetingUrl().orElseThrow());
    ClockUtil.setCurrentTime(Date.from(SLOTS.get(0).minusSeconds(300)));

    HttpResponse<String> joined = post(joinLink(council, mentee));

    assertThat(joined.statusCode()).isEqualTo(302);
    assertThat(joined.headers().firstValue("Location")).contains(room);
    assertThat(attendance.find(SessionKind.COUNCIL, council.getId(), mentee.getId()))
        .hasValueSatisfying(record -> {
          assertThat(record.getStatus()).isEqualTo(AttendanceStatus.ATTENDED);
          assertThat(record.getRole()).isEqualTo(ParticipantRole.MENTEE);
        });
    assertThat(post(joinLink(council, mentors.get(3))).statusCode()).isEqualTo(403);
    assertThat(http.getForEntity(joinLink(council, mentors.get(0)), String.class).getBody()).contains("Join now");
  }

  private String joinLink(CouncilSession council, Person person) {
    String url = checkIns.joinUrl(SessionKind.COUNCIL, council.getId(), person.getId(), SLOTS.get(0).plusSeconds(3600));
    return url.substring(url.indexOf("/r/"));
  }

  /** Posts the "Join now" page's form without following the redirect into the (external) room. */
  private HttpResponse<String> post(String link) throws Exception {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    return client.send(HttpRequest.newBuilder(URI.create(baseUrl() + link))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("choice=join")).build(), HttpResponse.BodyHandlers.ofString());
  }
}
