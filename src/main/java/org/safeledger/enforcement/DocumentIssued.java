package org.safeledger.enforcement;

import java.time.Instant;

/** An enforcement document was issued to an enterprise: news for the enterprise (its inbox and channels). */
public record DocumentIssued(
        long documentId,
        DocumentType type,
        String number,
        long enterpriseId,
        String enterpriseName,
        String regionCode,
        String departmentName,
        Instant at) {}
