package org.mentra.sessions.accountability;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.mentra.sessions.mail.DurationWords;
import org.mentra.sessions.mail.LocalTimes;
import org.mentra.sessions.people.Coordinators;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import org.springframework.transaction.annotation.Transactional;
import org.mentra.sessions.accountability.domain.ReliabilitySummary;
import org.mentra.sessions.accountability.domain.Strike;
import org.mentra.sessions.accountability.domain.StrikeRepository;

/**
 * What a coordinator sees in a review form: who missed which session when (in the coordinators'
 * time zone), their record, and what they wrote. Shown as task variables, so the case itself keeps
 * only ids and decisions.
 */
@Service
public class ReviewBriefs {

  private final StrikeRepository strikes;
  private final PersonRepository people;
  private final ReliabilityService reliability;
  private final SessionNames sessionNames;
  private final AccountabilityProperties properties;
  private final LocalTimes times;

  ReviewBriefs(StrikeRepository strikes, PersonRepository people, ReliabilityService reliability,
      SessionNames sessionNames, AccountabilityProperties properties,
      Coordinators coordinators) {
    this.strikes = strikes;
    this.people = people;
    this.reliability = reliability;
    this.sessionNames = sessionNames;
    this.properties = properties;
    this.times = new LocalTimes(coordinators.zone(), Locale.ENGLISH);
  }

  @Transactional(readOnly = true)
  public Map<String, Object> brief(UUID strikeId) {
    Strike strike = strikes.getOrFail(strikeId);
    Person person = people.getOrFail(strike.getPersonId());
    ReliabilitySummary record = reliability.summary(person);
    Map<String, Object> brief = new LinkedHashMap<>();
    brief.put("personName", person.getDisplayName());
    brief.put("personEmail", person.getEmail());
    brief.put("roleName", StringUtils.capitalize(strike.getRole().words()));
    brief.put("sessionName", sessionNames.name(strike));
    brief.put("missedAt", times.dateTime(strike.getMissedAt()));
    brief.put("activeStrikes", String.valueOf(record.activeStrikes()));
    brief.put("attendanceRecord", record.attended() + record.late() + " kept (" + record.late() + " of them late), "
        + record.noShows() + " missed, " + record.excused() + " excused; active strikes in the last "
        + properties.strikeWindow().toDays() + " days: " + record.activeStrikes());
    brief.put("reliabilityPercent", Math.round(record.reliability() * 100) + " %");
    brief.put("explanation", strike.getExplanation().orElse("(No explanation was sent within "
        + DurationWords.exactly(properties.explanationWindow()) + ".)"));
    brief.put("pauseStatus", record.pausedUntil() == null ? "Not paused"
        : "Paused until " + times.dateTime(record.pausedUntil()));
    return brief;
  }
}
