package org.mentra.sessions.safety;

import java.util.List;
import java.util.UUID;
import org.mentra.sessions.people.CrisisResource;

/** The answer to a report: its id and status, and crisis resources when it is an urgent concern. */
public record ReportFiled(UUID id, ReportStatus status, boolean urgent, List<CrisisResource> crisisResources) {}
