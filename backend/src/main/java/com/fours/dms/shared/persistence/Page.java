package com.fours.dms.shared.persistence;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list in stable (creation) order; pass {@code nextCursor} back as {@code cursor} for the next page. */
public record Page<T>(
        @Schema(required = true) List<T> items,
        @Schema(description = "Opaque cursor for the next page; null when there is none.", nullable = true) String nextCursor) {

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), nextCursor);
    }
}
