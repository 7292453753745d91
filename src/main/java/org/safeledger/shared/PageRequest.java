package org.safeledger.shared;

/** Paging as the API takes it: {@code page} from 0, {@code size} 1..500 (default 50). */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", "error.page.negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "error.size.range", MAX_SIZE);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? 50 : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
