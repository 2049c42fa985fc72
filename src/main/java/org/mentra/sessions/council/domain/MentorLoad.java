package org.mentra.sessions.council.domain;

import java.util.UUID;

/** How many councils a mentor was recently asked to join. */
public record MentorLoad(UUID mentorId, long councils) {}
