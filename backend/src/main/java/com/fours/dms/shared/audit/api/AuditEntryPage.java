package com.fours.dms.shared.audit.api;

import com.fours.dms.shared.persistence.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEntryPage", description = "One page of the audit trail, oldest first.")
public record AuditEntryPage(
        @Schema(required = true) List<AuditEntryView> items,
        @Schema(description = "Opaque cursor for the next page; null when there is none.", nullable = true) String nextCursor) {
    public static AuditEntryPage of(Page<AuditEntryView> page) {
        return new AuditEntryPage(page.items(), page.nextCursor());
    }
}
