package org.mentra.sessions.safety;

import java.time.Instant;
import java.util.UUID;

/** A moderator removed a person as host (report-review); their host verification ends at once. */
public record HostRemoved(UUID personId, String reason, Instant at) {}
