package org.mentra.sessions.safety;

import java.util.UUID;

/** A report as the API and the "report a concern" page file it; checked by {@link ReportService}. */
public record ReportRequest(UUID reporterId, UUID reportedPersonId, UUID eventId, UUID sessionId,
    ReportCategory category, String text, boolean urgent) {}
