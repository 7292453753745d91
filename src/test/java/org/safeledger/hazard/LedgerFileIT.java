package org.safeledger.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The ledger round-trips through Excel: exported with the regulator's columns, imported back; a bad file changes
 * nothing and says exactly which rows are wrong; CSV works too.
 */
@IntegrationTest
class LedgerFileIT {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    LedgerImport imports;

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final List<String> HEADER =
            List.of("企业名称", "统一社会信用代码", "隐患名称", "隐患描述", "隐患部位", "行业领域", "隐患来源", "发现时间", "发现人", "整改措施", "整改责任人", "整改期限");

    private String creditCode(String user) {
        long id = Api.at(port)
                .as(user)
                .get("/api/v1/me")
                .json()
                .get("enterpriseId")
                .asLong();
        return Api.at(port)
                .as(user)
                .get("/api/v1/enterprises/" + id)
                .json()
                .get("creditCode")
                .asString();
    }

    private static byte[] xlsx(List<List<String>> rows) throws Exception {
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "test", "1.0");
        var sheet = workbook.newWorksheet("台账");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r, c, rows.get(r).get(c));
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    private static List<List<String>> read(byte[] xlsx) throws Exception {
        var rows = new ArrayList<List<String>>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                var stream = workbook.getFirstSheet().openStream()) {
            stream.forEach(row -> {
                var cells = new ArrayList<String>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getCellText(c));
                }
                rows.add(cells);
            });
        }
        return rows;
    }

    private JsonNode imported(String user, String name, byte[] file) {
        var response = Api.at(port).as(user).upload("/api/v1/hazards/imports", name, file);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        long job = response.json().get("id").asLong();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !List.of("QUEUED", "IMPORTING")
                        .contains(Api.at(port)
                                .as(user)
                                .get("/api/v1/hazards/imports/" + job)
                                .json()
                                .get("status")
                                .asString()));
        return Api.at(port).as(user).get("/api/v1/hazards/imports/" + job).json();
    }

    private JsonNode search(String user, String text) {
        return Api.at(port)
                .as(user)
                .get("/api/v1/hazards?size=500&q=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8))
                .json();
    }

    @Test
    void aValidFileIsImportedInFullAndRoundTripsThroughTheExport() throws Exception {
        var tag = "导入" + System.nanoTime() % 100000;
        var code = creditCode("mine1");
        var file = xlsx(List.of(
                HEADER,
                List.of("", code, tag + "边坡监测缺失", "北帮无位移监测", "北帮", "煤矿", "企业自查", "2026-11-20 09:30", "张三", "", "", ""),
                List.of(
                        "",
                        code,
                        tag + "排水不畅",
                        "南帮积水",
                        "南帮",
                        "COAL_MINE",
                        "SELF_INSPECTION",
                        "2026/11/19",
                        "",
                        "清淤",
                        "王工",
                        TODAY.plusDays(9).toString())));
        var job = imported("mine1", "ledger.xlsx", file);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("doneRows").asInt()).isEqualTo(2);
        var found = search("mine1", tag);
        assertThat(found.get("total").asInt()).isEqualTo(2);
        var statuses = new ArrayList<String>();
        found.get("items").forEach(h -> statuses.add(h.get("status").asString()));
        assertThat(statuses).containsExactlyInAnyOrder("REPORTED", "RECTIFYING");

        // export what was imported: the regulator's columns, one row per hazard
        var export = Api.at(port)
                .as("mine1")
                .getBinary("/api/v1/hazards/export?q=" + java.net.URLEncoder.encode(tag, StandardCharsets.UTF_8));
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        assertThat(export.disposition()).contains(".xlsx");
        var rows = read(export.body());
        assertThat(rows.get(0)).contains("序号", "企业名称", "隐患名称", "隐患等级", "发现时间", "整改责任人", "整改期限", "整改状态", "销号时间");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).toString() + rows.get(2)).contains("整改中", "已登记", "王工", "宏岩");

        // and back in: the exported file imports as it is
        var again = imported("mine1", "exported.xlsx", export.body());
        assertThat(again.get("status").asString()).as(again.toString()).isEqualTo("DONE");
        assertThat(search("mine1", tag).get("total").asInt()).isEqualTo(4);
    }

    @Test
    void aBadFileChangesNothingAndNamesEveryWrongRow() throws Exception {
        var tag = "坏行" + System.nanoTime() % 100000;
        var file = xlsx(List.of(
                HEADER,
                List.of("", creditCode("mine1"), tag + "一", "描述", "部位", "煤矿", "企业自查", "2026-11-20", "", "", "", ""),
                List.of("", creditCode("mine1"), "", "描述", "部位", "火星采矿", "企业自查", "2026-11-20", "", "", "", ""),
                List.of("", creditCode("mine2"), tag + "三", "描述", "部位", "煤矿", "企业自查", "昨天", "", "", "", ""),
                List.of("", creditCode("mine1"), tag + "四", "描述", "部位", "煤矿", "企业自查", "2026-11-20", "", "措施", "", "")));
        var response = Api.at(port).as("mine1").upload("/api/v1/hazards/imports", "bad.xlsx", file);
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).contains("application/problem+json");
        var errors = new ArrayList<String>();
        response.json()
                .get("errors")
                .forEach(e ->
                        errors.add(e.get("row").asInt() + ":" + e.get("field").asString()));
        assertThat(errors)
                .contains("3:TITLE", "3:SECTOR", "4:CREDIT_CODE", "4:DISCOVERED_AT", "5:RESPONSIBLE")
                .noneMatch(e -> e.startsWith("2:"));
        // the good first row was not imported either
        assertThat(search("mine1", tag).get("total").asInt()).isZero();

        // a header without the required columns
        var headless = xlsx(List.of(List.of("名称", "备注"), List.of("x", "y")));
        var missing = Api.at(port).as("mine1").upload("/api/v1/hazards/imports", "odd.xlsx", headless);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("\"row\":1").contains("TITLE");
        // staff report but do not assign: a row with measures, person and deadline is refused at the check
        var staff = xlsx(List.of(
                HEADER,
                List.of(
                        "",
                        creditCode("chem1"),
                        tag + "五",
                        "描述",
                        "部位",
                        "危险化学品",
                        "企业自查",
                        "2026-11-20",
                        "",
                        "措施",
                        "王工",
                        TODAY.plusDays(5).toString())));
        var notAssigner = Api.at(port).as("chem1").upload("/api/v1/hazards/imports", "staff.xlsx", staff);
        assertThat(notAssigner.status()).as(notAssigner.body()).isEqualTo(422);
        assertThat(notAssigner.body()).contains("\"row\":2");
        // a workbook that breaks off half-way
        var truncated = java.util.Arrays.copyOf(file, file.length / 2);
        assertThat(Api.at(port)
                        .as("mine1")
                        .upload("/api/v1/hazards/imports", "cut.xlsx", truncated)
                        .status())
                .isEqualTo(400);
        // not a spreadsheet at all, and an empty one
        assertThat(Api.at(port)
                        .as("mine1")
                        .upload("/api/v1/hazards/imports", "x.xls", new byte[] {
                            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
                        })
                        .status())
                .isEqualTo(400);
        assertThat(Api.at(port)
                        .as("mine1")
                        .upload("/api/v1/hazards/imports", "empty.xlsx", xlsx(List.of(HEADER)))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void anImportWhoseInstanceStoppedIsMarkedFailedNotLeftRunning() {
        long owner = jdbc.sql("SELECT id FROM user_account WHERE username = 'mine1'")
                .query(Long.class)
                .single();
        long stale = jdbc.sql("INSERT INTO hazard_import (created_by, file_name, status, total_rows, done_rows,"
                        + " created_at, updated_at) VALUES (?, 'crashed.xlsx', 'IMPORTING', 10, 5,"
                        + " now() - interval '1 hour', now() - interval '30 minutes') RETURNING id")
                .param(owner)
                .query(Long.class)
                .single();
        imports.failAbandoned();
        var job =
                Api.at(port).as("mine1").get("/api/v1/hazards/imports/" + stale).json();
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("error").asString()).isEqualTo("interrupted");
    }

    @Test
    void aCsvWithAByteOrderMarkIsReadToo() {
        var tag = "CSV" + System.nanoTime() % 100000;
        var csv = "\uFEFF" + String.join(",", HEADER)
                + "\n,%s,%s边坡,描述,部位,煤矿,企业自查,2026-11-20 08:00,李四,,,\n".formatted(creditCode("mine2"), tag);
        var job = imported("mine2", "ledger.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(search("mine2", tag).get("total").asInt()).isEqualTo(1);
        // api.md's one-request import answers when the rows are in
        var now = Api.at(port)
                .as("mine2")
                .upload(
                        "/api/v1/hazards/import",
                        "ledger.csv",
                        csv.replace(tag, tag + "再").getBytes(StandardCharsets.UTF_8));
        assertThat(now.status()).as(now.body()).isEqualTo(200);
        assertThat(now.json().get("imported").asInt()).isEqualTo(1);
        assertThat(search("mine2", tag + "再").get("total").asInt()).isEqualTo(1);
        assertThat(Api.at(port)
                        .as("mine2")
                        .getBinary("/api/v1/hazards/export.xlsx")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void onlyReportersImportAndAnImportIsItsOwnersAlone() throws Exception {
        var file = xlsx(List.of(HEADER));
        assertThat(Api.at(port)
                        .as("leader")
                        .upload("/api/v1/hazards/imports", "x.xlsx", file)
                        .status())
                .isEqualTo(403);
        var tag = "归属" + System.nanoTime() % 100000;
        var job = imported(
                "mine1",
                "mine.xlsx",
                xlsx(List.of(
                        HEADER,
                        List.of(
                                "",
                                creditCode("mine1"),
                                tag,
                                "描述",
                                "部位",
                                "煤矿",
                                "企业自查",
                                "2026-11-20",
                                "",
                                "",
                                "",
                                ""))));
        assertThat(Api.at(port)
                        .as("mine2")
                        .get("/api/v1/hazards/imports/" + job.get("id").asLong())
                        .status())
                .isEqualTo(404);
        var template = Api.at(port).as("mine1").getBinary("/api/v1/hazards/import-template");
        assertThat(template.status()).isEqualTo(200);
        assertThat(read(template.body()).get(0)).containsExactlyElementsOf(HEADER);
        // the export keeps to the reader's scope: the other mine's hazards are not in mine2's file
        var export = read(
                Api.at(port).as("mine2").getBinary("/api/v1/hazards/export").body());
        assertThat(export.toString()).doesNotContain(tag);
    }
}
