package com.fours.dms.customer.api;

import com.fours.dms.shared.api.BuiltByName;
import com.fours.dms.customer.ContactChannel;
import com.fours.dms.customer.CustomerType;
import com.fours.dms.customer.ValidPhone;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CustomerRequest", description = "A customer's archive data (R-ARC-1). Used to create and to replace a customer.")
@BuiltByName
public record CustomerRequest(
        @Schema(required = true, description = "PRIVATE or COMPANY (fleet); a company needs companyName.") @NotNull CustomerType type,
        @Schema(required = true, examples = "张伟") @NotBlank @Size(max = 120) String name,
        @Schema(required = true, description = "First is the primary number. Mainland mobile or landline; spaces and +86 are removed.", examples = "[\"13812345678\"]")
                @NotEmpty @Size(max = 5) List<@NotBlank @ValidPhone String> phones,
        @Schema(nullable = true, examples = "zhang.wei@example.cn") @Email @Size(max = 254) String email,
        @Schema(nullable = true, examples = "北京市朝阳区建国路88号") @Size(max = 300) String address,
        @Schema(nullable = true, description = "Employer or fleet owner (单位); required for COMPANY.", examples = "北京顺达物流有限公司") @Size(max = 200) String companyName,
        @Schema(description = "Club member: followed up in a distinct way (R-FUP-6).") boolean clubMember,
        @Schema(required = true) @NotNull ContactChannel preferredContact,
        @Schema(nullable = true, description = "Services the customer wants (R-ARC-1).", examples = "希望周末保养") @Size(max = 1000) String serviceWishes,
        @Schema(nullable = true) @Size(max = 2000) String notes) {}
