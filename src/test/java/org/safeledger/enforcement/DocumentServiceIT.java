package org.safeledger.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.Images;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.PageClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an issued document carries beyond its substance: two officers with their certificate numbers, the notice of
 * remedies with the configured bodies and time limits, the seal area, the issue time in the configured zone; the
 * enterprise told in its inbox; the acknowledgement (who, when, the signature) on the page and in the PDF; and who
 * may record certificate numbers.
 */
@IntegrationTest
class DocumentServiceIT {

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Test
    void anOrderNamesTwoOfficersWithCertificatesTellsTheRemediesAndReachesTheEnterprise() throws Exception {
        long mine = Api.at(port).as("mine1").enterpriseId();
        long colleague = Api.at(port).as("depthead").userId();
        var title = "排土场截水沟缺失" + UUID.randomUUID().toString().substring(0, 6);
        var hazard = Api.at(port).as("inspector").post("/api/v1/hazards", """
                {"enterpriseId":%d,"title":"%s","description":"d","location":"南排土场","sector":"COAL_MINE",
                 "discoveredAt":"%s","source":"ENFORCEMENT_INSPECTION"}""".formatted(
                        mine, title, OffsetDateTime.now().minusHours(1)));
        var issued = Api.at(port).as("inspector").post("/api/v1/enforcement-documents", """
                {"type":"RECTIFICATION_ORDER","enterpriseId":%d,"hazardIds":[%d],"deadline":"%s","secondOfficerId":%d}""".formatted(
                        mine,
                        hazard.json().get("id").asLong(),
                        LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10),
                        colleague));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        long id = issued.json().get("id").asLong();
        var number = issued.json().get("number").asString();
        assertThat(issued.json().get("officers").toString()).contains("巴特尔", "演示1529002601", "乌云其其格", "演示1529002602");

        // the enterprise is told, in its inbox
        var inbox = Api.at(port)
                .as("mine1")
                .get("/api/v1/notifications?size=500")
                .json()
                .toString();
        assertThat(inbox).contains("DOCUMENT_ISSUED").contains(number);

        var localIssue =
                MINUTES.format(Instant.parse(issued.json().get("issuedAt").asString()));
        var text = pdfText(id);
        assertThat(text)
                .contains("执法人员：巴特尔", "执法证号：演示1529002601", "执法人员：乌云其其格", "执法证号：演示1529002602")
                .contains("申请行政复议", "60日内", "本级人民政府", "6个月内", "提起行政诉讼")
                .contains("（印章）")
                .contains("签发时间：" + localIssue.replace(" ", ""));

        // signed on the spot: the recipient's name, the time and the signature photo, on the page and in the PDF
        var signature = Api.at(port)
                .as("inspector")
                .upload("/api/v1/attachments", "sign.png", Images.encode(Images.scene(7, 200, 100), "png"))
                .json()
                .get("id")
                .asLong();
        var ack = Api.at(port)
                .as("inspector")
                .post("/api/v1/enforcement-documents/" + id + "/acknowledgement", """
                {"signatureAttachmentId":%d,"name":"李志刚"}""".formatted(signature));
        assertThat(ack.status()).as(ack.body()).isEqualTo(200);
        var localAck =
                MINUTES.format(Instant.parse(ack.json().get("acknowledgedAt").asString()));
        var page = new PageClient(port)
                .signIn("mine1", "demo2026")
                .get("/enforcement/" + id)
                .body();
        assertThat(page).contains("李志刚 · " + localAck).contains("id=\"signature-image\"");
        assertThat(new PageClient(port)
                        .signIn("mine1", "demo2026")
                        .get("/enforcement/" + id + "/signature")
                        .statusCode())
                .isEqualTo(200);
        // another enterprise cannot open the signature by its address
        assertThat(new PageClient(port)
                        .signIn("mine2", "demo2026")
                        .get("/enforcement/" + id + "/signature")
                        .statusCode())
                .isEqualTo(404);
        assertThat(pdfText(id)).contains("被检查单位签收人：李志刚", "签收时间：" + localAck.replace(" ", ""));
    }

    @Test
    void onlyTheHeadOfTheOfficersDepartmentRecordsCertificateNumbers() {
        long inspector = Api.at(port).as("inspector").userId();
        var asInspector = new PageClient(port).signIn("inspector", "demo2026");
        var refused = asInspector.submit("/enforcement", "/enforcement/officers/" + inspector, "certificateNo=FORGED");
        assertThat(refused.statusCode()).isEqualTo(403);
        // the Xuwen bureau's officer is not the banner bureau head's to certify
        long xuwen = Api.at(port).as("xwinspector").userId();
        var head = new PageClient(port).signIn("depthead", "demo2026");
        var otherDepartment = head.submit("/enforcement", "/enforcement/officers/" + xuwen, "certificateNo=X1");
        assertThat(otherDepartment.statusCode()).isEqualTo(302);
        assertThat(head.get("/enforcement").body()).contains("该人员不是本部门的执法人员");
        // nor may a document name an officer of another department as its second officer
        long mine = Api.at(port).as("mine1").enterpriseId();
        var foreign = Api.at(port).as("inspector").post("/api/v1/enforcement-documents", """
                {"type":"INSPECTION_RECORD","enterpriseId":%d,"body":"x","secondOfficerId":%d}""".formatted(mine, xuwen));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body()).contains("secondOfficerId");
    }

    private String pdfText(long id) throws java.io.IOException {
        var pdf = Api.at(port).as("mine1").getBinary("/api/v1/enforcement-documents/" + id + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        try (var document = Loader.loadPDF(pdf.body())) {
            // line breaks fall anywhere in running Chinese text
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
