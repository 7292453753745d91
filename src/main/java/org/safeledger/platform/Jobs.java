package org.safeledger.platform;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job by hand (demo and operations endpoints) under the same ShedLock lock as its schedule, so
 * that a manual run and a scheduled one never overlap, on this instance or another.
 */
@Component
public class Jobs {

    private final LockingTaskExecutor executor;

    Jobs(LockProvider locks) {
        this.executor = new DefaultLockingTaskExecutor(locks);
    }

    /** The job's result, or empty when another run holds the lock. */
    public <T> Optional<T> runExclusively(String name, Duration atMost, Supplier<T> job) {
        try {
            var result = executor.executeWithLock(
                    (LockingTaskExecutor.TaskWithResult<T>) job::get,
                    new LockConfiguration(ClockProvider.now(), name, atMost, Duration.ZERO));
            return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
