package org.safeledger.shared;

import java.util.List;
import java.util.function.Function;

/** A page of a list, the API's {@code {items, total}} shape (api.md). */
public record PageResult<T>(List<T> items, long total) {

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), total);
    }
}
