package org.safeledger.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.Images;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Photos are accepted by their content, stored by their digest, and can be attached by their uploader only. */
@IntegrationTest
class AttachmentIT {

    static final byte[] PNG = Images.png();

    @LocalServerPort
    int port;

    @Test
    void aPngIsStoredWithItsDigestAndAFakeJpegIsRefused() {
        var stored = Api.at(port).as("mine1").upload("/api/v1/attachments", "photo.png", PNG);
        var fake =
                Api.at(port).as("mine1").upload("/api/v1/attachments", "photo.jpg", "#!/bin/sh\nrm -rf /".getBytes());

        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        assertThat(stored.json().get("contentType").asString()).isEqualTo("image/png");
        assertThat(stored.json().get("sha256").asString()).hasSize(64);
        assertThat(stored.json().get("size").asLong()).isEqualTo(PNG.length);
        assertThat(fake.status()).isEqualTo(400);
        assertThat(fake.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
    }

    @Test
    void aMalformedUploadIsA400() {
        var response = Api.at(port)
                .as("mine1")
                .rawPost(
                        "/api/v1/attachments",
                        "multipart/form-data; boundary=xyz",
                        "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\nabc");

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void aPhotoCanBeAttachedToAReportByItsUploaderOnly() {
        long photo = Api.at(port)
                .as("mine1")
                .upload("/api/v1/attachments", "p.png", PNG)
                .json()
                .get("id")
                .asLong();
        long mine1 = Api.at(port)
                .as("mine1")
                .get("/api/v1/me")
                .json()
                .get("enterpriseId")
                .asLong();
        var body = """
                {"enterpriseId":%d,"title":"带照片的隐患","description":"d","location":"l","sector":"COAL_MINE",
                 "discoveredAt":"2026-01-01T08:00:00+08:00","source":"SELF_INSPECTION","photoIds":[%d]}""".formatted(mine1, photo);

        var own = Api.at(port).as("mine1").post("/api/v1/hazards", body);
        var someoneElses = Api.at(port).as("inspector").post("/api/v1/hazards", body);

        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(own.json().get("photoIds").get(0).asLong()).isEqualTo(photo);
        var file = "/hazards/" + own.json().get("id").asLong() + "/files/" + photo;
        var ownPage = new org.safeledger.support.PageClient(port)
                .signIn("mine1", "demo2026")
                .get(file);
        assertThat(ownPage.statusCode()).isEqualTo(200);
        assertThat(ownPage.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(new org.safeledger.support.PageClient(port)
                        .signIn("mine2", "demo2026")
                        .get(file)
                        .statusCode())
                .isEqualTo(404);
        assertThat(someoneElses.status()).isEqualTo(400);
        assertThat(someoneElses.json().get("errors").get(0).get("field").asString())
                .isEqualTo("photoIds");
    }
}
