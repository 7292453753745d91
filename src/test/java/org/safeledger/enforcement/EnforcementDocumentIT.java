package org.safeledger.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.safeledger.support.Api;
import org.safeledger.support.IntegrationTest;
import org.safeledger.support.Overdue;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Enforcement documents through the API: numbers gap-free under concurrent issuing, the order rule of reviews, a
 * failed review escalated, the PDF's Chinese text, penalties (art. 102 range, art. 112 daily fines, aggravation
 * pre-selected for a repeat), the repeat rule inside and outside its window, acknowledgement and scope.
 */
@IntegrationTest
class EnforcementDocumentIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    private long enterpriseOf(String user) {
        return Api.at(port)
                .as(user)
                .get("/api/v1/me")
                .json()
                .get("enterpriseId")
                .asLong();
    }

    private long hazard(String user, String title, String clauseNumbers) {
        return hazard(user, title, clauseNumbers, OffsetDateTime.now().minusMinutes(30));
    }

    private long hazard(String user, String title, String clauseNumbers, OffsetDateTime discoveredAt) {
        var created = Api.at(port).as(user).post("/api/v1/hazards", """
                {"enterpriseId":%d,"title":"%s","description":"d","location":"北帮","sector":"COAL_MINE",
                 "discoveredAt":"%s","source":"ENFORCEMENT_INSPECTION"}""".formatted(
                        enterpriseOf("mine1"), title, discoveredAt));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        if (clauseNumbers != null) {
            var version = Api.at(port)
                    .as("inspector")
                    .get("/api/v1/hazards/" + id)
                    .json()
                    .get("version")
                    .asInt();
            var cited = Api.at(port)
                    .as("inspector")
                    .post(
                            "/api/v1/hazards/" + id + "/actions/cite",
                            "{\"version\":%d,\"clauseNumbers\":\"%s\"}".formatted(version, clauseNumbers));
            assertThat(cited.status()).as(cited.body()).isEqualTo(200);
        }
        return id;
    }

    private Api.Response issue(String user, String body) {
        return Api.at(port).as(user).post("/api/v1/enforcement-documents", body);
    }

    private JsonNode order(long hazardId) {
        var order = issue("inspector", """
                {"type":"RECTIFICATION_ORDER","enterpriseId":%d,"hazardIds":[%d],"deadline":"%s"}""".formatted(
                        enterpriseOf("mine1"), hazardId, LocalDate.now(CHINA).plusDays(15)));
        assertThat(order.status()).as(order.body()).isEqualTo(201);
        return order.json();
    }

    private static int seq(String number) {
        return Integer.parseInt(number.substring(number.indexOf('〕') + 1, number.indexOf('号')));
    }

    @Test
    void numbersAreUniqueAndGapFreeUnderConcurrentIssuing() throws Exception {
        long mine1 = enterpriseOf("mine1");
        var pool = Executors.newFixedThreadPool(8);
        var tasks = new ArrayList<Callable<Api.Response>>();
        for (int i = 0; i < 24; i++) {
            int n = i;
            tasks.add(() -> issue(
                    n % 2 == 0 ? "inspector" : "depthead",
                    "{\"type\":\"ON_SITE_MEASURES\",\"enterpriseId\":%d,\"body\":\"责令北帮第%d号台阶立即停止作业，撤出人员\"}"
                            .formatted(mine1, n)));
        }
        var numbers = new ArrayList<String>();
        for (var future : pool.invokeAll(tasks)) {
            var response = future.get();
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            numbers.add(response.json().get("number").asString());
        }
        pool.shutdown();
        int year = LocalDate.now(CHINA).getYear();
        assertThat(numbers)
                .doesNotHaveDuplicates()
                .allSatisfy(
                        n -> assertThat(n).startsWith("阿左应急现决〔" + year + "〕").endsWith("号"));
        // every number of this authority, year and type, from 1 up without a gap
        var all = Api.at(port)
                .as("inspector")
                .get("/api/v1/enforcement-documents")
                .json()
                .findValuesAsString("number")
                .stream()
                .filter(n -> n.startsWith("阿左应急现决〔" + year + "〕"))
                .map(EnforcementDocumentIT::seq)
                .sorted()
                .toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(24);
        for (int k = 0; k < all.size(); k++) {
            assertThat(all.get(k)).isEqualTo(k + 1);
        }
    }

    @Test
    void anIssueThatFailsAfterTakingItsNumberGivesTheNumberBack() {
        long mine1 = enterpriseOf("mine1");
        var body = "{\"type\":\"ON_SITE_MEASURES\",\"enterpriseId\":%d,\"body\":\"%s\"}";
        var before = issue("inspector", body.formatted(mine1, "责令南帮停止作业（编号前）"));
        assertThat(before.status()).as(before.body()).isEqualTo(201);
        // the document's insert fails after the counter was advanced (a trigger stands in for any late failure)
        org.safeledger.support.Owner.jdbc(context).sql("""
                CREATE OR REPLACE FUNCTION test_fail_issue() RETURNS trigger AS $$
                BEGIN IF NEW.body = '回滚测试' THEN RAISE EXCEPTION 'rollback test'; END IF; RETURN NEW; END $$
                LANGUAGE plpgsql""").update();
        org.safeledger.support.Owner.jdbc(context)
                .sql("CREATE TRIGGER test_fail_issue BEFORE INSERT ON enforcement_document FOR EACH ROW"
                        + " EXECUTE FUNCTION test_fail_issue()")
                .update();
        Api.Response failed;
        try {
            failed = issue("inspector", body.formatted(mine1, "回滚测试"));
        } finally {
            org.safeledger.support.Owner.jdbc(context)
                    .sql("DROP TRIGGER test_fail_issue ON enforcement_document")
                    .update();
            org.safeledger.support.Owner.jdbc(context)
                    .sql("DROP FUNCTION test_fail_issue()")
                    .update();
        }
        assertThat(failed.status()).isEqualTo(500);
        var after = issue("inspector", body.formatted(mine1, "责令南帮停止作业（编号后）"));
        assertThat(after.status()).as(after.body()).isEqualTo(201);
        assertThat(seq(after.json().get("number").asString()))
                .isEqualTo(seq(before.json().get("number").asString()) + 1);
    }

    @Test
    void aReviewOnlyFollowsAnOrderAndAFailedOneEscalates() {
        long mine1 = enterpriseOf("mine1");
        long hazard = hazard("inspector", "剥离台阶坡面浮石未清理（复查）", null);
        var noOrder = issue("inspector", """
                {"type":"REVIEW_OPINION","enterpriseId":%d,"reviewPassed":true,"body":"已整改"}""".formatted(mine1));
        assertThat(noOrder.status()).isEqualTo(400);
        assertThat(noOrder.body()).contains("\"field\":\"reviewsDocumentId\"");
        var measures = issue("inspector", """
                {"type":"INSPECTION_RECORD","enterpriseId":%d,"body":"x"}""".formatted(mine1));
        assertThat(measures.status()).isEqualTo(400); // a record needs its inspection
        var order = order(hazard);
        assertThat(order.get("type").asString()).isEqualTo("RECTIFICATION_ORDER");
        assertThat(order.get("number").asString()).contains("责改〔");

        // the unit has until the deadline: "not carried out" cannot be found before it passes
        var early = issue("inspector", """
                {"type":"REVIEW_OPINION","enterpriseId":%d,"reviewsDocumentId":%d,"reviewPassed":false,
                 "body":"浮石仍未清理"}""".formatted(mine1, order.get("id").asLong()));
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.body()).contains("\"field\":\"reviewPassed\"");
        // a review reviews the hazards the order named, no others
        long other = hazard("inspector", "排土场平台宽度不足（未列入指令）", null);
        var stranger = issue("inspector", """
                {"type":"REVIEW_OPINION","enterpriseId":%d,"reviewsDocumentId":%d,"reviewPassed":true,
                 "hazardIds":[%d],"body":"已整改"}""".formatted(mine1, order.get("id").asLong(), other));
        assertThat(stranger.status()).as(stranger.body()).isEqualTo(400);
        assertThat(stranger.body()).contains("\"field\":\"hazardIds\"");
        // nor only some of them: a review covers the whole order
        long second = hazard("inspector", "剥离台阶坡面浮石未清理（复查二）", null);
        var both = issue("inspector", """
                {"type":"RECTIFICATION_ORDER","enterpriseId":%d,"hazardIds":[%d,%d],"deadline":"%s"}""".formatted(
                        mine1, hazard, second, LocalDate.now(CHINA).plusDays(15)));
        assertThat(both.status()).as(both.body()).isEqualTo(201);
        var part = issue("inspector", """
                {"type":"REVIEW_OPINION","enterpriseId":%d,"reviewsDocumentId":%d,"reviewPassed":true,
                 "hazardIds":[%d],"body":"已整改"}""".formatted(mine1, both.json().get("id").asLong(), second));
        assertThat(part.status()).isEqualTo(400);
        assertThat(part.body()).contains("\"field\":\"hazardIds\"");

        var clock = new Overdue(port);
        Api.Response failed;
        Api.Response again;
        Api.Response reviewReview;
        try {
            clock.moveClock("P16D");
            failed = issue("inspector", """
                    {"type":"REVIEW_OPINION","enterpriseId":%d,"reviewsDocumentId":%d,"reviewPassed":false,
                     "body":"浮石仍未清理"}""".formatted(mine1, order.get("id").asLong()));
            again = issue("inspector", """
                    {"type":"REVIEW_OPINION","enterpriseId":%d,"reviewsDocumentId":%d,"reviewPassed":true,"body":"x"}""".formatted(mine1, order.get("id").asLong()));
            reviewReview = issue(
                    "inspector", """
                    {"type":"REVIEW_OPINION","enterpriseId":%d,"reviewsDocumentId":%d,"reviewPassed":true,"body":"x"}""".formatted(mine1, failed.json().get("id").asLong()));
        } finally {
            clock.moveClock("P0D");
        }
        assertThat(failed.status()).as(failed.body()).isEqualTo(201);
        assertThat(failed.json().get("reviewsNumber").asString())
                .isEqualTo(order.get("number").asString());
        assertThat(failed.json().get("hazardIds").get(0).asLong()).isEqualTo(hazard);
        assertThat(again.status()).isEqualTo(409);
        assertThat(reviewReview.status()).isEqualTo(409);

        var events = Api.at(port)
                .as("inspector")
                .get("/api/v1/hazards/" + hazard + "/events")
                .json();
        assertThat(events.findValuesAsString("type")).contains("ORDERED", "REVIEW_FAILED");
        assertThat(Api.at(port)
                        .as("inspector")
                        .get("/api/v1/hazards/" + hazard)
                        .json()
                        .get("status")
                        .asString())
                .isNotEqualTo("CLOSED");
        var leaderInbox =
                Api.at(port).as("leader").get("/api/v1/notifications?size=100").json();
        assertThat(leaderInbox.toString()).contains("ORDER_NOT_CARRIED_OUT").contains("剥离台阶坡面浮石未清理（复查）");
    }

    @Test
    void thePdfCarriesTheNumberAndTheChineseTitle() throws Exception {
        var order = order(hazard("inspector", "边坡监测系统未运行（文书）", null));
        var pdf = Api.at(port)
                .as("mine1")
                .getBinary("/api/v1/enforcement-documents/" + order.get("id").asLong() + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("责令限期整改指令书")
                    .contains(order.get("number").asString())
                    .contains("阿拉善左旗宏岩露天煤矿有限公司")
                    .contains("边坡监测系统未运行（文书）")
                    .contains("请于");
        }
    }

    @Test
    void penaltiesKeepToTheLawAndAggravateARepeat() {
        long mine1 = enterpriseOf("mine1");
        long first = hazard("inspector", "边坡角超设计值（首次）", "18.10");
        var order = order(first);
        // found after the order: a repeat
        long second = hazard("inspector", "边坡角超设计值（再次）", "18.10", OffsetDateTime.now());
        var repeat =
                Api.at(port).as("inspector").get("/api/v1/hazards/" + second).json();
        assertThat(repeat.get("flags").toString()).contains("REPEAT");
        var events = Api.at(port)
                .as("inspector")
                .get("/api/v1/hazards/" + second + "/events")
                .json();
        assertThat(events.toString()).contains("repeatOf").contains(Long.toString(first));

        var tooMuch = issue("inspector", """
                {"type":"PENALTY_DECISION","enterpriseId":%d,"hazardIds":[%d],"body":"未消除事故隐患",
                 "penalty":{"violatedProvision":"《安全生产法》第四十一条","article":"ART_102","finedParty":"UNIT",
                 "finedName":"宏岩露天煤矿","amountYuan":60000}}""".formatted(mine1, second));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("penalty.amountYuan");
        var fine = issue("inspector", """
                {"type":"PENALTY_DECISION","enterpriseId":%d,"hazardIds":[%d],"body":"未消除事故隐患",
                 "penalty":{"violatedProvision":"《安全生产法》第四十一条","article":"ART_102","finedParty":"UNIT",
                 "finedName":"宏岩露天煤矿","amountYuan":50000}}""".formatted(mine1, first));
        assertThat(fine.status()).as(fine.body()).isEqualTo(201);
        assertThat(fine.json().get("penalty").get("aggravated").asBoolean()).isFalse();

        // the persons responsible are fined (50,000–100,000) only once the unit's refusal of an order is on record
        var person = """
                {"type":"PENALTY_DECISION","enterpriseId":%d,"hazardIds":[%d],"body":"拒不执行",
                 "penalty":{"violatedProvision":"《安全生产法》第一百零二条","article":"ART_102","finedParty":"PERSON",
                 "finedName":"矿长 张某","amountYuan":60000%s}}""";
        var noOrder = issue("inspector", person.formatted(mine1, first, ""));
        assertThat(noOrder.status()).isEqualTo(400);
        assertThat(noOrder.body()).contains("penalty.orderDocumentId");
        var orderRef = ",\"orderDocumentId\":" + order.get("id").asLong();
        var notRefused = issue("inspector", person.formatted(mine1, first, orderRef));
        assertThat(notRefused.status()).isEqualTo(400);
        assertThat(notRefused.body()).contains("penalty.orderDocumentId");
        var daily = """
                {"type":"PENALTY_DECISION","enterpriseId":%d,"hazardIds":[%d],"body":"拒不改正",
                 "penalty":{"violatedProvision":"《安全生产法》第一百零二条","article":"ART_112","finedParty":"%s",
                 "finedName":"宏岩露天煤矿","orderDocumentId":%d,"originalFineDocumentId":%d,"refusedUntil":"%s"%s}}""";
        long orderId = order.get("id").asLong();
        long fineId = fine.json().get("id").asLong();
        var today = LocalDate.now(CHINA);
        var unrefused = issue("inspector", daily.formatted(mine1, first, "UNIT", orderId, fineId, today, ""));
        assertThat(unrefused.status()).isEqualTo(400);
        assertThat(unrefused.body()).contains("penalty.orderDocumentId"); // no refusal on record yet

        var clock = new Overdue(port);
        try {
            clock.moveClock("P20D");
            var review = issue("inspector", """
                    {"type":"REVIEW_OPINION","enterpriseId":%d,"reviewsDocumentId":%d,"reviewPassed":false,
                     "body":"边坡角仍超设计值"}""".formatted(mine1, orderId));
            assertThat(review.status()).as(review.body()).isEqualTo(201);

            var personFined = issue("inspector", person.formatted(mine1, first, orderRef));
            assertThat(personFined.status()).as(personFined.body()).isEqualTo(201);
            assertThat(personFined.json().get("penalty").get("orderNumber").asString())
                    .isEqualTo(order.get("number").asString());

            // art. 112: the original fine's amount, on the unit, for days that have passed
            var otherAmount = issue(
                    "inspector",
                    daily.formatted(mine1, first, "UNIT", orderId, fineId, today, ",\"amountYuan\":20000"));
            assertThat(otherAmount.status()).isEqualTo(400);
            assertThat(otherAmount.body()).contains("penalty.amountYuan");
            var onPerson = issue("inspector", daily.formatted(mine1, first, "PERSON", orderId, fineId, today, ""));
            assertThat(onPerson.status()).isEqualTo(400);
            assertThat(onPerson.body()).contains("penalty.finedParty");
            var notAFine = issue("inspector", daily.formatted(mine1, first, "UNIT", orderId, orderId, today, ""));
            assertThat(notAFine.status()).isEqualTo(400);
            assertThat(notAFine.body()).contains("penalty.originalFineDocumentId");
            var future =
                    issue("inspector", daily.formatted(mine1, first, "UNIT", orderId, fineId, today.plusDays(30), ""));
            assertThat(future.status()).isEqualTo(400);
            assertThat(future.body()).contains("penalty.refusedUntil");

            var dailyFine =
                    issue("inspector", daily.formatted(mine1, first, "UNIT", orderId, fineId, today.plusDays(10), ""));
            assertThat(dailyFine.status()).as(dailyFine.body()).isEqualTo(201);
            var p = dailyFine.json().get("penalty");
            assertThat(p.get("days").asLong()).isEqualTo(10);
            assertThat(p.get("baseAmountYuan").asLong()).isEqualTo(50_000);
            assertThat(p.get("amountYuan").asLong()).isEqualTo(500_000);
            assertThat(p.get("originalFineNumber").asString())
                    .isEqualTo(fine.json().get("number").asString());
            assertThat(p.get("aggravated").asBoolean()).isFalse();
            // the same refusal is not fined twice: a second decision counts from the day after the first ended
            var overlap =
                    issue("inspector", daily.formatted(mine1, first, "UNIT", orderId, fineId, today.plusDays(10), ""));
            assertThat(overlap.status()).isEqualTo(400);
            assertThat(overlap.body()).contains("penalty.refusedUntil");
            var next =
                    issue("inspector", daily.formatted(mine1, first, "UNIT", orderId, fineId, today.plusDays(15), ""));
            assertThat(next.status()).as(next.body()).isEqualTo(201);
            assertThat(next.json().get("penalty").get("days").asLong()).isEqualTo(5);
            assertThat(next.json().get("penalty").get("countedFrom").asString())
                    .isEqualTo(today.plusDays(11).toString());
        } finally {
            clock.moveClock("P0D");
        }

        // an amount no law allows is bad input, not an overflow
        var huge = issue("inspector", """
                {"type":"PENALTY_DECISION","enterpriseId":%d,"body":"x","penalty":{"violatedProvision":"x",
                 "article":"ART_102","finedParty":"UNIT","finedName":"x","amountYuan":9000000000000000000}}""".formatted(mine1));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.body()).contains("penalty.amountYuan");
        // art. 113 requests closure: no amount, nothing to pay; ground (一) as the record shows it — the mine has an
        // open major hazard and the three penalties above within 180 days
        var closure = """
                {"type":"PENALTY_DECISION","enterpriseId":%d,"body":"存在重大事故隐患，一百八十日内三次受到行政处罚",
                 "penalty":{"violatedProvision":"《安全生产法》第一百一十三条第（一）项","article":"ART_113",
                 "finedParty":"UNIT","finedName":"宏岩露天煤矿"%s}}""";
        var ground = ",\"closureGround\":\"MAJOR_HAZARD_REPEATED_PENALTIES\"";
        // the unit's penalties so far: the art. 102 fine and the daily fines of one refused order (once); a third
        var third = issue("inspector", """
                {"type":"PENALTY_DECISION","enterpriseId":%d,"hazardIds":[%d],"body":"未消除事故隐患（第三次）",
                 "penalty":{"violatedProvision":"《安全生产法》第四十一条","article":"ART_102","finedParty":"UNIT",
                 "finedName":"宏岩露天煤矿","amountYuan":30000}}""".formatted(mine1, second));
        assertThat(third.status()).as(third.body()).isEqualTo(201);
        // the repeat is handled with aggravation unless the inspector says otherwise
        assertThat(third.json().get("penalty").get("aggravated").asBoolean()).isTrue();
        assertThat(issue("inspector", closure.formatted(mine1, ground + ",\"amountYuan\":10000"))
                        .status())
                .isEqualTo(400);
        var noGround = issue("inspector", closure.formatted(mine1, ""));
        assertThat(noGround.status()).isEqualTo(400);
        assertThat(noGround.body()).contains("penalty.closureGround");
        // a mine with no penalties does not meet ground (一)
        var fresh = Api.at(port).as("admin").post("/api/v1/enterprises", """
                {"name":"阿拉善左旗守法露天煤矿（关闭测试）","creditCode":"%s","regionCode":"152921","sector":"COAL_MINE",
                 "address":"阿拉善左旗测试路11号"}""".formatted(
                        org.safeledger.support.CreditCodes.fresh("152921")));
        var unmet = issue("inspector", closure.formatted(fresh.json().get("id").asLong(), ground));
        assertThat(unmet.status()).isEqualTo(400);
        assertThat(unmet.body()).contains("penalty.closureGround");
        var closed = issue("inspector", closure.formatted(mine1, ground));
        assertThat(closed.status()).as(closed.body()).isEqualTo(201);
        assertThat(closed.json().get("penalty").get("amountYuan").asLong()).isZero();
        assertThat(Api.at(port)
                        .as("inspector")
                        .post(
                                "/api/v1/enforcement-documents/"
                                        + closed.json().get("id").asLong() + "/payment",
                                "{\"paidOn\":\"%s\"}".formatted(today))
                        .status())
                .isEqualTo(409);

        long id = fineId;
        var paid = Api.at(port)
                .as("inspector")
                .post(
                        "/api/v1/enforcement-documents/" + id + "/payment",
                        "{\"paidOn\":\"%s\"}".formatted(LocalDate.now(CHINA)));
        assertThat(paid.json().get("paidOn").asString())
                .isEqualTo(LocalDate.now(CHINA).toString());
        assertThat(Api.at(port)
                        .as("inspector")
                        .post("/api/v1/enforcement-documents/" + id + "/payment", "{\"paidOn\":\"2026-01-01\"}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void theSameClauseOutsideTheWindowIsNoRepeat() {
        long first = hazard("inspector", "边坡严重变形未治理（窗口）", "18.10");
        order(first);
        var overdue = new Overdue(port);
        try {
            overdue.moveClock("P400D");
            var later = Api.at(port).as("inspector").post("/api/v1/hazards", """
                    {"enterpriseId":%d,"title":"边坡严重变形（一年后）","description":"d","location":"北帮",
                     "sector":"COAL_MINE","discoveredAt":"%s","source":"ENFORCEMENT_INSPECTION","clauseIds":[%d]}""".formatted(
                            enterpriseOf("mine1"),
                            OffsetDateTime.now().plusDays(400),
                            Api.at(port)
                                    .as("inspector")
                                    .get("/api/v1/standards/COAL_MINE_MAJOR/clauses?q=18.10")
                                    .json()
                                    .get("items")
                                    .get(0)
                                    .get("id")
                                    .asLong()));
            assertThat(later.status()).as(later.body()).isEqualTo(201);
            assertThat(later.json().get("flags").toString()).doesNotContain("REPEAT");
        } finally {
            overdue.moveClock("P0D");
        }
    }

    @Test
    void theRecipientsAcknowledgementAndTheScopeOfDocuments() {
        var order = order(hazard("inspector", "排土场安全平台宽度不足（签收）", null));
        long id = order.get("id").asLong();
        assertThat(order.get("acknowledgement").asString()).isEqualTo("PENDING");
        var neither =
                Api.at(port).as("inspector").post("/api/v1/enforcement-documents/" + id + "/acknowledgement", "{}");
        assertThat(neither.status()).isEqualTo(400);
        var refused = Api.at(port)
                .as("inspector")
                .post(
                        "/api/v1/enforcement-documents/" + id + "/acknowledgement",
                        "{\"refused\":true,\"note\":\"矿长拒绝签字，由两名执法人员在场见证\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(refused.json().get("acknowledgement").asString()).isEqualTo("REFUSED");
        assertThat(Api.at(port)
                        .as("inspector")
                        .post(
                                "/api/v1/enforcement-documents/" + id + "/acknowledgement",
                                "{\"refused\":true,\"note\":\"x\"}")
                        .status())
                .isEqualTo(409);

        assertThat(Api.at(port)
                        .as("mine1")
                        .get("/api/v1/enforcement-documents/" + id)
                        .status())
                .isEqualTo(200);
        assertThat(Api.at(port)
                        .as("mine2")
                        .get("/api/v1/enforcement-documents/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(Api.at(port)
                        .as("xwinspector")
                        .get("/api/v1/enforcement-documents/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(issue(
                                "mine1",
                                "{\"type\":\"ON_SITE_MEASURES\",\"enterpriseId\":%d,\"body\":\"x\"}"
                                        .formatted(enterpriseOf("mine1")))
                        .status())
                .isEqualTo(403);
        assertThat(issue(
                                "leader",
                                "{\"type\":\"ON_SITE_MEASURES\",\"enterpriseId\":%d,\"body\":\"x\"}"
                                        .formatted(enterpriseOf("mine1")))
                        .status())
                .isEqualTo(403);
        var list = Api.at(port).as("mine2").get("/api/v1/enforcement-documents").json();
        assertThat(list.findValuesAsString("number"))
                .doesNotContain(order.get("number").asString());
    }
}
