package org.safeledger.enforcement.web;

import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeledger.attachment.AttachmentStore;
import org.safeledger.enforcement.DocumentAction;
import org.safeledger.enforcement.DocumentType;
import org.safeledger.enforcement.EnforcementDocuments;
import org.safeledger.enforcement.Penalty;
import org.safeledger.hazard.HazardFlag;
import org.safeledger.hazard.HazardLedger;
import org.safeledger.org.EnterpriseRegister;
import org.safeledger.platform.web.FieldRejection;
import org.safeledger.shared.Actor;
import org.safeledger.shared.ConflictException;
import org.safeledger.shared.InvalidInputException;
import org.safeledger.shared.NotFoundException;
import org.safeledger.shared.Permission;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Enforcement documents on the pages: the list, issuing (prefilled from a hazard, an inspection or the document a
 * review reviews; a penalty for a repeat pre-selects aggravation), a document with its PDF, the acknowledgement
 * (signature photo or refusal) and a fine's payment.
 */
@Controller
class EnforcementPages {

    private final EnforcementDocuments documents;
    private final org.safeledger.enforcement.DocumentFollowUp followUp;
    private final HazardLedger hazards;
    private final EnterpriseRegister enterprises;
    private final AttachmentStore attachments;
    private final MessageSource messages;

    EnforcementPages(
            EnforcementDocuments documents,
            org.safeledger.enforcement.DocumentFollowUp followUp,
            HazardLedger hazards,
            EnterpriseRegister enterprises,
            AttachmentStore attachments,
            MessageSource messages,
            org.safeledger.enforcement.EnforcementOfficers officers,
            org.safeledger.attachment.AttachmentDownload downloads,
            org.safeledger.inspection.Checklists checklists) {
        this.checklists = checklists;
        this.officers = officers;
        this.downloads = downloads;
        this.documents = documents;
        this.followUp = followUp;
        this.hazards = hazards;
        this.enterprises = enterprises;
        this.attachments = attachments;
        this.messages = messages;
    }

    private final org.safeledger.enforcement.EnforcementOfficers officers;
    private final org.safeledger.inspection.Checklists checklists;
    private final org.safeledger.attachment.AttachmentDownload downloads;

    @GetMapping("/enforcement")
    String list(
            Actor actor,
            @RequestParam(required = false) @Nullable Long enterpriseId,
            @RequestParam(required = false) @Nullable String ack,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String regionCode,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Model model) {
        var filter =
                org.safeledger.enforcement.DocumentFilter.of(actor, enterpriseId, q, type, ack, regionCode, from, to);
        model.addAttribute("documents", documents.list(actor, filter));
        model.addAttribute("total", documents.count(actor, filter));
        model.addAttribute("ack", ack);
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("regionCode", regionCode);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("types", DocumentType.values());
        if (actor.has(org.safeledger.shared.Role.DEPARTMENT_HEAD) && actor.departmentId() != null) {
            model.addAttribute("officers", officers.ofDepartment(actor.departmentId()));
        }
        return "enforcement/list";
    }

    /** The hazards a document may concern, as checkboxes (htmx): the chosen enterprise's open hazards. */
    @GetMapping("/enforcement/hazard-options")
    String hazardOptions(
            Actor actor,
            @RequestParam(required = false) @Nullable Long enterpriseId,
            @RequestParam(required = false) @Nullable String hazardIds,
            Model model) {
        model.addAttribute("hazardChoices", hazardChoices(actor, enterpriseId));
        model.addAttribute("chosenHazards", chosen(hazardIds));
        return "enforcement/new :: hazardChoices";
    }

    private List<org.safeledger.hazard.LedgerEntry> hazardChoices(Actor actor, @Nullable Long enterpriseId) {
        if (enterpriseId == null) {
            return List.of();
        }
        return hazards.list(
                        actor,
                        org.safeledger.hazard.HazardFilter.openOf(enterpriseId),
                        new org.safeledger.shared.PageRequest(0, 200))
                .items();
    }

    private static List<Long> chosen(@Nullable String hazardIds) {
        if (hazardIds == null || hazardIds.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(hazardIds.split("[,，\\s]+"))
                .filter(s -> s.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .toList();
    }

    /** The department head records an officer's enforcement certificate number (执法证号). */
    @PostMapping("/enforcement/officers/{userId}")
    String certificate(
            Actor actor,
            @PathVariable long userId,
            @RequestParam(required = false) @Nullable String certificateNo,
            RedirectAttributes redirect) {
        try {
            officers.record(actor, userId, certificateNo);
            redirect.addFlashAttribute("notice", "enforcement.certificateSaved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("docError", org.safeledger.platform.web.Refusals.text(messages, e));
        }
        return "redirect:/enforcement#officers";
    }

    /** The recipient's signature image of a document the reader may see. */
    @GetMapping("/enforcement/{id}/signature")
    ResponseEntity<org.springframework.core.io.InputStreamResource> signature(
            Actor actor, @PathVariable long id, @RequestParam(defaultValue = "true") boolean thumb) {
        var signature = documents.get(actor, id).signatureAttachmentId();
        if (signature == null) {
            throw new NotFoundException("error.attachment.notFound", id);
        }
        return downloads.of(signature, thumb);
    }

    @GetMapping("/enforcement/new")
    String newDocument(
            Actor actor,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable Long enterpriseId,
            @RequestParam(required = false) @Nullable String hazardIds,
            @RequestParam(required = false) @Nullable Long inspectionId,
            @RequestParam(required = false) @Nullable Long reviewsDocumentId,
            Model model) {
        actor.require(Permission.ENFORCEMENT_ISSUE);
        var form = new IssueForm();
        if (type != null) {
            form.setType(type);
        }
        form.setEnterpriseId(enterpriseId);
        form.setHazardIds(hazardIds == null ? "" : hazardIds);
        form.setInspectionId(inspectionId);
        form.setReviewsDocumentId(reviewsDocumentId);
        if (inspectionId != null) {
            // the inspection's team signs its documents: the issuer's partner is the second officer
            checklists.run(actor, inspectionId).team().stream()
                    .filter(member -> member != actor.userId())
                    .findFirst()
                    .ifPresent(form::setSecondOfficerId);
        }
        if (reviewsDocumentId != null) {
            var reviewed = documents.get(actor, reviewsDocumentId);
            form.setType(DocumentType.REVIEW_OPINION.name());
            form.setEnterpriseId(reviewed.enterpriseId());
        }
        // a repeat violation is handled with aggravation: the penalty form starts with it chosen
        form.setAggravated(repeat(actor, form));
        model.addAttribute("form", form);
        return formPage(actor, model, form);
    }

    private boolean repeat(Actor actor, IssueForm form) {
        try {
            return form.toRequest().hazardIds().stream()
                    .anyMatch(id -> hazards.get(actor, id).hazard().flags().contains(HazardFlag.REPEAT));
        } catch (InvalidInputException | NotFoundException e) {
            return false;
        }
    }

    @PostMapping("/enforcement")
    String issue(
            Actor actor,
            @ModelAttribute("form") IssueForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        actor.require(Permission.ENFORCEMENT_ISSUE);
        if (!result.hasErrors()) {
            try {
                var issued = documents.issue(actor, form.toRequest());
                redirect.addFlashAttribute("notice", "enforcement.issued");
                return "redirect:/enforcement/" + issued.id();
            } catch (InvalidInputException e) {
                // the penalty's fields sit flat on the form: penalty.amountYuan is the form's amountYuan
                FieldRejection.onto(
                        result,
                        e.resolved().isEmpty() && e.field().startsWith("penalty.")
                                ? new InvalidInputException(
                                        e.field().substring("penalty.".length()), e.messageKey(), e.args())
                                : e);
            } catch (ConflictException e) {
                FieldRejection.onto(result, e);
            }
        }
        return formPage(actor, model, form);
    }

    private String formPage(Actor actor, Model model, IssueForm form) {
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("articles", Penalty.PenaltyArticle.values());
        model.addAttribute("closureGrounds", Penalty.ClosureGround.values());
        model.addAttribute("enterprises", enterprises.choices(actor, form.getEnterpriseId()));
        model.addAttribute("hazardChoices", hazardChoices(actor, form.getEnterpriseId()));
        model.addAttribute("chosenHazards", chosen(form.getHazardIds()));
        model.addAttribute(
                "colleagues",
                actor.departmentId() == null
                        ? List.of()
                        : officers.ofDepartment(actor.departmentId()).stream()
                                .filter(o -> o.userId() != actor.userId())
                                .toList());
        return "enforcement/new";
    }

    @GetMapping("/enforcement/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("doc", documents.get(actor, id));
        var doc = (org.safeledger.enforcement.EnforcementDocument) model.getAttribute("doc");
        model.addAttribute("mayIssue", EnforcementDocuments.mayIssue(actor));
        // service, payment and review are the issuing authority's: offered on the rule the service applies
        model.addAttribute("mayRecord", doc != null && EnforcementDocuments.mayRecord(actor, doc));
        model.addAttribute("mayReview", doc != null && documents.mayReview(actor, doc));
        var mayRecord = doc != null && EnforcementDocuments.mayRecord(actor, doc);
        model.addAttribute("mayAcknowledge", mayRecord && doc.allows(DocumentAction.ACKNOWLEDGE));
        model.addAttribute("mayPay", mayRecord && doc.allows(DocumentAction.PAY));
        return "enforcement/show";
    }

    @GetMapping("/enforcement/{id}/pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable long id) {
        return EnforcementApi.pdfResponse(documents.get(actor, id), documents.pdf(actor, id));
    }

    /** The recipient signed (a photo of the signature) or refused (with how it happened). */
    @PostMapping("/enforcement/{id}/acknowledgement")
    String acknowledge(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable MultipartFile signature,
            @RequestParam(defaultValue = "false") boolean refused,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable String name,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            Long signatureId = null;
            if (!refused && signature != null && !signature.isEmpty()) {
                try (var in = signature.getInputStream()) {
                    signatureId = attachments
                            .store(actor, in, signature.getOriginalFilename())
                            .id();
                }
            }
            followUp.acknowledge(actor, id, signatureId, refused, note, name);
            redirect.addFlashAttribute("notice", "enforcement.acknowledged");
            return "redirect:/enforcement/" + id;
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("docError", org.safeledger.platform.web.Refusals.text(messages, e));
            return show(actor, id, model);
        }
    }

    @PostMapping("/enforcement/{id}/payment")
    String pay(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String paidOn,
            Model model,
            RedirectAttributes redirect) {
        try {
            followUp.pay(actor, id, paidOn);
            redirect.addFlashAttribute("notice", "enforcement.paid");
            return "redirect:/enforcement/" + id;
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("docError", org.safeledger.platform.web.Refusals.text(messages, e));
            return show(actor, id, model);
        }
    }
}
