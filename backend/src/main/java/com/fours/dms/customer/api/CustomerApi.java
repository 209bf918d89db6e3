package com.fours.dms.customer.api;

import com.fours.dms.customer.ContactChannel;
import com.fours.dms.customer.Customer;
import com.fours.dms.customer.CustomerType;
import com.fours.dms.customer.Powertrain;
import com.fours.dms.customer.ValidPhone;
import com.fours.dms.customer.ValidPlate;
import com.fours.dms.customer.ValidVin;
import com.fours.dms.customer.Vehicle;
import com.fours.dms.customer.VehicleType;
import com.fours.dms.shared.api.BuiltByName;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API types of the customer and vehicle archive (R-ARC-1, R-ARC-2). */
public final class CustomerApi {
    private CustomerApi() {}

    @Schema(name = "Customer", description = "A customer on the store's archive (客户档案).")
    @BuiltByName
    public record View(
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

        public static View of(Customer c) {
            return CustomerApiViewBuilder.stagedBuilder()
                    .id(c.id).storeCode(c.storeCode).type(c.type).name(c.name).phones(c.phoneNumbers()).email(c.email).address(c.address)
                    .companyName(c.companyName).clubMember(c.clubMember).preferredContact(c.preferredContact)
                    .serviceWishes(c.serviceWishes).notes(c.notes).createdAt(c.createdAt).updatedAt(c.updatedAt).version(c.version)
                    .build();
        }
    }

    @Schema(name = "CustomerRequest", description = "A customer's archive data (R-ARC-1). Used to create and to replace a customer.")
    @BuiltByName
    public record Request(
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

    @Schema(name = "Vehicle", description = "A vehicle on the store's archive, with its current owner.")
    @BuiltByName
    public record VehicleView(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "BJ01") String storeCode,
            @Schema(required = true) OwnerSummary owner,
            @Schema(required = true, examples = "LSVAU218XN2183294") String vin,
            @Schema(required = true, examples = "京A12345") String plate,
            @Schema(required = true, examples = "大众") String brand,
            @Schema(required = true, examples = "帕萨特 330TSI") String model,
            @Schema(required = true) VehicleType vehicleType,
            @Schema(required = true) Powertrain powertrain,
            @Schema(nullable = true) String color,
            @Schema(nullable = true) LocalDate purchaseDate,
            @Schema(required = true) boolean soldHere,
            @Schema(nullable = true) Integer maintenanceIntervalKm,
            @Schema(nullable = true) Integer maintenanceIntervalMonths,
            @Schema(nullable = true) LocalDate lastServiceDate,
            @Schema(nullable = true) Integer lastServiceMileage,
            @Schema(nullable = true, description = "Next maintenance due, computed from the intervals (R-ARC-1, R-REM-1).") ServiceDue nextServiceDue,
            @Schema(nullable = true, description = "R-REM-6: when the insurance policy expires", examples = "2027-03-31") LocalDate insuranceExpiresOn,
            @Schema(nullable = true, examples = "中国人保") String insurer,
            @Schema(nullable = true, description = "R-REM-6: when the next annual inspection (年审) falls due", examples = "2027-05-01") LocalDate inspectionDueOn,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, description = "Optimistic-lock version; also sent as the ETag.") long version) {

        @Schema(name = "OwnerSummary")
        public record OwnerSummary(@Schema(required = true) UUID id, @Schema(required = true, examples = "张伟") String name,
                @Schema(required = true, examples = "13812345678") String primaryPhone) {}

        @Schema(name = "ServiceDue")
        public record ServiceDue(@Schema(nullable = true, examples = "2026-12-01") LocalDate date, @Schema(nullable = true, examples = "30000") Integer mileage) {}

        public static VehicleView of(Vehicle v) {
            LocalDate dueDate = v.nextServiceDate();
            Integer dueMileage = v.nextServiceMileage();
            ServiceDue due = dueDate == null && dueMileage == null ? null : new ServiceDue(dueDate, dueMileage);
            return CustomerApiVehicleViewBuilder.stagedBuilder()
                    .id(v.id).storeCode(v.storeCode).owner(new OwnerSummary(v.owner.id, v.owner.name, v.owner.primaryPhone)).vin(v.vin).plate(v.plate)
                    .brand(v.brand).model(v.model).vehicleType(v.vehicleType).powertrain(v.powertrain).color(v.color).purchaseDate(v.purchaseDate)
                    .soldHere(v.soldHere).maintenanceIntervalKm(v.maintenanceIntervalKm).maintenanceIntervalMonths(v.maintenanceIntervalMonths)
                    .lastServiceDate(v.lastServiceDate).lastServiceMileage(v.lastServiceMileage).nextServiceDue(due)
                    .insuranceExpiresOn(v.insuranceExpiresOn).insurer(v.insurer).inspectionDueOn(v.inspectionDueOn)
                    .createdAt(v.createdAt).updatedAt(v.updatedAt).version(v.version)
                    .build();
        }
    }

    @Schema(name = "CustomerPage", description = "One page of customers.")
    public record Page(
            @Schema(required = true) List<View> items,
            @Schema(description = "Opaque cursor for the next page; null when there is none.", nullable = true) String nextCursor) {
        public static Page of(com.fours.dms.shared.persistence.Page<View> page) {
            return new Page(page.items(), page.nextCursor());
        }
    }

    @Schema(name = "VehiclePage", description = "One page of vehicles.")
    public record VehiclePage(
            @Schema(required = true) List<VehicleView> items,
            @Schema(description = "Opaque cursor for the next page; null when there is none.", nullable = true) String nextCursor) {
        public static VehiclePage of(com.fours.dms.shared.persistence.Page<VehicleView> page) {
            return new VehiclePage(page.items(), page.nextCursor());
        }
    }

    @Schema(name = "VehicleRequest", description = "A vehicle's archive data (R-ARC-1). On update, ownerId must stay the current owner: use transfer-ownership to change it.")
    @BuiltByName
    public record VehicleRequest(
            @Schema(required = true, description = "The owning customer (same store).") @NotNull UUID ownerId,
            @Schema(required = true, description = "17 characters, no I/O/Q, valid check digit in position 9 (GB 16735).", examples = "LSVAU218XN2183294")
                    @NotBlank @ValidVin String vin,
            @Schema(required = true, description = "Mainland plate; 8 characters for new-energy vehicles. Normalised to upper case without spaces.", examples = "京A12345")
                    @NotBlank @ValidPlate String plate,
            @Schema(required = true, examples = "大众") @NotBlank @Size(max = 60) String brand,
            @Schema(required = true, examples = "帕萨特 330TSI") @NotBlank @Size(max = 80) String model,
            @Schema(required = true) @NotNull VehicleType vehicleType,
            @Schema(required = true) @NotNull Powertrain powertrain,
            @Schema(nullable = true, examples = "白") @Size(max = 30) String color,
            @Schema(nullable = true, examples = "2023-05-01") @PastOrPresent LocalDate purchaseDate,
            @Schema(description = "Bought at this store.") boolean soldHere,
            @Schema(nullable = true, examples = "10000") @Min(1000) @Max(100000) Integer maintenanceIntervalKm,
            @Schema(nullable = true, examples = "6") @Min(1) @Max(36) Integer maintenanceIntervalMonths,
            @Schema(nullable = true, examples = "2026-06-01") @PastOrPresent LocalDate lastServiceDate,
            @Schema(nullable = true, examples = "20000") @Min(0) @Max(2000000) Integer lastServiceMileage,
            @Schema(nullable = true, description = "R-REM-6: the insurance policy's expiry; omitted keeps the recorded one", examples = "2027-03-31") LocalDate insuranceExpiresOn,
            @Schema(nullable = true, description = "The insurer; omitted keeps the recorded one, blank removes it", examples = "中国人保") @Size(max = 60) String insurer,
            @Schema(nullable = true, description = "R-REM-6: when the next annual inspection (年审) falls due; omitted keeps the recorded one", examples = "2027-05-01") LocalDate inspectionDueOn) {}

    @Schema(name = "Ownership", description = "A period in which a customer owned the vehicle; the current one has no `to`.")
    public record Ownership(
            @Schema(required = true) UUID customerId,
            @Schema(required = true, examples = "张伟") String customerName,
            @Schema(required = true) Instant from,
            @Schema(nullable = true) Instant to,
            @Schema(nullable = true) String note) {}

    @Schema(name = "TransferOwnershipRequest", description = "Hands the vehicle to another customer of the same store (R-ARC-2). History stays with the vehicle.")
    public record TransferOwnershipRequest(
            @Schema(required = true) @NotNull UUID newOwnerId,
            @Schema(nullable = true, examples = "二手车转让") @Size(max = 500) String note) {}
}
