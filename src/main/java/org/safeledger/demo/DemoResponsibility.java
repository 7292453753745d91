package org.safeledger.demo;

import java.time.LocalDate;
import java.util.List;
import org.safeledger.identity.UserAdministration;
import org.safeledger.identity.UserDraft;
import org.safeledger.org.PersonDirectory;
import org.safeledger.org.PersonDraft;
import org.safeledger.org.PostKind;
import org.safeledger.responsibility.MatrixInputs;
import org.safeledger.responsibility.ResponsibilityMatrix;
import org.safeledger.shared.Role;
import org.springframework.stereotype.Component;

/**
 * The banner's responsibility matrix (fictional holders): the party secretary and the banner head, first
 * responsible; the deputy head in charge of work safety and of the mines and chemicals, held by 王建国 (the
 * {@code leader} account) since 2024-04-01 after a predecessor — so that "who was in charge of coal mines on
 * 2023-02-22?" names the predecessor; the deputy head in charge of transport. The two first-responsible leaders have
 * accounts ({@code secretary}, {@code bannerhead}).
 */
@Component
class DemoResponsibility {

    private final ResponsibilityMatrix matrix;
    private final PersonDirectory people;
    private final UserAdministration users;

    DemoResponsibility(ResponsibilityMatrix matrix, PersonDirectory people, UserAdministration users) {
        this.matrix = matrix;
        this.people = people;
        this.users = users;
    }

    void load(long wang, long liu) {
        long secretary = leader("其木格（虚构）", "旗委书记");
        long head = leader("张文斌（虚构）", "旗长");
        long predecessor = leader("李国华（虚构）", "原副旗长（分管安全生产）");
        account("secretary", "其木格（中共阿拉善左旗委员会）", secretary);
        account("bannerhead", "张文斌（阿拉善左旗人民政府）", head);

        post("PARTY_SECRETARY", "旗委书记", List.of(), secretary, LocalDate.of(2022, 9, 1));
        post("GOVERNMENT_HEAD", "旗长", List.of(), head, LocalDate.of(2023, 1, 10));
        long safety = post(
                "SAFETY_LEADER",
                "副旗长（分管安全生产、矿山、危险化学品）",
                List.of("COAL_MINE", "NON_COAL_MINE", "HAZARDOUS_CHEMICALS", "FIREWORKS", "INDUSTRY_TRADE"),
                predecessor,
                LocalDate.of(2021, 6, 1));
        appoint(safety, wang, LocalDate.of(2024, 4, 1));
        post(
                "SECTOR_LEADER",
                "副旗长（分管交通运输、自然资源）",
                List.of("ROAD_TRAFFIC", "WATER_TRAFFIC_FISHING"),
                liu,
                LocalDate.of(2023, 6, 1));
    }

    private long leader(String name, String title) {
        return people.create(
                        DemoData.SYSTEM,
                        new PersonDraft(
                                name,
                                null,
                                List.of(new PersonDraft.PostDraft(
                                        PostKind.REGION_LEADER, title, null, null, DemoData.ALXA_LEFT))))
                .id();
    }

    private void account(String username, String displayName, long person) {
        users.createDemoAccount(
                DemoData.SYSTEM,
                new UserDraft(
                        username,
                        displayName,
                        DemoData.PASSWORD,
                        List.of(Role.REGION_LEADER),
                        DemoData.ALXA_LEFT,
                        null,
                        null,
                        person));
    }

    private long post(String role, String title, List<String> sectors, long holder, LocalDate from) {
        long id = matrix.createPost(DemoData.SYSTEM, DemoData.ALXA_LEFT, new MatrixInputs.NewPost(role, title, sectors))
                .id();
        appoint(id, holder, from);
        return id;
    }

    private void appoint(long post, long person, LocalDate from) {
        int version = matrix.post(DemoData.SYSTEM, post).version();
        matrix.appoint(DemoData.SYSTEM, post, new MatrixInputs.Appointment(version, person, from.toString()));
    }
}
