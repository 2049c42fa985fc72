package org.mentra.sessions.calendar;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarInviteRepository extends JpaRepository<CalendarInvite, String> {}
