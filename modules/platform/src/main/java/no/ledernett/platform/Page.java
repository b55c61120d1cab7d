package no.ledernett.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a longer, sorted list, and how many there are in all. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
