package org.safeledger.hazard.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.safeledger.hazard.HazardAction;
import org.safeledger.hazard.HazardFilter;
import org.safeledger.hazard.HazardGrade;
import org.safeledger.hazard.HazardLedger;
import org.safeledger.hazard.HazardSource;
import org.safeledger.hazard.HazardStatus;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.org.RegionDirectory;
import org.safeledger.platform.SafeLedgerProperties;
import org.safeledger.platform.web.FieldRejection;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.PageRequest;
import org.safeledger.shared.Permission;
import org.safeledger.shared.Sector;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ledger (台账) as pages: the filtered list, the hazard with its timeline and actions, the report form. */
@Controller
@RequestMapping("/hazards")
class HazardPages {

    private static final int PAGE_SIZE = 20;

    private final HazardLedger ledger;
    private final RegionDirectory regions;
    private final EnterpriseRegister enterprises;
    private final SafeLedgerProperties properties;
    private final org.safeledger.risk.RiskRegister risks;
    private final org.safeledger.attachment.AttachmentDownload downloads;
    private final org.safeledger.attachment.AttachmentStore files;

    HazardPages(
            HazardLedger ledger,
            RegionDirectory regions,
            EnterpriseRegister enterprises,
            SafeLedgerProperties properties,
            org.safeledger.risk.RiskRegister risks,
            org.safeledger.attachment.AttachmentDownload downloads,
            org.safeledger.attachment.AttachmentStore files) {
        this.files = files;
        this.risks = risks;
        this.downloads = downloads;
        this.ledger = ledger;
        this.regions = regions;
        this.enterprises = enterprises;
        this.properties = properties;
    }

    @GetMapping
    String list(
            Actor actor,
            @ModelAttribute("query") LedgerQuery query,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        var filter = query.toFilter(actor, regions);
        var current = Math.max(page, 0);
        model.addAttribute("result", ledger.list(actor, filter, new PageRequest(current, PAGE_SIZE)));
        model.addAttribute("counts", ledger.countByStatus(actor, filter));
        model.addAttribute("page", current);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("today", ledger.today());
        model.addAttribute("statuses", HazardStatus.values());
        model.addAttribute("sources", HazardSource.values());
        model.addAttribute("grades", HazardGrade.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("sorts", HazardFilter.HazardSort.values());
        return htmx != null ? "hazard/list :: results" : "hazard/list";
    }

    /** Overdue rectifications by area and escalation tier, drilling down from the reader's region. */
    @GetMapping("/escalations")
    String escalations(Actor actor, @RequestParam(required = false) String regionCode, Model model) {
        var prefix = LedgerQuery.region(regionCode).toFilter(actor, regions).regionPrefix();
        var shown = regionCode != null && !regionCode.isBlank()
                ? regions.get(regionCode.strip())
                : regions.find(actor.scope().region().value()).orElse(null);
        model.addAttribute("rows", ledger.escalations(actor, prefix));
        model.addAttribute("region", shown);
        model.addAttribute(
                "parent",
                shown == null
                                || shown.parentCode() == null
                                || !actor.scope().coversRegion(new org.safeledger.shared.RegionCode(shown.parentCode()))
                        ? null
                        : shown.parentCode());
        return "hazard/escalations";
    }

    @GetMapping("/new")
    String reportForm(
            Actor actor,
            @RequestParam(required = false) @org.jspecify.annotations.Nullable Long enterpriseId,
            @RequestParam(required = false) @org.jspecify.annotations.Nullable Long riskPointId,
            Model model) {
        actor.require(Permission.HAZARD_REPORT);
        var form = new ReportForm();
        form.setDiscoveredAt(ledger.localNow().withSecond(0).withNano(0));
        form.setEnterpriseId(enterpriseId != null ? enterpriseId : actor.scope().enterpriseId());
        form.setRiskPointId(riskPointId);
        model.addAttribute("form", form);
        return reportPage(actor, model);
    }

    @PostMapping
    String report(
            Actor actor,
            @ModelAttribute("form") ReportForm form,
            BindingResult result,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        actor.require(Permission.HAZARD_REPORT);
        if (result.hasErrors()) {
            return reportPage(actor, model);
        }
        try {
            var entry = ledger.reportWithPhotos(
                    actor, form.toReport(properties.zone(), List.of()), org.safeledger.attachment.Upload.of(photos));
            redirect.addFlashAttribute("notice", "hazard.reported");
            return "redirect:/hazards/" + entry.hazard().id();
        } catch (InvalidInputException | ConflictException e) {
            FieldRejection.onto(result, e);
            return reportPage(actor, model);
        }
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        var entry = ledger.get(actor, id);
        model.addAttribute("entry", entry);
        model.addAttribute("hazard", entry.hazard());
        var timeline = ledger.timeline(actor, entry);
        model.addAttribute("timeline", timeline);
        var fileIds = new ArrayList<Long>(entry.hazard().photoIds());
        fileIds.addAll(entry.hazard().evidenceIds());
        model.addAttribute("files", HazardFileView.of(entry.hazard(), timeline, files.findAll(fileIds)));
        model.addAttribute("citations", ledger.citations(entry));
        var majorReports = ledger.majorReports(entry);
        var suspension = ledger.suspension(entry).orElse(null);
        model.addAttribute("majorReports", majorReports);
        model.addAttribute("suspension", suspension);
        model.addAttribute("now", ledger.now());
        model.addAttribute("today", ledger.today());
        var actions = ledger.availableActions(actor, entry);
        model.addAttribute("actions", actions);
        if (actions.contains(HazardAction.LIST)) {
            model.addAttribute("listingDepartments", ledger.listingChoices(actor, entry));
        }
        model.addAttribute("maxEvidenceFiles", HazardLedger.MAX_EVIDENCE_FILES);
        if (!model.containsAttribute("step")) {
            var step = new StepForm();
            step.setVersion(entry.hazard().version());
            model.addAttribute("step", step);
        }
        return "hazard/show";
    }

    @PostMapping("/{id}/actions/{action}")
    String act(
            Actor actor,
            @PathVariable long id,
            @PathVariable String action,
            @ModelAttribute("step") StepForm step,
            BindingResult result,
            @RequestParam(name = "evidenceFiles", required = false) List<MultipartFile> evidenceFiles,
            Model model,
            RedirectAttributes redirect) {
        var named = HazardAction.named(action).orElseThrow(() -> new NotFoundException("error.hazard.action", action));
        if (!result.hasErrors()) {
            try {
                ledger.actWithFiles(actor, id, step.toStep(named), org.safeledger.attachment.Upload.of(evidenceFiles));
                redirect.addFlashAttribute("notice", "hazard.done." + named.name());
                return "redirect:/hazards/" + id;
            } catch (InvalidInputException | ConflictException e) {
                FieldRejection.onto(result, e);
            }
        }
        model.addAttribute("failedAction", named);
        return show(actor, id, model);
    }

    /** A photo or evidence file of a hazard the reader may see. */
    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> file(
            Actor actor,
            @PathVariable long id,
            @PathVariable long fileId,
            @RequestParam(defaultValue = "false") boolean thumb) {
        var hazard = ledger.get(actor, id).hazard();
        if (!hazard.photoIds().contains(fileId) && !hazard.evidenceIds().contains(fileId)) {
            throw new NotFoundException("error.attachment.notFound", fileId);
        }
        return downloads.of(fileId, thumb);
    }

    private String reportPage(Actor actor, Model model) {
        var form = (ReportForm) model.getAttribute("form");
        model.addAttribute("enterprises", enterprises.choices(actor, form == null ? null : form.getEnterpriseId()));
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("sources", org.safeledger.hazard.HazardPolicy.reportableSources(actor));
        var enterprise = form == null ? null : form.getEnterpriseId();
        model.addAttribute(
                "riskPoints",
                enterprise == null || !actor.can(Permission.RISK_READ)
                        ? List.of()
                        : risks.list(actor, enterprise, null, new org.safeledger.shared.PageRequest(0, 200))
                                .items());
        return "hazard/report";
    }
}
