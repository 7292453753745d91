package org.safeledger.demo;

import java.util.List;
import org.safeledger.directive.MeetingInputs;
import org.safeledger.directive.Meetings;
import org.safeledger.org.PostHolder;
import org.safeledger.rectification.Rectifications;
import org.safeledger.rectification.Responsible;
import org.safeledger.shared.Actor;
import org.springframework.stereotype.Component;

/** The banner government's executive meeting on work safety, twenty days ago, and its three decisions. */
@Component
class DemoMeetings {

    private final Meetings meetings;
    private final Rectifications rectifications;

    DemoMeetings(Meetings meetings, Rectifications rectifications) {
        this.meetings = meetings;
        this.rectifications = rectifications;
    }

    void load(Actor leader, long bureau, long energy, long transport) {
        var today = rectifications.today();
        var owners = meetings.owners(leader);
        long safety = post(owners, "副旗长（分管安全生产）");
        long roads = post(owners, "副旗长（分管交通运输、自然资源）");
        meetings.record(
                leader,
                new MeetingInputs(
                        "GOVERNMENT_EXECUTIVE",
                        DemoData.ALXA_LEFT,
                        today.minusDays(20).toString(),
                        "旗政府第15次常务会议研究安全生产工作（虚构）",
                        null,
                        List.of(
                                decision("汛前完成全旗尾矿库、排土场隐患排查", bureau, safety, today.plusDays(25)),
                                decision("开展露天煤矿外包工程专项整治", energy, safety, today.plusDays(40)),
                                decision("整治国道省道穿越矿区路段安全隐患", transport, roads, today.plusDays(60)))),
                null);
    }

    private static MeetingInputs.Decision decision(String title, long department, long owner, java.time.LocalDate due) {
        return new MeetingInputs.Decision(
                title, null, new Responsible("DEPARTMENT", department, null, null), owner, due.toString());
    }

    private static long post(List<PostHolder> owners, String title) {
        return owners.stream()
                .filter(o -> o.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo post " + title))
                .postId();
    }
}
