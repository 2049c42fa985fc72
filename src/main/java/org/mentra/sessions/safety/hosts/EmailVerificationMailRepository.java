package org.mentra.sessions.safety.hosts;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EmailVerificationMailRepository extends JpaRepository<EmailVerificationMail, UUID> {}
