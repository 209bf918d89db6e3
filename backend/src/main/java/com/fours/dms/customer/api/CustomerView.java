package com.fours.dms.customer.api;

import com.fours.dms.shared.api.BuiltByName;
import com.fours.dms.customer.ContactChannel;
import com.fours.dms.customer.Customer;
import com.fours.dms.customer.CustomerType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Customer", description = "A customer on the store's archive (客户档案).")
@BuiltByName
public record CustomerView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "BJ01") String storeCode,
        @Schema(required = true) CustomerType type,
        @Schema(required = true, examples = "张伟") String name,
        @Schema(required = true, examples = "[\"13812345678\"]") List<String> phones,
        @Schema(nullable = true) String email,
        @Schema(nullable = true) String address,
        @Schema(nullable = true) String companyName,
        @Schema(required = true) boolean clubMember,
        @Schema(required = true) ContactChannel preferredContact,
        @Schema(nullable = true) String serviceWishes,
        @Schema(nullable = true) String notes,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Optimistic-lock version; also sent as the ETag.") long version) {

    public static CustomerView of(Customer c) {
        return CustomerViewBuilder.stagedBuilder()
                .id(c.id).storeCode(c.storeCode).type(c.type).name(c.name).phones(c.phoneNumbers()).email(c.email).address(c.address)
                .companyName(c.companyName).clubMember(c.clubMember).preferredContact(c.preferredContact)
                .serviceWishes(c.serviceWishes).notes(c.notes).createdAt(c.createdAt).updatedAt(c.updatedAt).version(c.version)
                .build();
    }
}
