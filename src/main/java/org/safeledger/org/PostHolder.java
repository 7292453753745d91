package org.safeledger.org;

import org.jspecify.annotations.Nullable;

/**
 * A post of a region's leadership or a department's head, with the person holding it and that person's account
 * (when they have one): whom a decision owned by the post reaches.
 */
public record PostHolder(
        long postId,
        PostKind kind,
        String title,
        String personName,
        @Nullable Long departmentId,
        String regionCode,
        @Nullable Long userId) {

    /** How the post is named to a reader: 副旗长（分管交通） 王某. */
    public String label() {
        return title + " " + personName;
    }
}
