package org.safeledger.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.safeledger.inspection.ChecklistFindingOpened;
import org.safeledger.inspection.ChecklistTemplates;
import org.safeledger.inspection.TemplateDraft;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ForbiddenException;
import org.safeledger.shared.RegionCode;
import org.safeledger.shared.Sector;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * A campaign's sector checklists: made at launch from the configured {@link SectorChecklists} (one per sector that
 * has one), run by the enterprises of the campaign's region in that sector as their tasks, and the hazards their
 * runs turn up recorded as the campaign's findings.
 */
@Service
public class CampaignChecklists {

    private final CampaignStore store;
    private final SectorChecklists catalogue;
    private final ChecklistTemplates templates;
    private final EnterpriseRegister enterprises;
    private final SafeLedgerProperties properties;
    private final Clock clock;

    CampaignChecklists(
            CampaignStore store,
            SectorChecklists catalogue,
            ChecklistTemplates templates,
            EnterpriseRegister enterprises,
            SafeLedgerProperties properties,
            Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.templates = templates;
        this.enterprises = enterprises;
        this.properties = properties;
        this.clock = clock;
    }

    /** At launch, in the launch's transaction: the checklist of each sector, named for the campaign. */
    void createFor(Actor actor, Campaign campaign) {
        var region = new RegionCode(campaign.regionCode());
        for (var sector : campaign.sectors().stream().sorted().toList()) {
            var checklist = catalogue.of(sector, campaign.kind());
            if (checklist.isEmpty()) {
                continue;
            }
            var c = checklist.get();
            var template = templates.createCampaignTemplate(
                    actor,
                    new TemplateDraft(
                            shorten(c.name() + "（" + campaign.title() + "，" + catalogue.version() + "）", 100),
                            sector.name(),
                            null,
                            c.standardCode(),
                            c.clauseNumbers(),
                            c.itemTexts().stream().map(t -> shorten(t, 500)).toList()),
                    region);
            store.insertChecklist(campaign.id(), sector, campaign.regionCode(), template.id());
        }
    }

    /** A hazard from one of a campaign's checklists is the campaign's finding (in the conversion's transaction). */
    @EventListener
    void on(ChecklistFindingOpened opened) {
        store.campaignOfChecklist(opened.templateId())
                .ifPresent(campaign ->
                        store.insertFinding(campaign, opened.hazardId(), opened.runId(), opened.enterpriseId()));
    }

    /**
     * The tasks of the reader's enterprise: for each campaign over its region and one of its sectors not over yet,
     * the checklist of each of its sectors the campaign has, done or not. An enterprise's people only: nobody else
     * has tasks (a regulator reads the campaign's progress).
     */
    public List<CampaignTask> tasks(Actor actor) {
        var enterpriseId = actor.scope().enterpriseId();
        if (enterpriseId == null) {
            throw new ForbiddenException("error.campaign.tasksOfEnterprise");
        }
        var enterprise = enterprises.get(actor, enterpriseId);
        var lineage = new RegionCode(enterprise.regionCode())
                .lineage().stream().map(RegionCode::value).toList();
        var tasks = new ArrayList<CampaignTask>();
        for (var campaign : store.ofEnterprise(lineage, enterprise.sectors(), today())) {
            var selfCheck = campaign.phase(PhaseKind.SELF_CHECK);
            var region = new RegionCode(enterprise.regionCode());
            for (var checklist : store.checklists(campaign.id())) {
                if (!enterprise.sectors().contains(checklist.sector())
                        || !new RegionCode(checklist.regionCode()).contains(region)) {
                    continue;
                }
                long templateId = checklist.templateId();
                var tally = templates
                        .tallies(templateId, List.of(enterpriseId))
                        .getOrDefault(enterpriseId, ChecklistTemplates.RunTally.none(enterpriseId));
                tasks.add(new CampaignTask(
                        campaign.id(),
                        campaign.title(),
                        campaign.kind(),
                        checklist.sector(),
                        templateId,
                        templates.template(actor, templateId).name(),
                        selfCheck.map(Campaign.Phase::from).orElse(null),
                        selfCheck.map(Campaign.Phase::to).orElse(null),
                        tally.answered() > 0,
                        tally.openRunId(),
                        tally.hazards()));
            }
        }
        return tasks;
    }

    /**
     * A region below the campaign's adds items of its own for one sector (once a sector): a checklist of its subtree
     * whose enterprises run it beside the campaign's. Asked after the unit's own rule ({@link
     * CampaignUnit#addItemsRefusal}).
     */
    void addItems(Actor actor, Campaign campaign, CampaignUnit unit, Sector sector, List<String> items, String name) {
        var refused = unit.addItemsRefusal(campaign, sector);
        if (refused.isPresent()) {
            throw refused.get();
        }
        var base = catalogue
                .of(sector, campaign.kind())
                .map(SectorChecklists.Checklist::name)
                .orElse("");
        var template = templates.createCampaignTemplate(
                actor,
                new TemplateDraft(
                        shorten(base + "（" + name + "补充，" + campaign.title() + "）", 100),
                        sector.name(),
                        null,
                        null,
                        null,
                        items.stream().map(t -> shorten(t, 500)).toList()),
                new RegionCode(unit.regionCode()));
        store.insertChecklist(campaign.id(), sector, unit.regionCode(), template.id());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
