package org.mentra.sessions.council.mail;

import org.mentra.sessions.shared.TimeRange;

/**
 * A proposed slot with the link that answers "I can make this one" (council/parts/answer-links).
 *
 * @param busy whether the mentor's own calendar shows them busy during the slot
 */
public record SlotLink(TimeRange slot, String url, boolean busy) {}
