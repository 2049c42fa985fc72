package org.mentra.sessions.events.resources;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventAudience;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.events.resources.domain.EventResource;
import org.mentra.sessions.events.resources.domain.EventResourceRepository;
import org.mentra.sessions.events.resources.domain.ResourceType;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.retry.RetryOnConflict;
import org.mentra.sessions.security.Caller;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.NotFound;
import org.mentra.sessions.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's links, documents and recordings: its host and staff add and remove them; whoever may read
 * the event ({@link EventAudience}) sees them, recordings only with a plan that includes recording access
 * (Premium and up; the host and staff always).
 */
@Service
@RetryOnConflict
public class ResourceService {

  /** Plans with recording access: Premium and every plan above it. */
  static final Set<Plan> RECORDING_PLANS = EnumSet.of(Plan.PREMIUM, Plan.PROFESSIONAL, Plan.COUNCIL);
  /** Enough for any gathering's material; a list of hundreds would be a library, not an event's resources. */
  static final int MAX_PER_EVENT = 50;

  private final EventResourceRepository resources;
  private final EventService events;
  private final EventAudience access;
  private final Caller caller;
  private final Clock clock;

  ResourceService(EventResourceRepository resources, EventService events, EventAudience access, Caller caller,
      Clock clock) {
    this.resources = resources;
    this.events = events;
    this.access = access;
    this.caller = caller;
    this.clock = clock;
  }

  /** A resource as the caller may see it: a locked recording is listed without its address. */
  public record Shown(EventResource resource, boolean locked) {}

  @Transactional(readOnly = true)
  public List<Shown> list(UUID eventId) {
    Event event = readable(eventId);
    boolean recordings = mayWatchRecordings(event);
    return resources.findByEventIdOrderByCreatedAt(eventId).stream()
        .map(r -> new Shown(r, r.isRecording() && !recordings))
        .toList();
  }

  /** One resource; a recording without recording access is refused with the plan that includes it. */
  @Transactional(readOnly = true)
  public EventResource get(UUID eventId, UUID resourceId) {
    Event event = readable(eventId);
    EventResource resource = ofEvent(event, resourceId);
    if (resource.isRecording() && !mayWatchRecordings(event)) {
      Plan plan = access.callerPerson().map(Person::getPlan).orElse(null);
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("requiredPlan", Plan.PREMIUM.name());
      if (plan != null) {
        properties.put("plan", plan.name());
      }
      throw new Refused("plan-required", "Recording access required",
          "Recordings are part of the Premium plan and the plans above it"
              + (plan == null ? "." : "; your plan is " + plan.words() + "."), properties);
    }
    return resource;
  }

  @Transactional
  public EventResource add(UUID eventId, String title, String url, ResourceType type) {
    Event event = manageable(eventId);
    if (event.getStatus() == EventStatus.CANCELLED) {
      throw new Conflict("The event is cancelled; it has no participants to share resources with.");
    }
    String checkedUrl = ResourceUrl.check(url);
    if (resources.countByEventId(eventId) >= MAX_PER_EVENT) {
      throw new Conflict("The event has " + MAX_PER_EVENT + " resources already, the most it may have; "
          + "remove one first.");
    }
    return resources.save(new EventResource(eventId, title.strip(), checkedUrl, type,
        caller.userId().orElse(null), clock.instant()));
  }

  @Transactional
  public void remove(UUID eventId, UUID resourceId) {
    Event event = manageable(eventId);
    resources.delete(ofEvent(event, resourceId));
  }

  private Event readable(UUID eventId) {
    Event event = events.get(eventId);
    access.ensureMayRead(event);
    return event;
  }

  private Event manageable(UUID eventId) {
    Event event = events.get(eventId);
    if (!access.mayManage(event)) {
      throw Refused.forbidden("Only the event's host or a coordinator manages its resources.");
    }
    return event;
  }

  private EventResource ofEvent(Event event, UUID resourceId) {
    return resources.findById(resourceId).filter(r -> r.getEventId().equals(event.getId()))
        .orElseThrow(() -> new NotFound("Resource", resourceId));
  }

  private boolean mayWatchRecordings(Event event) {
    return access.mayManage(event) || access.callerPerson().map(Person::getPlan).filter(RECORDING_PLANS::contains)
        .isPresent();
  }
}
