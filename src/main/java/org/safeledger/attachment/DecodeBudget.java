package org.safeledger.attachment;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.safeledger.shared.SafeLedgerException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The heap that image and PDF decoding may use at once. Each decode first takes the memory its decoder is known to
 * need (estimated from the declared size, before a byte of pixel data is read); a burst of uploads waits its turn
 * instead of exhausting the heap, and one that cannot fit even alone is refused. Defaults to a quarter of the
 * maximum heap; {@code safeledger.attachment.decode-memory} sets it.
 */
@Component
class DecodeBudget {

    private static final long MB = 1024 * 1024;

    private final Semaphore megabytes;
    private final int totalMegabytes;
    private final Duration wait;

    DecodeBudget(
            @Value("${safeledger.attachment.decode-memory:}") String decodeMemory,
            @Value("${safeledger.attachment.decode-wait:PT30S}") Duration wait) {
        long bytes = decodeMemory.isBlank()
                ? Runtime.getRuntime().maxMemory() / 4
                : DataSize.parse(decodeMemory).toBytes();
        this.totalMegabytes = (int) Math.max(16, Math.min(Integer.MAX_VALUE, bytes / MB));
        this.megabytes = new Semaphore(totalMegabytes, true);
        this.wait = wait;
    }

    long totalBytes() {
        return totalMegabytes * MB;
    }

    /** Whether a decode needing this much could ever run. */
    boolean fits(long bytes) {
        return bytes <= totalBytes();
    }

    /** Waits for the memory; 503 when the wait is over (the client retries later). */
    Permit acquire(long bytes) {
        int needed = (int) Math.min(totalMegabytes, Math.max(1, (bytes + MB - 1) / MB));
        try {
            if (!megabytes.tryAcquire(needed, wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        return () -> megabytes.release(needed);
    }

    /** Memory held for one decode, given back on close. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** Too many decodes at once: 503, try again shortly. */
    static final class Busy extends SafeLedgerException {
        Busy() {
            super("error.attachment.busy");
        }

        @Override
        public int status() {
            return 503;
        }
    }
}
