package org.mentra.sessions.council;

import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.attendance.AttendedSession;
import org.mentra.sessions.attendance.AttendedSessions;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.attendance.SessionKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.mentra.sessions.council.domain.CouncilMentor;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilSessionRepository;

/** Councils for the join links (check-in): the mentee and the confirmed mentors, nobody else. */
@Component
class CouncilAttendedSessions implements AttendedSessions {

  private final CouncilSessionRepository councils;

  CouncilAttendedSessions(CouncilSessionRepository councils) {
    this.councils = councils;
  }

  @Override
  public SessionKind kind() {
    return SessionKind.COUNCIL;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<AttendedSession> find(UUID sessionId, UUID personId) {
    return councils.findById(sessionId).flatMap(council -> council.confirmedSlot().flatMap(slot -> {
      Optional<ParticipantRole> role = council.getMenteeId().equals(personId) ? Optional.of(ParticipantRole.MENTEE)
          : council.activeMentor(personId).filter(CouncilMentor::isSelected).map(m -> ParticipantRole.MENTOR);
      return role.map(r -> new AttendedSession("your council on \"" + council.getTopic() + "\"", slot.start(),
          slot.end(), council.getMeetingUrl().orElseThrow(), r));
    }));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> title(UUID sessionId) {
    return councils.findById(sessionId).map(CouncilSession::getTopic);
  }
}
