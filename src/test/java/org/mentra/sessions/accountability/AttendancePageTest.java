package org.mentra.sessions.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.attendance.AttendanceReport;
import org.mentra.sessions.attendance.AttendanceStatus;
import org.mentra.sessions.attendance.AttendedSession;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.attendance.ScriptedSessions;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.mail.LocalTimes;
import org.mentra.sessions.people.Coordinators;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.Http;
import org.mentra.sessions.support.PhoneLayout;
import org.mentra.sessions.support.TestUsers;
import org.mentra.sessions.support.VisibleText;
import org.springframework.beans.factory.annotation.Autowired;

/** /coordination/attendance as a coordinator reads it: sessions by name and local time, rates only where there are any. */
class AttendancePageTest extends AccountabilityTest {

  @Autowired
  ScriptedSessions sessions;
  @Autowired
  Coordinators coordinators;

  @Test
  void sessionsAreNamedByWhatTheyAreAboutAndTheirLocalTimeEveryColumnHasAHeaderAndNoRateIsMadeUp() {
    Person host = person("Hana Host " + UUID.randomUUID().toString().substring(0, 4), Role.HOST);
    Person guest = person("Gus Guest", Role.PATIENT);
    Person absent = person("Abe Absent Host " + UUID.randomUUID().toString().substring(0, 4), Role.COUNSELOR);
    UUID known = UUID.randomUUID();
    UUID unknownChat = UUID.randomUUID();
    AttendanceReport hosted = report(host, ParticipantRole.HOST, SessionKind.EVENT, known, AttendanceStatus.ATTENDED);
    sessions.add(known, host.getId(), new AttendedSession("Sunday circle", hosted.sessionStart(),
        hosted.sessionStart().plusSeconds(3600), "https://meet.example/x", ParticipantRole.HOST));
    attendance.record(hosted);
    attendance.record(report(guest, ParticipantRole.PARTICIPANT, SessionKind.EVENT, known, AttendanceStatus.LATE));
    AttendanceReport missed = report(absent, ParticipantRole.COUNSELOR, SessionKind.CHAT, unknownChat,
        AttendanceStatus.NO_SHOW);
    attendance.record(missed);
    String when = new LocalTimes(coordinators.zone(), Locale.ENGLISH).dateTime(missed.sessionStart());

    String page = coordinator().get("/coordination/attendance?months=1").body();

    String bySession = table(page, "By session");
    assertThat(row(bySession, host.getDisplayName())).contains("Sunday circle", "Event, " + when);
    String chat = row(bySession, when + "</span>");
    assertThat(VisibleText.of(chat)).startsWith("Support chat " + when)
        .doesNotContain(unknownChat.toString().substring(0, 8));
    assertThat(count(bySession.substring(0, bySession.indexOf("</thead>")), "<th>")).as("a header per column")
        .isEqualTo(count(row(bySession, host.getDisplayName()), "<td"));
    assertThat(bySession).doesNotContain("<th></th>");
    String absentHost = VisibleText.of(row(table(page, "By host"), absent.getDisplayName()));
    assertThat(absentHost).as("held no session, so no attendance to speak of")
        .isEqualTo(absent.getDisplayName() + " " + absent.getEmail() + " 0 0 0 0 0 0 — — 1");
    assertThat(VisibleText.codesIn(VisibleText.of(page))).isEmpty();
  }

  @Test
  void aLongPageStillRendersItsLiftButtonsForACoordinatorWithoutASessionYet() {
    Person host = person("Busy Host " + UUID.randomUUID().toString().substring(0, 4), Role.HOST);
    for (int i = 0; i < 80; i++) {
      attendance.record(report(host, ParticipantRole.HOST, SessionKind.EVENT, UUID.randomUUID(),
          AttendanceStatus.ATTENDED));
    }
    Person paused = person("Paula Paused Long Page", Role.PATIENT);
    thirdNoShow(paused);

    // A first visit: the page's forms need a CSRF token, kept in a session that must exist before the
    // long page fills the response buffer and commits it.
    var page = coordinator().get("/coordination/attendance?months=1");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(paused.getDisplayName(), "Lift now", "</html>");
  }

  @Test
  void theTablesOfFiguresScrollOnAPhoneAndThePausedBecomeCards() {
    Person paused = person("Paula Phone", Role.PATIENT);
    thirdNoShow(paused);

    String page = coordinator().get("/coordination/attendance").body();

    assertThat(page).contains("Paula Phone", "<th>Lift early</th>");
    assertThat(PhoneLayout.assertEveryWideTableFits(page)).as("by month, host and session; paused now").isEqualTo(4);
  }

  @Test
  void aLongPageWithItsLiftButtonsRendersForACoordinatorWhoHasNoSessionYet() {
    // The lift form's CSRF token used to be made while rendering: once the page had outgrown the
    // response buffer (already sent), there was no session left to keep it in, and the page broke off.
    Person regular = person("Rita Regular", Role.PATIENT);
    for (int i = 0; i < 40; i++) {
      attendance.record(report(regular, ParticipantRole.PARTICIPANT, SessionKind.EVENT, UUID.randomUUID(),
          AttendanceStatus.ATTENDED));
    }
    Person paused = person("Lena Long Page", Role.PATIENT);
    thirdNoShow(paused);

    java.net.http.HttpResponse<String> page = coordinator().get("/coordination/attendance");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body().indexOf("Lena Long Page")).as("after the first 8 kB").isGreaterThan(16_384);
    assertThat(page.body()).contains("name=\"_csrf\"", "Lift now", "</html>");
  }

  private Http coordinator() {
    return Http.as(baseUrl(), TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  }

  /** The table after the heading. */
  private static String table(String page, String heading) {
    int at = page.indexOf("<h2>" + heading + "</h2>");
    assertThat(at).as(heading).isNotNegative();
    return page.substring(page.indexOf("<table>", at), page.indexOf("</table>", at));
  }

  /** The one row of the table that holds the text. */
  private static String row(String table, String text) {
    Matcher rows = Pattern.compile("(?s)<tr>.*?</tr>").matcher(table);
    List<String> found = rows.results().map(m -> m.group()).filter(r -> r.contains(text)).toList();
    assertThat(found).as("rows with " + text).hasSize(1);
    return found.get(0);
  }

  private static int count(String html, String tag) {
    return html.split(Pattern.quote(tag), -1).length - 1;
  }
}
