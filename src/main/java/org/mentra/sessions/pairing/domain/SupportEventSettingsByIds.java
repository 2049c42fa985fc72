package org.mentra.sessions.pairing.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Settings of many events at once (a fragment of {@link SupportEventSettingsRepository}). */
public interface SupportEventSettingsByIds {

  /** The settings of those of these events that have them, in no particular order. */
  List<SupportEventSettings> findByEventIds(Collection<UUID> eventIds);
}
