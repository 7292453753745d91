package org.safeledger.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.Images;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bursts of the largest photos the server takes, in a JVM of 512 MB (the failsafe execution "bounded-heap" runs
 * this class alone with {@code -Xmx512m}): every upload completes, none runs out of memory, health stays UP. The
 * decode budget is then a quarter of the heap, 128 MB.
 */
@IntegrationTest
class UploadBurstBoundedHeapIT {

    @LocalServerPort
    int port;

    @Test
    void theTestRunsInASmallHeap() {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(512L * 1024 * 1024);
    }

    @Test
    void tenParallelUploadsOfAFiftyMegapixelJpegAllComplete() throws Exception {
        var photo = Images.largeJpeg(8_192, 6_100);
        assertThat(photo.length).isLessThan(10 * 1024 * 1024);

        var statuses = burst(photo, "photo.jpg", 10);

        assertThat(statuses).containsOnly(201);
    }

    @Test
    void tenParallelUploadsOfTheLargestWebpThatFitsAllComplete() throws Exception {
        byte[] photo;
        try (var in = getClass().getResourceAsStream("/images/photo-1600x1200.webp")) {
            photo = in.readAllBytes();
        }

        var statuses = burst(photo, "photo.webp", 10);

        assertThat(statuses).containsOnly(201);
    }

    @Test
    void aWebpWhoseDecoderWouldNotFitIsRefusedWithoutDecoding() {
        var answer = Api.at(port)
                .as("mine1")
                .inEnglish()
                .upload("/api/v1/attachments", "x.webp", Images.webpDeclaring(4_000, 2_500));

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("detail").asString()).contains("send it as a JPEG");
    }

    private List<Integer> burst(byte[] photo, String name, int count) throws Exception {
        var peak = new AtomicLong();
        var running = new AtomicBoolean(true);
        var memory = ManagementFactory.getMemoryMXBean();
        var sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        var pool = Executors.newFixedThreadPool(count);
        try {
            var uploads = new ArrayList<Future<Integer>>();
            for (int i = 0; i < count; i++) {
                Callable<Integer> upload = () -> Api.at(port)
                        .as("mine1")
                        .upload("/api/v1/attachments", name, photo)
                        .status();
                uploads.add(pool.submit(upload));
            }
            var health = Api.at(port).getAnything("/actuator/health");
            assertThat(health.body()).contains("\"UP\"");
            var statuses = new ArrayList<Integer>();
            for (var upload : uploads) {
                statuses.add(upload.get());
            }
            return statuses;
        } finally {
            running.set(false);
            sampler.join();
            pool.shutdownNow();
            System.out.printf(
                    "%d × %s (%d bytes): peak heap used %d MB%n", count, name, photo.length, peak.get() >> 20);
        }
    }
}
