package org.mentra.sessions.retry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** A repository of background work, as {@link RetryingWorker} uses it. */
@NoRepositoryBean
public interface RetryableRepository<E extends Retryable> extends JpaRepository<E, UUID> {

  /** The ids of pending rows due at {@code now} and not claimed, oldest first. */
  List<UUID> findDue(Instant now, Limit limit);
}
