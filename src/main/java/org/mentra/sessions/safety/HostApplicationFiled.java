package org.mentra.sessions.safety;

import java.util.UUID;

/** An application, received: its id (the host-verification's business key) and status. */
public record HostApplicationFiled(UUID id, HostVerificationStatus status) {}
