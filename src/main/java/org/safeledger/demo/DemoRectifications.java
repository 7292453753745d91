package org.safeledger.demo;

import org.safeledger.rectification.RectificationDraft;
import org.safeledger.rectification.Rectifications;
import org.safeledger.rectification.Responsible;
import org.safeledger.rectification.Steps;
import org.safeledger.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Rectification items of the other two tiers: a finding of the league's safety tour for the banner's government,
 * under way with its plan filed, and a decision of the banner's executive meeting for its emergency bureau.
 */
@Component
class DemoRectifications {

    private final Rectifications rectifications;

    DemoRectifications(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    void load(Actor leagueBureau, Actor bannerLeader, long bannerBureau) {
        var today = rectifications.today();
        var tour = rectifications.open(
                leagueBureau,
                new RectificationDraft(
                        "TOUR_FINDING",
                        null,
                        "露天煤矿外包工程“以包代管”问题整改",
                        "盟安委会安全生产巡查发现：旗内三处露天煤矿将剥离工程发包给无资质单位，旗政府未组织专项清理。",
                        new Responsible("GOVERNMENT", null, DemoData.ALXA_LEFT, null),
                        today.plusDays(40).toString()));
        rectifications.plan(
                bannerLeader,
                tour.id(),
                new Steps.Plan(
                        tour.version(), "旗政府牵头，能源局、应急管理局联合开展外包工程专项清理", "一、逐矿核查外包合同和资质；二、违法发包一律停工整改并立案；三、月底前报送清理结果"));
        rectifications.open(
                bannerLeader,
                new RectificationDraft(
                        "DIRECTIVE",
                        null,
                        "旗政府常务会议议定：汛前完成尾矿库和排土场隐患排查",
                        "第12次常务会议研究安全生产工作，决定由旗应急管理局牵头，汛前完成全旗尾矿库、排土场隐患排查并报告。",
                        new Responsible("DEPARTMENT", bannerBureau, null, null),
                        today.plusDays(25).toString()));
    }
}
