package org.safeledger.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.Images;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Files that declare more than they hold are refused from their header, quickly, and the service stays up. */
@IntegrationTest
class ImageBombIT {

    @LocalServerPort
    int port;

    @Test
    void aFortySevenByteWebpDeclaring198MegapixelsIsRefusedInUnderASecond() {
        var bomb = Images.webpDeclaring(14_070, 14_070);
        assertThat(bomb).hasSize(47);

        long start = System.nanoTime();
        var answer = Api.at(port).as("mine1").inEnglish().upload("/api/v1/attachments", "x.webp", bomb);
        var took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(answer.json().get("detail").asString()).contains("50 megapixels");
        assertThat(took).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aPngDecompressionBombIsRefusedInUnderASecond() {
        var bomb = Images.pngBomb(16_000, 12_000);
        assertThat(bomb.length).isLessThan(700_000);

        long start = System.nanoTime();
        var answer = Api.at(port).as("mine1").upload("/api/v1/attachments", "x.png", bomb);
        var took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(took).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void healthStaysUpWhileBombsArrive() throws Exception {
        var webp = Images.webpDeclaring(14_070, 14_070);
        var png = Images.pngBomb(16_000, 12_000);
        var pool = Executors.newFixedThreadPool(9);
        try {
            var uploads = new ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 8; i++) {
                var file = i % 2 == 0 ? webp : png;
                Callable<Integer> upload = () -> Api.at(port)
                        .as("mine1")
                        .upload("/api/v1/attachments", "b", file)
                        .status();
                uploads.add(pool.submit(upload));
            }
            var health = Api.at(port).getAnything("/actuator/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.body()).contains("\"UP\"");
            for (var upload : uploads) {
                assertThat(upload.get()).isEqualTo(400);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPngWithinTheCapIsDecodedSubsampledAndKept() {
        var answer = Api.at(port).as("mine1").upload("/api/v1/attachments", "big.png", Images.pngBomb(7_000, 7_000));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("width").asInt()).isEqualTo(7_000);
        assertThat(answer.json().get("thumbnail").asBoolean()).isTrue();
    }

    @Test
    void aPdfIsOpenedBeforeItIsKept() {
        var real = Api.at(port).as("mine1").upload("/api/v1/attachments", "r.pdf", Images.pdf(3));
        var broken = Api.at(port)
                .as("mine1")
                .inEnglish()
                .upload("/api/v1/attachments", "r.pdf", "%PDF-1.4\nnot really\n".getBytes());
        var tooLong = Api.at(port).as("mine1").inEnglish().upload("/api/v1/attachments", "r.pdf", Images.pdf(501));

        assertThat(real.status()).as(real.body()).isEqualTo(201);
        assertThat(broken.status()).as(broken.body()).isEqualTo(400);
        assertThat(broken.json().get("detail").asString()).contains("cannot be read");
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
        assertThat(tooLong.json().get("detail").asString()).contains("500 pages");
    }
}
