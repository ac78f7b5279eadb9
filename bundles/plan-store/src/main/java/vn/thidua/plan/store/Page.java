package vn.thidua.plan.store;

import java.util.List;

/** One page of a listing: {@code total} counts every match, not only those on this page. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }
}
