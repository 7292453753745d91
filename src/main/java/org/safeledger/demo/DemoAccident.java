package org.safeledger.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.safeledger.accident.AccidentDraft;
import org.safeledger.accident.AccidentInvestigations;
import org.safeledger.accident.AccidentRegister;
import org.safeledger.accident.AccidentUpdate;
import org.safeledger.accident.InvestigationInput;
import org.safeledger.accident.LogEntry;
import org.safeledger.campaign.LessonDraft;
import org.safeledger.campaign.Lessons;
import org.safeledger.platform.ApplicationClock;
import org.safeledger.rectification.Responsible;
import org.safeledger.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The demo's accident, fictional and only inspired by the public lessons of the 2023 open-pit collapse (see
 * shared/domain/xinjing-case.md): a slope collapse at a fictional mine of the banner, graded 特别重大 by its loss once
 * the figures settle, reported up the chain, with its rescue log, an investigation followed by the province and a
 * lesson check of the other open-pit mines. The story is played through the real services at its own times: the
 * demo clock is set back to each moment (demo mode only, at the first start) and restored afterwards.
 */
@Component
class DemoAccident {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final List<String> ALL_PARTIES = List.of("POLICE", "LABOUR", "UNION", "PROCURATORATE");

    private final AccidentRegister accidents;
    private final AccidentInvestigations investigations;
    private final Lessons lessons;
    private final ApplicationClock clock;

    DemoAccident(
            AccidentRegister accidents,
            AccidentInvestigations investigations,
            Lessons lessons,
            ApplicationClock clock) {
        this.accidents = accidents;
        this.investigations = investigations;
        this.lessons = lessons;
        this.clock = clock;
    }

    /** Who plays which part. */
    record Cast(Actor county, Actor league, Actor province, Actor leader) {}

    void load(Cast cast, long mine) {
        var before = clock.offset();
        var realNow = clock.instant().minus(before);
        var today = realNow.atZone(CHINA).toLocalDate();
        // the collapse: forty days ago, 13:10
        var t0 = today.minusDays(40).atTime(13, 10).atZone(CHINA).toInstant();
        try {
            at(realNow, t0.plus(Duration.ofMinutes(50)));
            var filed = accidents.report(
                    cast.county(),
                    new AccidentDraft(
                            mine,
                            OffsetDateTime.ofInstant(t0, CHINA),
                            "北岭露天煤矿（虚构）南帮+1180至+1260台阶",
                            "COLLAPSE",
                            null,
                            "南帮边坡大面积滑塌，约一百二十万立方米岩土体掩埋坑底作业的人员、挖掘机和自卸车",
                            "13时10分许，南帮边坡在坡底连续剥离采煤时失稳滑塌，坑底作业人员和设备被掩埋。矿方电话报告旗应急管理局。",
                            2,
                            9,
                            3,
                            4,
                            30_000_000L,
                            "停止全矿作业，撤出其余人员，设置警戒区，调集救援力量搜救",
                            "本场景为虚构演示，名称均为虚构，仅参考公开的事故教训。"));
            long id = filed.id();
            accidents.log(
                    cast.county(),
                    id,
                    log("RESCUE_PROGRESS", "旗应急管理局、消防救援大队赶赴现场，成立现场救援指挥部", t0.plus(Duration.ofMinutes(40))));
            at(realNow, t0.plus(Duration.ofMinutes(55)));
            accidents.received(cast.county(), id, "COUNTY", ALL_PARTIES);
            at(realNow, t0.plus(Duration.ofMinutes(80)));
            accidents.sent(cast.county(), id, "PREFECTURE");
            at(realNow, t0.plus(Duration.ofMinutes(95)));
            accidents.received(cast.league(), id, "PREFECTURE", ALL_PARTIES);
            at(realNow, t0.plus(Duration.ofMinutes(150)));
            accidents.sent(cast.league(), id, "PROVINCE");
            at(realNow, t0.plus(Duration.ofMinutes(165)));
            accidents.received(cast.province(), id, "PROVINCE", ALL_PARTIES);
            at(realNow, t0.plus(Duration.ofMinutes(190)));
            accidents.sent(cast.province(), id, "STATE_COUNCIL");

            at(realNow, t0.plus(Duration.ofHours(6)));
            accidents.log(
                    cast.county(),
                    id,
                    log("SECONDARY_EVENT", "18时40分许南帮再次滑塌，救援人员和设备紧急撤离，暂停救援", t0.plus(Duration.ofMinutes(330))));
            at(realNow, t0.plus(Duration.ofDays(1)));
            accidents.log(
                    cast.leader(),
                    id,
                    log("RESOURCES", "调集大型挖掘机24台、自卸车40台、救援人员560人，边坡雷达实时监测", t0.plus(Duration.ofHours(20))));
            at(realNow, t0.plus(Duration.ofDays(2)));
            investigations.open(
                    cast.province(),
                    id,
                    new InvestigationInput.Open(
                            "国务院事故调查组（虚构，应急管理部牵头）", List.of("应急管理部", "公安部", "国家矿山安全监察局", "全国总工会", "自治区人民政府")));
            at(realNow, t0.plus(Duration.ofDays(3)));
            accidents.log(cast.county(), id, log("PEOPLE_FOUND", "搜寻到3名遇难人员", t0.plus(Duration.ofDays(3))));
            accidents.update(cast.county(), id, new AccidentUpdate(5, 6, 3, 4, 30_000_000L, "3名失踪人员确认遇难", null));

            at(realNow, t0.plus(Duration.ofDays(12)));
            accidents.log(
                    cast.county(), id, log("PEOPLE_FOUND", "最后6名失踪人员全部找到，均已遇难，搜救结束", t0.plus(Duration.ofDays(12))));
            accidents.update(cast.county(), id, new AccidentUpdate(11, 0, 3, 4, 30_000_000L, "失踪人员全部确认遇难", null));
            at(realNow, t0.plus(Duration.ofDays(20)));
            accidents.update(
                    cast.county(), id, new AccidentUpdate(11, 0, 3, 4, 120_500_000L, "直接经济损失核定为12050万元", null));
            accidents.log(
                    cast.leader(), id, log("AFTERMATH", "遇难人员家属安抚和赔偿工作完成，矿区实施封闭管理", t0.plus(Duration.ofDays(20))));

            at(realNow, t0.plus(Duration.ofDays(25)));
            investigations.appraisal(
                    cast.province(),
                    id,
                    new InvestigationInput.Appraisal(
                            t0.atZone(CHINA).toLocalDate().plusDays(10).toString(),
                            t0.atZone(CHINA).toLocalDate().plusDays(24).toString(),
                            "边坡失稳机理技术鉴定"));
            at(realNow, t0.plus(Duration.ofDays(38)));
            investigations.findings(
                    cast.province(),
                    id,
                    new InvestigationInput.Findings(
                            "未按初步设计开采，擅自合并台阶形成高陡边坡，坡底持续高强度剥离采煤，边坡稳定性不断降低，沿断层和节理面滑塌",
                            "井工转露天技改期间边建设边生产；将剥离工程违法发包给不具备矿山施工资质的单位，以包代管；" + "无边坡监测方案和边坡稳定性分析；监管部门执法宽松软虚",
                            "LIABILITY",
                            null));
            var deadline = today.plusDays(45).toString();
            // the authorities' items are theirs to rectify (the bureau, the banner's government), the rest the mine's
            var bureau = new Responsible("DEPARTMENT", cast.county().departmentId(), null, null);
            var banner = new Responsible("GOVERNMENT", null, "152921", null);
            investigations.addItem(
                    cast.province(),
                    id,
                    item(
                            "RECOMMENDATION",
                            "对辖区露天煤矿边坡开展稳定性评估和监测系统全面排查",
                            "阿拉善左旗应急管理局",
                            null,
                            List.of(),
                            deadline,
                            bureau));
            investigations.addItem(
                    cast.province(),
                    id,
                    item(
                            "RECOMMENDATION",
                            "清理露天矿山违法发包和以包代管，外包单位资质逐一核查",
                            "阿拉善左旗人民政府",
                            null,
                            List.of(),
                            today.plusDays(60).toString(),
                            banner));
            investigations.addItem(
                    cast.province(),
                    id,
                    item(
                            "RESPONSIBILITY",
                            "违法发包、边建设边生产，对事故负有主要责任",
                            "示例北岭矿业有限公司（虚构）",
                            "UNIT",
                            List.of("FINE"),
                            deadline,
                            null));
            investigations.addItem(
                    cast.province(),
                    id,
                    item(
                            "RESPONSIBILITY",
                            "强令冒险作业，涉嫌重大责任事故罪",
                            "北岭露天煤矿矿长（虚构）",
                            "PERSON",
                            List.of("CRIMINAL_REFERRAL"),
                            deadline,
                            null));
            var withHead = investigations.addItem(
                    cast.province(),
                    id,
                    item(
                            "RESPONSIBILITY",
                            "对露天煤矿执法检查流于形式",
                            "示例县应急管理局负责人（虚构）",
                            "PERSON",
                            List.of("PARTY_DISCIPLINE", "ADMINISTRATIVE_SANCTION"),
                            deadline,
                            bureau));
            // the government decided on the bureau head's responsibility: an accountability record of the banner
            var head = withHead.items().stream()
                    .filter(i -> i.responsible().equals("示例县应急管理局负责人（虚构）"))
                    .findFirst()
                    .orElseThrow();
            investigations.decide(
                    cast.province(),
                    id,
                    head.id(),
                    new org.safeledger.accident.InvestigationInput.Decision(
                            List.of("PARTY_DISCIPLINE", "ADMINISTRATIVE_SANCTION"), "党内严重警告、政务记大过（虚构）"));

            at(realNow, t0.plus(Duration.ofDays(39)));
            lessons.launch(
                    cast.leader(),
                    new LessonDraft(
                            id,
                            null,
                            "举一反三：北岭露天煤矿（虚构）坍塌事故警示检查",
                            null,
                            null,
                            null,
                            List.of("是否存在边建设边生产或超出设计范围开采"),
                            today.plusDays(20).toString()));
        } finally {
            clock.shift(before);
        }
    }

    /** Sets the demo clock so that it reads {@code moment} now. */
    private void at(Instant realNow, Instant moment) {
        clock.shift(Duration.between(realNow, moment));
    }

    private static LogEntry.Draft log(String kind, String text, Instant at) {
        return new LogEntry.Draft(kind, text, OffsetDateTime.ofInstant(at, CHINA));
    }

    private static InvestigationInput.ItemDraft item(
            String kind,
            String text,
            String responsible,
            @org.jspecify.annotations.Nullable String partyKind,
            List<String> proposed,
            String deadline,
            @org.jspecify.annotations.Nullable Responsible party) {
        return new InvestigationInput.ItemDraft(
                kind, text, responsible, partyKind, proposed, List.of(), deadline, party);
    }
}
