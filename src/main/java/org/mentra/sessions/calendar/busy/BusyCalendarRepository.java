package org.mentra.sessions.calendar.busy;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BusyCalendarRepository extends JpaRepository<BusyCalendar, UUID> {}
