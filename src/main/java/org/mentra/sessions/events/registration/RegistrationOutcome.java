package org.mentra.sessions.events.registration;

import java.util.UUID;
import org.mentra.sessions.events.registration.domain.RegistrationStatus;

/**
 * Where a registration stands after a request.
 *
 * @param waitlistPosition 1 for the next in line; only while waitlisted
 * @param created whether the request made the registration (a repeated one answers what is there)
 */
public record RegistrationOutcome(UUID registrationId, RegistrationStatus status, Integer waitlistPosition,
    boolean created) {}
