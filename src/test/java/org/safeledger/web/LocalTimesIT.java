package org.safeledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.PageClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every time a person reads is in the configured zone (Asia/Shanghai, UTC+8): a hazard found and an accident that
 * occurred at a known instant, an inspection run and an enforcement document of now, each read on its page, in its
 * list, in the ledger's spreadsheet and in the document's PDF — the same local minute everywhere, never the UTC one.
 */
@IntegrationTest
class LocalTimesIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** 04:21 UTC is 12:21 in Beijing: a page leaking UTC shows 04:21. */
    private static final Instant KNOWN = Instant.parse("2026-11-30T04:21:00Z");

    @LocalServerPort
    int port;

    @Test
    void aHazardFoundAtAKnownInstantReadsTheSameLocalMinuteOnItsPageItsListAndTheSpreadsheet() throws Exception {
        long mine = Api.at(port).as("mine1").enterpriseId();
        var title = "时间一致" + UUID.randomUUID().toString().substring(0, 6);
        var created = Api.at(port).as("mine1").post("/api/v1/hazards", """
                {"enterpriseId":%d,"title":"%s","description":"d","location":"l","sector":"COAL_MINE",
                 "discoveredAt":"%s","source":"SELF_INSPECTION"}""".formatted(mine, title, KNOWN));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        var pages = new PageClient(port).signIn("mine1", "demo2026");

        assertLocal(pages.get("/hazards/" + id).body(), KNOWN);
        assertListed(
                pages.get("/hazards?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8))
                        .body(),
                KNOWN);
        var xlsx = Api.at(port)
                .as("mine1")
                .getBinary("/api/v1/hazards/export.xlsx?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var rows = workbook.getFirstSheet().read();
            var header = rows.get(0);
            int column = -1;
            for (int c = 0; c < header.getCellCount(); c++) {
                if (header.getCell(c).getRawValue().equals("发现时间")) {
                    column = c;
                    break;
                }
            }
            assertThat(column).as("the discovery time's column").isNotNegative();
            LocalDateTime found = rows.get(1).getCellAsDate(column).orElseThrow();
            assertThat(found).isEqualTo(LocalDateTime.ofInstant(KNOWN, CHINA));
        }
    }

    @Test
    void anAccidentAtAKnownInstantReadsTheLocalMinuteOnItsPageAndInTheList() {
        long mine = Api.at(port).as("mine1").enterpriseId();
        var occurred = Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        var place = "时间一致测试点" + UUID.randomUUID().toString().substring(0, 6);
        var created = Api.at(port).as("mine1").post("/api/v1/accidents", """
                {"enterpriseId":%d,"occurredAt":"%s","place":"%s","type":"STRUCK_BY_OBJECT",
                 "summary":"落石砸伤","deaths":0,"missing":0,"seriousInjuries":0,"minorInjuries":1,"directLossYuan":1000}""".formatted(mine, occurred, place));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var pages = new PageClient(port).signIn("mine1", "demo2026");
        assertLocal(pages.get("/accidents/" + created.json().get("id").asLong()).body(), occurred);
        assertListed(pages.get("/accidents").body(), occurred);
        assertThat(firstCell("/api/v1/accidents/export.xlsx?q=" + URLEncoder.encode(place, StandardCharsets.UTF_8), 0))
                .isEqualTo(LocalDateTime.ofInstant(occurred, CHINA));
    }

    @Test
    void anInspectionRunAndAnEnforcementDocumentReadTheirLocalMinuteOnPagesAndInThePdf() throws Exception {
        long mine = Api.at(port).as("mine1").enterpriseId();
        var checklist = Api.at(port).as("mine1").post("/api/v1/checklists", """
                {"name":"时间一致检查表","sector":"COAL_MINE","customItems":["排水沟畅通"]}""");
        assertThat(checklist.status()).as(checklist.body()).isEqualTo(201);
        var run = Api.at(port).as("mine1").post("/api/v1/inspections", """
                {"templateId":%d,"enterpriseId":%d,"place":"北帮"}""".formatted(
                        checklist.json().get("id").asLong(), mine));
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        var started = Instant.parse(run.json().get("startedAt").asString());
        var pages = new PageClient(port).signIn("mine1", "demo2026");
        assertLocal(
                pages.get("/inspections/runs/" + run.json().get("id").asLong()).body(), started);
        assertListed(pages.get("/inspections").body(), started);

        var hazard = Api.at(port).as("inspector").post("/api/v1/hazards", """
                {"enterpriseId":%d,"title":"时间一致（文书）","description":"d","location":"l","sector":"COAL_MINE",
                 "discoveredAt":"%s","source":"ENFORCEMENT_INSPECTION"}""".formatted(mine, KNOWN));
        var document = Api.at(port).as("inspector").post("/api/v1/enforcement-documents", """
                {"type":"RECTIFICATION_ORDER","enterpriseId":%d,"hazardIds":[%d],"deadline":"%s"}""".formatted(
                        mine,
                        hazard.json().get("id").asLong(),
                        java.time.LocalDate.now(CHINA).plusDays(10)));
        assertThat(document.status()).as(document.body()).isEqualTo(201);
        long id = document.json().get("id").asLong();
        var issued = Instant.parse(document.json().get("issuedAt").asString());
        assertLocal(pages.get("/enforcement/" + id).body(), issued);
        assertListed(pages.get("/enforcement").body(), issued);
        var number = document.json().get("number").asString();
        assertThat(firstCell(
                        "/api/v1/enforcement-documents/export.xlsx?q="
                                + URLEncoder.encode(number, StandardCharsets.UTF_8),
                        4))
                .isEqualTo(LocalDateTime.ofInstant(issued, CHINA).truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
        var pdf = Api.at(port).as("mine1").getBinary("/api/v1/enforcement-documents/" + id + "/pdf");
        try (var pdfDocument = Loader.loadPDF(pdf.body())) {
            assertLocal(new PDFTextStripper().getText(pdfDocument), issued);
        }
    }

    /** The date-time in the column of the first record of an exported list, to the minute. */
    private LocalDateTime firstCell(String path, int column) {
        var xlsx = Api.at(port).as("mine1").getBinary(path);
        assertThat(xlsx.status()).isEqualTo(200);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var time =
                    workbook.getFirstSheet().read().get(1).getCellAsDate(column).orElseThrow();
            return time.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A list (of many records, whose other times may fall on any minute) shows the instant's minute in Beijing. */
    private static void assertListed(String text, Instant at) {
        assertThat(text).contains(MINUTES.format(at.atZone(CHINA)));
    }

    /** The text shows the instant's minute in Beijing, and not its minute in UTC. */
    private static void assertLocal(String text, Instant at) {
        assertThat(text).contains(MINUTES.format(at.atZone(CHINA)));
        assertThat(text).doesNotContain(MINUTES.format(at.atZone(ZoneId.of("UTC"))));
    }
}
