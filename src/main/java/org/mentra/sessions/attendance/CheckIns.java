package org.mentra.sessions.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mentra.sessions.links.LinkRejected;
import org.mentra.sessions.links.OneClickLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Join links that record attendance. The link in a reminder opens a page with one "Join now" button
 * (a mail scanner's prefetch records nothing); pressing it records the check-in (on time or late)
 * and forwards to the meeting room.
 */
@Service
public class CheckIns {

  static final String PURPOSE = "attendance.check-in";
  /** The source of attendance recorded by a join link. */
  static final String SOURCE = "check-in";

  private final OneClickLinks links;
  private final AttendanceService attendance;
  private final Map<SessionKind, List<AttendedSessions>> sessions;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Duration opensBefore;
  private final Duration lateAfter;

  CheckIns(OneClickLinks links, AttendanceService attendance, List<AttendedSessions> sessions, ApplicationEventPublisher events, Clock clock,
      @Value("${mentra.attendance.room-opens-before:PT15M}") Duration opensBefore,
      @Value("${mentra.attendance.late-after:PT5M}") Duration lateAfter) {
    this.links = links;
    this.attendance = attendance;
    this.sessions = sessions.stream().collect(Collectors.groupingBy(AttendedSessions::kind));
    this.events = events;
    this.clock = clock;
    this.opensBefore = opensBefore;
    this.lateAfter = lateAfter;
  }

  /** The join link for one participant; it works until the session ends. */
  public String joinUrl(SessionKind kind, UUID sessionId, UUID personId, Instant sessionEnd) {
    return links.url(PURPOSE, personId, kind + ":" + sessionId, null, sessionEnd);
  }

  /** The session behind a join link, for the person it was sent to. */
  AttendedSession session(SessionKind kind, UUID sessionId, UUID personId) {
    List<AttendedSessions> directories = sessions.get(kind);
    if (directories == null) {
      throw LinkRejected.tampered();
    }
    return find(directories, sessionId, personId).orElseThrow(LinkRejected::notForYou);
  }

  /** The session as one participant sees it, when a feature knows it and the person is part of it. */
  public Optional<AttendedSession> find(SessionKind kind, UUID sessionId, UUID personId) {
    return find(sessions.getOrDefault(kind, List.of()), sessionId, personId);
  }

  /** What the session is about, for reports, when a feature knows it. */
  public Optional<String> title(SessionKind kind, UUID sessionId) {
    return sessions.getOrDefault(kind, List.of()).stream().map(d -> d.title(sessionId)).flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<AttendedSession> find(List<AttendedSessions> directories, UUID sessionId, UUID personId) {
    return directories.stream().map(d -> d.find(sessionId, personId)).flatMap(Optional::stream).findFirst();
  }

  /**
   * Records the first check-in of a participant (ATTENDED, or LATE after the grace period) and returns
   * the room to forward to. Joining again later changes nothing.
   */
  @Transactional
  public String checkIn(SessionKind kind, UUID sessionId, UUID personId) {
    AttendedSession session = session(kind, sessionId, personId);
    Instant now = clock.instant();
    if (now.isBefore(session.start().minus(opensBefore))) {
      throw new LinkRejected(LinkRejected.Kind.TOO_EARLY, "The room is not open yet",
          "You can join from " + opensBefore.toMinutes() + " minutes before the start. See you then!");
    }
    AttendanceStatus status = now.isAfter(session.start().plus(lateAfter))
        ? AttendanceStatus.LATE : AttendanceStatus.ATTENDED;
    attendance.recordFirst(new AttendanceReport(kind, sessionId, personId, session.role(), status, session.start(),
        SOURCE)).ifPresent(first -> events.publishEvent(new CheckedIn(kind, sessionId, personId, session.role(),
        status, now)));
    return session.meetingUrl();
  }
}
