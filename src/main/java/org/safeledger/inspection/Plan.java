package org.safeledger.inspection;

import java.util.List;

/**
 * An annual plan with its progress: per line the enterprises there are, how many should be inspected and how often,
 * how many were (completed law-enforcement inspections of the department this year), and per inspector the
 * inspections done against an even share of the planned ones.
 */
public record Plan(
        long id,
        long departmentId,
        int year,
        String title,
        List<LineProgress> lines,
        List<InspectorProgress> inspectors) {

    public record LineProgress(
            String sector,
            SupervisionClass supervisionClass,
            int coveragePercent,
            int visitsPerEnterprise,
            long enterprises,
            long targetEnterprises,
            long targetVisits,
            long enterprisesCovered,
            long visitsDone) {

        /** Visits done as a share of those planned, in percent (100 at most). */
        public long percentDone() {
            return targetVisits == 0 ? 100 : Math.min(100, visitsDone * 100 / targetVisits);
        }
    }

    public record InspectorProgress(long userId, String name, long done, long share) {}

    public long targetVisits() {
        return lines.stream().mapToLong(LineProgress::targetVisits).sum();
    }

    public long visitsDone() {
        return lines.stream().mapToLong(LineProgress::visitsDone).sum();
    }
}
