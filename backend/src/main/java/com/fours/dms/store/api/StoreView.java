package com.fours.dms.store.api;

import com.fours.dms.store.Store;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Store", description = "A dealer outlet (4S store).")
public record StoreView(
        @Schema(required = true, examples = "BJ01") String code,
        @Schema(required = true, examples = "北京朝阳4S店") String name,
        @Schema(required = true, examples = "Asia/Shanghai") String timezone,
        @Schema(required = true, examples = "CNY") String currency,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Optimistic-lock version; also sent as the ETag.") long version) {

    public static StoreView of(Store s) {
        return new StoreView(s.code, s.name, s.timezone, s.currency, s.createdAt, s.updatedAt, s.version);
    }
}
