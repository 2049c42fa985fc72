package org.mentra.sessions.retry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transaction of this method (or of every method of this class) that loses a race with a concurrent
 * one is tried again inside the server, a few times with jittered back-off, before the caller hears of
 * it: a client should not have to retry a race with our own background work. A race is an
 * optimistic-lock conflict (ours or the engine's), a deadlock, or a unique key a concurrent
 * transaction took first (the next attempt's own checks then see it and answer as they always do).
 *
 * <p>Only a whole transaction is tried again: the method must start it ({@code @Transactional}) and be
 * called outside any transaction, as from a web request or a one-click link. Anywhere else it runs
 * once, unchanged. See {@link ConflictRetry}; limits in {@code mentra.conflict-retry.*}.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface RetryOnConflict {}
