package org.mentra.sessions.council.planning.domain;

import org.mentra.sessions.shared.TimeRange;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import java.util.UUID;

/**
 * A council to place: which of its proposed slots it gets. A council that is already confirmed is
 * pinned to its slot, a fact the others must respect.
 */
@PlanningEntity
public class CouncilPlan {

  @PlanningId
  private UUID id;

  private int minimum;
  private int maximum;
  private UUID leadMentorId;
  private List<TimeRange> slots;

  @PlanningVariable(valueRangeProviderRefs = "councilSlots")
  private TimeRange slot;

  @PlanningPin
  private boolean pinned;

  public CouncilPlan() {}

  public CouncilPlan(UUID id, int minimum, int maximum, UUID leadMentorId, List<TimeRange> slots) {
    this.id = id;
    this.minimum = minimum;
    this.maximum = maximum;
    this.leadMentorId = leadMentorId;
    this.slots = List.copyOf(slots);
  }

  /** A confirmed council: fixed in its slot. */
  public static CouncilPlan confirmed(UUID id, TimeRange slot) {
    CouncilPlan council = new CouncilPlan(id, 0, Integer.MAX_VALUE, null, List.of(slot));
    council.slot = slot;
    council.pinned = true;
    return council;
  }

  @ValueRangeProvider(id = "councilSlots")
  public List<TimeRange> getSlots() {
    return slots;
  }

  public UUID getId() {
    return id;
  }

  public int getMinimum() {
    return minimum;
  }

  public int getMaximum() {
    return maximum;
  }

  public UUID getLeadMentorId() {
    return leadMentorId;
  }

  public TimeRange getSlot() {
    return slot;
  }

  public void setSlot(TimeRange slot) {
    this.slot = slot;
  }

  public boolean isPinned() {
    return pinned;
  }

  @Override
  public String toString() {
    return "council " + id + " in " + slot;
  }
}
