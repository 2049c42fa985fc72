package org.mentra.sessions.engine;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background pollers (outbox, pending correlations). Tests switch them off and drive the same
 * methods themselves, so nothing runs behind a test's back.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "mentra.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfig {}
