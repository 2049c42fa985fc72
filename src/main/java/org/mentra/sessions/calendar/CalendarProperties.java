package org.mentra.sessions.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param organizer who sends the invites, as a mail address with a name
 *     ({@code Mentra Sessions <sessions@mentra.example>}); calendar clients show it as the organizer
 */
@ConfigurationProperties("mentra.calendar")
public record CalendarProperties(String organizer) {}
