package com.fours.dms.store.api;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Me", description = "The caller: name, roles and the stores they may work in.")
public record MeView(
        @Schema(required = true, examples = "advisor") String username,
        @Schema(required = true, examples = "王顾问") String displayName,
        @Schema(required = true, examples = "[\"advisor\"]") Set<String> roles,
        @Schema(required = true, description = "Stores in the caller's token that exist.") List<StoreRef> stores) {

    @Schema(name = "StoreRef")
    public record StoreRef(@Schema(required = true, examples = "BJ01") String code, @Schema(required = true, examples = "北京朝阳4S店") String name) {}
}
