package org.mentra.sessions.attendance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.links.ConcernContext;
import org.mentra.sessions.links.LinkPage;
import org.mentra.sessions.links.LinkRejected;
import org.mentra.sessions.links.LinkToken;
import org.mentra.sessions.links.OneClickHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/** The join link: a page with one button, then the meeting room. People may rejoin, so it is reusable. */
@Component
class CheckInLinkHandler implements OneClickHandler {

  private final CheckIns checkIns;

  CheckInLinkHandler(CheckIns checkIns) {
    this.checkIns = checkIns;
  }

  @Override
  public String purpose() {
    return CheckIns.PURPOSE;
  }

  @Override
  public boolean singleUse() {
    return false;
  }

  @Override
  public Optional<ConcernContext> concern(LinkToken token) {
    Subject subject = Subject.of(token);
    return Optional.of(new ConcernContext(ConcernContext.Kind.valueOf(subject.kind().name()), subject.sessionId()));
  }

  @Override
  public LinkPage show(LinkToken token) {
    Subject subject = Subject.of(token);
    AttendedSession session = checkIns.session(subject.kind(), subject.sessionId(), token.personId());
    return LinkPage.confirm("Join " + session.title(),
        "Press the button to join. We note that you are there, so nobody waits for you in vain.",
        List.of(new LinkPage.Option("join", "Join now")), "join", "Join now", null);
  }

  @Override
  public LinkPage apply(LinkToken token, MultiValueMap<String, String> form) {
    Subject subject = Subject.of(token);
    return LinkPage.redirect(checkIns.checkIn(subject.kind(), subject.sessionId(), token.personId()));
  }

  private record Subject(SessionKind kind, UUID sessionId) {
    static Subject of(LinkToken token) {
      String[] parts = token.subject().split(":", 2);
      try {
        return new Subject(SessionKind.valueOf(parts[0]), UUID.fromString(parts[1]));
      } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
        throw LinkRejected.tampered();
      }
    }
  }
}
