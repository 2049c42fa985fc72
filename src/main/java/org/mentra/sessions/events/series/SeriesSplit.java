package org.mentra.sessions.events.series;

/**
 * A series cut in two at one occurrence ("this and all following"), the way calendar clients do it:
 * the old series ends just before it (UNTIL, or the COUNT of what came before) and a new one starts
 * with it, so the occurrences of the two together are those of the series before the cut.
 */
public record SeriesSplit(SeriesSchedule before, SeriesSchedule following) {}
