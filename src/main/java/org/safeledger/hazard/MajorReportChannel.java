package org.safeledger.hazard;

/**
 * The two halves of a major hazard's dual report (Work Safety Law art. 41): to the department with supervisory
 * duties, and to the workers' congress or workers' representative congress (职工大会或者职工代表大会).
 */
public enum MajorReportChannel {
    REGULATOR,
    WORKERS_CONGRESS;

    public String messageKey() {
        return "majorReport." + name();
    }
}
