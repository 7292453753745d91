package org.safeledger.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeledger.identity.UserAdministration;
import org.safeledger.identity.UserDraft;
import org.safeledger.org.DepartmentDirectory;
import org.safeledger.org.DepartmentDraft;
import org.safeledger.org.DepartmentKind;
import org.safeledger.org.EnterpriseDraft;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.org.MineType;
import org.safeledger.org.PersonDirectory;
import org.safeledger.org.PersonDraft;
import org.safeledger.org.PostKind;
import org.safeledger.org.UnifiedSocialCreditCode;
import org.safeledger.shared.Actor;
import org.safeledger.shared.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes the demonstration through the modules' own APIs, so that it obeys every rule real data obeys. */
@Component
class DemoData {

    static final String PASSWORD = "demo2026";
    static final String ALXA_LEFT = "152921";
    static final String ALXA_LEAGUE = "152900";
    static final String XUWEN = "440825";

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "demo.user.admin"),
            new DemoUser("inspector", "demo.user.inspector"),
            new DemoUser("leader", "demo.user.leader"),
            new DemoUser("secretary", "demo.user.secretary"),
            new DemoUser("bannerhead", "demo.user.bannerhead"),
            new DemoUser("leagueleader", "demo.user.leagueleader"),
            new DemoUser("mine1", "demo.user.mine1"),
            new DemoUser("mine2", "demo.user.mine2"),
            new DemoUser("chem1", "demo.user.chem1"),
            new DemoUser("depthead", "demo.user.depthead"),
            new DemoUser("xwinspector", "demo.user.xwinspector"),
            new DemoUser("leagueduty", "demo.user.leagueduty"),
            new DemoUser("provduty", "demo.user.provduty"));

    /** The loader acts as a country-wide administrator that no one can sign in as. */
    static final Actor SYSTEM = Actor.system("system");

    private final EnterpriseRegister enterprises;
    private final DepartmentDirectory departments;
    private final PersonDirectory people;
    private final UserAdministration users;
    private final DemoHazards hazards;
    private final DemoHistory history;
    private final DemoRisks risks;
    private final DemoInspections inspections;
    private final DemoAccident accident;
    private final DemoSupervision supervision;
    private final DemoResponsibility matrix;
    private final org.safeledger.enforcement.EnforcementDocuments enforcement;
    private final org.safeledger.enforcement.EnforcementOfficers officers;

    DemoData(
            EnterpriseRegister enterprises,
            DepartmentDirectory departments,
            PersonDirectory people,
            UserAdministration users,
            DemoHazards hazards,
            DemoHistory history,
            DemoRisks risks,
            DemoInspections inspections,
            DemoAccident accident,
            DemoSupervision supervision,
            DemoResponsibility matrix,
            org.safeledger.enforcement.EnforcementDocuments enforcement,
            org.safeledger.enforcement.EnforcementOfficers officers) {
        this.officers = officers;
        this.enforcement = enforcement;
        this.risks = risks;
        this.inspections = inspections;
        this.accident = accident;
        this.supervision = supervision;
        this.matrix = matrix;
        this.enterprises = enterprises;
        this.departments = departments;
        this.people = people;
        this.users = users;
        this.hazards = hazards;
        this.history = history;
    }

    @Transactional
    void load() {
        var depts = departments();
        var firms = enterprises();
        var emBureau = depts.get("em");
        // the banner bureau's documents read 阿左应急责改〔2026〕N号
        enforcement.setPrefix(SYSTEM, emBureau, "阿左应急");
        person("巴特尔", "13904830001", PostKind.INSPECTOR, "执法大队队员", null, emBureau, null);
        long wang = person("王建国", "13904830002", PostKind.REGION_LEADER, "副旗长（分管安全生产）", null, null, ALXA_LEFT);
        // the posts the banner's executive meeting gives its decisions to (fictional holders)
        long liu = person("刘建华（虚构）", "13904830007", PostKind.REGION_LEADER, "副旗长（分管交通运输、自然资源）", null, null, ALXA_LEFT);
        person("乌云其其格", "13904830008", PostKind.DEPARTMENT_HEAD, "局长", null, emBureau, null);
        person("巴图", "13904830006", PostKind.REGION_LEADER, "副盟长（分管安全生产）", null, null, ALXA_LEAGUE);
        person("李志刚", "13904830003", PostKind.ENTERPRISE_PRINCIPAL, "矿长", firms.get("mine1"), null, null);
        person("赵永明", "13904830004", PostKind.ENTERPRISE_PRINCIPAL, "矿长", firms.get("mine2"), null, null);
        person("孙丽娟", "13904830005", PostKind.SAFETY_MANAGER, "安全环保部经理", firms.get("chem1"), null, null);

        var admin = user("admin", "系统管理员", List.of(Role.ADMINISTRATOR), null, null, null);
        var inspector = user("inspector", "巴特尔（阿左旗应急管理局）", List.of(Role.INSPECTOR), null, emBureau, null);
        var mine1 = user("mine1", "李志刚（宏岩露天煤矿）", List.of(Role.ENTERPRISE_PRINCIPAL), firms.get("mine1"), null, null);
        var mine2 = user("mine2", "赵永明（金沙露天煤业）", List.of(Role.ENTERPRISE_PRINCIPAL), firms.get("mine2"), null, null);
        var chem1 = user("chem1", "孙丽娟（瀚海精细化工）", List.of(Role.ENTERPRISE_STAFF), firms.get("chem1"), null, null);
        var depthead = user("depthead", "乌云其其格（阿左旗应急管理局）", List.of(Role.DEPARTMENT_HEAD), null, emBureau, null);
        var xwinspector =
                user("xwinspector", "陈海生（徐闻县农业农村局）", List.of(Role.INSPECTOR), null, depts.get("xw-fishery"), null);
        var league =
                user("leagueduty", "苏和（阿拉善盟应急管理局值班室）", List.of(Role.INSPECTOR), null, depts.get("league-em"), null);
        var province =
                user("provduty", "高峰（国家矿山安全监察局内蒙古局）", List.of(Role.INSPECTOR), null, depts.get("mine-safety"), null);
        var leader = users.createDemoAccount(
                        SYSTEM,
                        new UserDraft(
                                "leader",
                                "王建国（阿左旗人民政府）",
                                PASSWORD,
                                List.of(Role.REGION_LEADER),
                                ALXA_LEFT,
                                null,
                                null,
                                wang))
                .actor();
        user("leagueleader", "巴图（阿拉善盟行政公署）", List.of(Role.REGION_LEADER), null, null, ALXA_LEAGUE);
        matrix.load(wang, liu);
        // fictional enforcement certificate numbers (执法证号) of the demo's officers
        officers.record(admin, inspector.userId(), "演示1529002601");
        officers.record(admin, depthead.userId(), "演示1529002602");
        officers.record(admin, xwinspector.userId(), "演示4408252601");
        officers.record(admin, league.userId(), "演示1529002603");
        officers.record(admin, province.userId(), "演示1500002601");
        var riskPoints = risks.load(mine1, firms.get("mine1"));
        hazards.load(new DemoHazards.Cast(inspector, mine1, mine2, chem1, xwinspector), firms, riskPoints);
        history.load(admin, firms);
        inspections.load(new DemoInspections.Cast(mine1, inspector, depthead, league), firms);
        accident.load(new DemoAccident.Cast(inspector, league, province, leader), firms.get("beiling"));
        supervision.load(new DemoSupervision.Cast(league, leader, mine1, mine2, inspector, province), firms, depts);
    }

    private Map<String, Long> departments() {
        var ids = new HashMap<String, Long>();
        ids.put("mine-safety", department("150000", DepartmentKind.MINE_SAFETY, "国家矿山安全监察局内蒙古局"));
        ids.put("league-em", department("152900", DepartmentKind.EMERGENCY_MANAGEMENT, "阿拉善盟应急管理局"));
        ids.put("em", department(ALXA_LEFT, DepartmentKind.EMERGENCY_MANAGEMENT, "阿拉善左旗应急管理局"));
        ids.put("energy", department(ALXA_LEFT, DepartmentKind.ENERGY, "阿拉善左旗能源局"));
        department(ALXA_LEFT, DepartmentKind.NATURAL_RESOURCES, "阿拉善左旗自然资源局");
        ids.put("transport", department(ALXA_LEFT, DepartmentKind.TRANSPORT, "阿拉善左旗交通运输局"));
        department(ALXA_LEFT, DepartmentKind.HOUSING_CONSTRUCTION, "阿拉善左旗住房和城乡建设局");
        department(ALXA_LEFT, DepartmentKind.AGRICULTURE_RURAL, "阿拉善左旗农牧局");
        department(ALXA_LEFT, DepartmentKind.MARKET_REGULATION, "阿拉善左旗市场监督管理局");
        department(ALXA_LEFT, DepartmentKind.FIRE_RESCUE, "阿拉善左旗消防救援大队");
        department(ALXA_LEFT, DepartmentKind.CULTURE_TOURISM, "阿拉善左旗文化旅游体育局");
        department(XUWEN, DepartmentKind.EMERGENCY_MANAGEMENT, "徐闻县应急管理局");
        ids.put("xw-fishery", department(XUWEN, DepartmentKind.AGRICULTURE_RURAL, "徐闻县农业农村局"));
        department(XUWEN, DepartmentKind.HOUSING_CONSTRUCTION, "徐闻县住房和城乡建设局");
        department(XUWEN, DepartmentKind.FIRE_RESCUE, "徐闻县消防救援大队");
        department(XUWEN, DepartmentKind.COMMERCE, "徐闻县商务局");
        return ids;
    }

    private Map<String, Long> enterprises() {
        var ids = new HashMap<String, Long>();
        ids.put(
                "mine1",
                enterprise(new Firm(
                        "阿拉善左旗宏岩露天煤矿有限公司（演示）",
                        "MA7D0001",
                        ALXA_LEFT,
                        "COAL_MINE",
                        "阿拉善左旗敖伦布拉格镇宏岩矿区",
                        MineType.OPEN_PIT,
                        "李志刚",
                        "13904830003",
                        "安全生产许可证",
                        "（蒙）MK安许证字〔2024〕D001",
                        "105.1203",
                        "39.2416")));
        ids.put(
                "mine2",
                enterprise(new Firm(
                        "阿拉善左旗金沙露天煤业有限公司（演示）",
                        "MA7D0002",
                        ALXA_LEFT,
                        "COAL_MINE",
                        "阿拉善左旗孪井滩示范区金沙矿区",
                        MineType.OPEN_PIT,
                        "赵永明",
                        "13904830004",
                        "安全生产许可证",
                        "（蒙）MK安许证字〔2024〕D002",
                        "104.9870",
                        "37.9042")));
        // the fictional mine of the demo accident (DemoAccident), still in technical conversion
        ids.put(
                "beiling",
                enterprise(new Firm(
                        "示例北岭矿业有限公司（虚构）",
                        "MA7D0010",
                        ALXA_LEFT,
                        "COAL_MINE",
                        "阿拉善左旗北岭露天煤矿（虚构，井工转露天技改建设中）",
                        MineType.OPEN_PIT,
                        "张某（虚构）",
                        "13904830010",
                        null,
                        null,
                        "105.3000",
                        "39.0000")));
        ids.put(
                "chem1",
                enterprise(new Firm(
                        "阿拉善左旗瀚海精细化工有限公司（演示）",
                        "MA7D0003",
                        ALXA_LEFT,
                        "HAZARDOUS_CHEMICALS",
                        "阿拉善左旗乌斯太镇化工园区瀚海路8号",
                        null,
                        "周德胜",
                        "13904830006",
                        "危险化学品安全生产许可证",
                        "（蒙）WH安许证字〔2025〕D003",
                        "106.6790",
                        "39.4370")));
        enterprise(new Firm(
                "阿拉善左旗巴彦浩特城镇燃气有限公司（演示）",
                "MA7D0004",
                ALXA_LEFT,
                "TOWN_GAS",
                "阿拉善左旗巴彦浩特镇燃气路2号",
                null,
                "马俊",
                "13904830007",
                "燃气经营许可证",
                "蒙2025152921D004",
                "105.6720",
                "38.8430"));
        enterprise(new Firm(
                "阿拉善左旗沙漠湖景区运营有限公司（演示）",
                "MA7D0005",
                ALXA_LEFT,
                "TOURIST_FACILITIES",
                "阿拉善左旗腾格里额里森苏木沙漠湖景区",
                null,
                "高娜",
                "13904830008",
                null,
                null,
                "104.8500",
                "38.5200"));
        enterprise(new Firm(
                "阿拉善左旗城建第三工程有限公司（演示）",
                "MA7D0006",
                ALXA_LEFT,
                "BUILDING_CONSTRUCTION",
                "阿拉善左旗巴彦浩特镇新区安置房项目工地",
                null,
                "刘波",
                "13904830009",
                "建筑施工企业安全生产许可证",
                "（蒙）JZ安许证字〔2023〕D006",
                null,
                null));
        ids.put(
                "port",
                enterprise(new Firm(
                        "徐闻县海安渔港管理有限公司（演示）",
                        "MA4X0007",
                        XUWEN,
                        "WATER_TRAFFIC_FISHING",
                        "湛江市徐闻县海安镇渔港路1号",
                        null,
                        "陈国栋",
                        "13702600001",
                        null,
                        null,
                        "110.2290",
                        "20.2640")));
        enterprise(new Firm(
                "徐闻县城北街道自建房经营户联合会（演示）",
                "MA4X0008",
                XUWEN,
                "SELF_BUILT_HOUSES",
                "湛江市徐闻县徐城街道城北片区",
                null,
                "林春梅",
                "13702600002",
                null,
                null,
                null,
                null));
        enterprise(new Firm(
                "徐闻县南海购物广场有限公司（演示）",
                "MA4X0009",
                XUWEN,
                "CROWDED_PLACES",
                "湛江市徐闻县徐城街道南海路88号",
                null,
                "黄伟",
                "13702600003",
                null,
                null,
                "110.1760",
                "20.3260"));
        return ids;
    }

    private long department(String region, DepartmentKind kind, String name) {
        return departments
                .create(SYSTEM, new DepartmentDraft(region, kind, name, null))
                .id();
    }

    private long enterprise(Firm firm) {
        var creditCode = UnifiedSocialCreditCode.complete("91" + firm.region() + firm.orgBody());
        var licences = firm.licenceKind() == null
                ? List.<EnterpriseDraft.LicenceDraft>of()
                : List.of(new EnterpriseDraft.LicenceDraft(
                        firm.licenceKind(), firm.licenceNumber(), LocalDate.of(2028, 6, 30)));
        var draft = new EnterpriseDraft(
                firm.name(),
                creditCode,
                firm.region(),
                firm.sector(),
                null,
                firm.address(),
                decimal(firm.longitude()),
                decimal(firm.latitude()),
                firm.mineType(),
                firm.principal(),
                firm.principalPhone(),
                null,
                null,
                licences);
        return enterprises.register(SYSTEM, draft).id();
    }

    private long person(
            String name,
            String mobile,
            PostKind kind,
            String title,
            @Nullable Long enterpriseId,
            @Nullable Long departmentId,
            @Nullable String region) {
        return people.create(
                        SYSTEM,
                        new PersonDraft(
                                name,
                                mobile,
                                List.of(new PersonDraft.PostDraft(kind, title, enterpriseId, departmentId, region))))
                .id();
    }

    private Actor user(
            String username,
            String displayName,
            List<Role> roles,
            @Nullable Long enterpriseId,
            @Nullable Long departmentId,
            @Nullable String region) {
        return users.createDemoAccount(
                        SYSTEM,
                        new UserDraft(username, displayName, PASSWORD, roles, region, enterpriseId, departmentId, null))
                .actor();
    }

    private static @Nullable BigDecimal decimal(@Nullable String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private record Firm(
            String name,
            String orgBody,
            String region,
            String sector,
            String address,
            @Nullable MineType mineType,
            String principal,
            String principalPhone,
            @Nullable String licenceKind,
            @Nullable String licenceNumber,
            @Nullable String longitude,
            @Nullable String latitude) {}
}
