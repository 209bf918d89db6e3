package com.fours.dms.customer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** 客户档案 (R-ARC-1): one customer may own many vehicles (R-ARC-2). */
@Entity
@Table(name = "customer")
public class Customer extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Enumerated(EnumType.STRING)
    public CustomerType type;

    public String name;

    @ElementCollection
    @CollectionTable(name = "customer_phone", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<Phone> phones = new ArrayList<>();

    /** phones[0], kept on the row so that lists and joins need not load the collection. */
    @Column(name = "primary_phone")
    public String primaryPhone;

    public String email;
    public String address;

    @Column(name = "company_name")
    public String companyName;

    @Column(name = "club_member")
    public boolean clubMember;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_contact")
    public ContactChannel preferredContact;

    @Column(name = "service_wishes")
    public String serviceWishes;

    public String notes;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public void replacePhones(List<String> numbers) {
        phones.clear();
        numbers.forEach(n -> phones.add(new Phone(storeCode, n)));
        primaryPhone = numbers.get(0);
    }

    public List<String> phoneNumbers() {
        return phones.stream().map(Phone::phone).toList();
    }

    @Embeddable
    public record Phone(@Column(name = "store_code") String storeCode, String phone) {}
}
