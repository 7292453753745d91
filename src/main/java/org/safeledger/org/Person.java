package org.safeledger.org;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A person in safety work, with the posts they hold. */
public record Person(
        long id,
        String name,
        @Nullable String mobile,
        String regionCode,
        @Nullable Long enterpriseId,
        List<Post> posts) {}
