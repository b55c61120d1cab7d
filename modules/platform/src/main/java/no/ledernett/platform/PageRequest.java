package no.ledernett.platform;

import java.io.Serializable;

/** Which page to show, zero-based; the size is capped so no client can ask for everything at once. */
public record PageRequest(int page, int size) implements Serializable {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException(Violation.of("page", "min", 0));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException(Violation.of("size", "range", 1, MAX_SIZE));
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return page * size;
    }
}
