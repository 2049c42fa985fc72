package org.mentra.sessions.pairing;

import java.util.UUID;
import org.mentra.sessions.links.LinkRejected;
import org.mentra.sessions.links.LinkToken;
import org.mentra.sessions.web.ApiException;
import org.springframework.http.HttpStatus;

/**
 * What the one-click links of paired support share: the chat a link is about (for the person it was
 * sent to; anyone else is refused), and a refused change shown as a friendly page.
 */
final class PairingLinks {

  private PairingLinks() {}

  /** The chat, when the link's person is its patient. */
  static Chat patientsChat(ChatSessionService chats, LinkToken token) {
    Chat chat = chat(chats, token);
    if (!chat.getPatientId().equals(token.personId())) {
      throw LinkRejected.notForYou();
    }
    return chat;
  }

  /** The chat, when the link's person is its patient or the counselor in charge. */
  static Chat participantsChat(ChatSessionService chats, LinkToken token) {
    Chat chat = chat(chats, token);
    if (!chat.involves(token.personId())) {
      throw LinkRejected.notForYou();
    }
    return chat;
  }

  /** A refusal of the service (a race: the chat was called off meanwhile) as a friendly page, not an error. */
  static LinkRejected rejected(ApiException e) {
    return new LinkRejected(HttpStatus.valueOf(e.getStatusCode().value()), "That did not work",
        e.getBody().getDetail());
  }

  private static Chat chat(ChatSessionService chats, LinkToken token) {
    try {
      return chats.find(UUID.fromString(token.subject())).orElseThrow(LinkRejected::notForYou);
    } catch (IllegalArgumentException e) {
      throw LinkRejected.tampered();
    }
  }
}
