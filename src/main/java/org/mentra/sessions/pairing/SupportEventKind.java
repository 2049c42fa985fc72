package org.mentra.sessions.pairing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventKindExtension;
import org.mentra.sessions.events.EventKindFields;
import org.mentra.sessions.events.EventProperties;
import org.mentra.sessions.events.EventRequest;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.FieldProblem;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.domain.PairingMode;
import org.mentra.sessions.pairing.domain.SupportEventSettings;
import org.mentra.sessions.pairing.domain.SupportEventSettingsRepository;

/**
 * What paired support adds to an event: {@code slotMinutes} (default: the configured slot length)
 * and {@code pairingMode} (default: AUTOMATIC), kept in {@link SupportEventSettings}. Once published,
 * counselors and patients plan around the event, so its time, slot length and mode stay as they are.
 */
@Component
class SupportEventKind implements EventKindExtension {

  private final SupportEventSettingsRepository settings;
  private final EventProperties properties;

  SupportEventKind(SupportEventSettingsRepository settings, EventProperties properties) {
    this.settings = settings;
    this.properties = properties;
  }

  @Override
  public EventKind kind() {
    return EventKind.PAIRED_SUPPORT;
  }

  @Override
  public void check(EventRequest request, List<FieldProblem> problems) {
    int slotMinutes = slotMinutes(request);
    Duration length = Duration.between(request.start(), request.end());
    if (!properties.allowsSlot(slotMinutes)) {
      problems.add(new FieldProblem("slotMinutes", "must be " + properties.slotRange()));
    } else if (request.end().isAfter(request.start()) && length.toMinutes() < slotMinutes) {
      problems.add(new FieldProblem("slotMinutes", "is longer than the event"));
    }
    if (request.pairingMode() != null && PairingMode.named(request.pairingMode()).isEmpty()) {
      problems.add(new FieldProblem("pairingMode", "must be " + PairingMode.choices()));
    }
  }

  @Override
  public void checkOtherKind(EventRequest request, List<FieldProblem> problems) {
    if (request.slotMinutes() != null) {
      problems.add(new FieldProblem("slotMinutes", "only paired support events have slots"));
    }
    if (request.pairingMode() != null) {
      problems.add(new FieldProblem("pairingMode", "only paired support events pair people"));
    }
  }

  @Override
  public void checkChange(Event event, EventRequest request) {
    if (!event.isPublished()) {
      return;
    }
    SupportEventSettings kept = settings.getOrFail(event.getId());
    Instant start = request.start().toInstant();
    Instant end = request.end().toInstant();
    boolean differs = !event.getStartsAt().equals(start) || !event.getEndsAt().equals(end)
        || !event.zone().equals(ZoneId.of(request.timezone())) || kept.getSlotMinutes() != slotMinutes(request)
        || kept.getPairingMode() != pairingMode(request);
    if (differs) {
      throw new Conflict("Counselors and patients have planned around this event's time: its start, end, "
          + "time zone, slot length and pairing mode cannot change once published. Cancel it and create a new one.");
    }
  }

  @Override
  public void save(Event event, EventRequest request) {
    int slotMinutes = slotMinutes(request);
    PairingMode mode = pairingMode(request);
    settings.findById(event.getId()).ifPresentOrElse(kept -> kept.set(slotMinutes, mode),
        () -> settings.save(new SupportEventSettings(event.getId(), slotMinutes, mode)));
  }

  @Override
  public Map<UUID, EventKindFields> describe(Collection<Event> events) {
    if (events.isEmpty()) {
      return Map.of();
    }
    return settings.findByEventIds(events.stream().map(Event::getId).toList()).stream()
        .collect(Collectors.toMap(SupportEventSettings::getEventId,
            s -> new EventKindFields(s.getSlotMinutes(), s.getPairingMode().name())));
  }

  private int slotMinutes(EventRequest request) {
    return Objects.requireNonNullElse(request.slotMinutes(), (int) properties.defaultSlotLength().toMinutes());
  }

  /** A checked request's mode. */
  private static PairingMode pairingMode(EventRequest request) {
    return request.pairingMode() == null ? PairingMode.AUTOMATIC : PairingMode.named(request.pairingMode())
        .orElseThrow();
  }
}
