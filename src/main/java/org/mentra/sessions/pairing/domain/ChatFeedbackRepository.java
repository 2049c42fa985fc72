package org.mentra.sessions.pairing.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChatFeedbackRepository extends JpaRepository<ChatFeedback, UUID> {

  Optional<ChatFeedback> findByChatIdAndPersonId(UUID chatId, UUID personId);
}
