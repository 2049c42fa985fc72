package org.mentra.sessions.council;

import java.util.UUID;

/** How many councils a mentor was recently asked to join. */
record MentorLoad(UUID mentorId, long councils) {}
