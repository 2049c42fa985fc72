package org.mentra.sessions.pairing.web;

import java.util.UUID;
import org.mentra.sessions.links.LinkRejected;
import org.mentra.sessions.links.LinkToken;
import org.mentra.sessions.pairing.domain.Chat;
import org.mentra.sessions.pairing.ChatSessionService;

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


  private static Chat chat(ChatSessionService chats, LinkToken token) {
    try {
      return chats.find(UUID.fromString(token.subject())).orElseThrow(LinkRejected::notForYou);
    } catch (IllegalArgumentException e) {
      throw LinkRejected.tampered();
    }
  }
}
