package org.safeledger.org;

import org.jspecify.annotations.Nullable;

/** A post: where a person serves (an enterprise, a department, or a region's leadership) and as what. */
public record Post(
        PostKind kind,
        String title,
        @Nullable Long enterpriseId,
        @Nullable Long departmentId,
        String regionCode) {}
