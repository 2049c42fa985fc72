/**
 * The shared kernel: the few values and errors every module speaks in. Domain errors ({@link
 * DomainException} and its four kinds) are thrown by services, delegates and jobs alike and translated
 * once for each surface: RFC 9457 problem details for the API, a friendly page for one-click links,
 * a refusal for Tasklist forms. {@link TimeRange} is the one start–end value.
 */
package org.mentra.sessions.shared;
