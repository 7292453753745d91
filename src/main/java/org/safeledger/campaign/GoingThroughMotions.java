package org.safeledger.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules that catch a campaign gone through the motions, from a unit's figures alone (prompts, not verdicts):
 * <ul>
 *   <li>a county (a region with no level below) where the departments found at least {@code minDepartmentFound}
 *       hazards and its enterprises found themselves no more than {@code selfFoundRatio} of that number;
 *   <li>a unit that entered the enforcement phase or a later one while less than {@code selfCheckCoverage} of its
 *       enterprises completed the campaign's checklist — the self-check phase's evidence missing.
 * </ul>
 */
final class GoingThroughMotions {

    private GoingThroughMotions() {}

    static List<CampaignAlert> of(UnitProgress unit, CampaignProperties.Alerts thresholds) {
        var alerts = new ArrayList<CampaignAlert>();
        silentSelfCheck(unit, thresholds).ifPresent(alerts::add);
        phaseWithoutEvidence(unit, thresholds).ifPresent(alerts::add);
        return alerts;
    }

    static Optional<CampaignAlert> silentSelfCheck(UnitProgress unit, CampaignProperties.Alerts thresholds) {
        long department = unit.found(FindingSource.DEPARTMENT);
        long self = unit.found(FindingSource.SELF_INSPECTION);
        if (!isCounty(unit.regionCode())
                || department < thresholds.minDepartmentFound()
                || self > department * thresholds.selfFoundRatio()) {
            return Optional.empty();
        }
        return Optional.of(new CampaignAlert(
                CampaignAlert.Kind.SELF_CHECK_SILENT, unit.regionCode(), unit.name(), List.of(department, self)));
    }

    static Optional<CampaignAlert> phaseWithoutEvidence(UnitProgress unit, CampaignProperties.Alerts thresholds) {
        if (unit.phase() == null
                || unit.phase().compareTo(PhaseKind.ENFORCEMENT) < 0
                || unit.selfChecked() >= Math.ceil(unit.enterprises() * thresholds.selfCheckCoverage())) {
            return Optional.empty();
        }
        return Optional.of(new CampaignAlert(
                CampaignAlert.Kind.PHASE_WITHOUT_EVIDENCE,
                unit.regionCode(),
                unit.name(),
                List.of(unit.selfChecked(), unit.enterprises())));
    }

    /** A county-level code (GB/T 2260): its last two digits are not 00. */
    static boolean isCounty(String regionCode) {
        return !regionCode.endsWith("00");
    }
}
