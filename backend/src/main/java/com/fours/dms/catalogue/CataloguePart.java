package com.fours.dms.catalogue;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A part of the store's price list: number, names, grade (R-CHK-5), prices, tax class, the old numbers it supersedes. */
@Entity
@Table(name = "catalogue_part")
public class CataloguePart extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "part_number")
    public String partNumber;

    @Column(name = "number_key")
    public String numberKey;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Enumerated(EnumType.STRING)
    public Grade grade;

    @Column(name = "list_price")
    public BigDecimal listPrice;

    public BigDecimal cost;

    @Enumerated(EnumType.STRING)
    @Column(name = "tax_class")
    public TaxClass taxClass;

    /** R-CHK-5: an aftermarket part on a critical system carries no quality warranty. */
    @Column(name = "critical_system")
    public boolean criticalSystem;

    public boolean active;

    @Column(name = "pinyin_initials")
    public String pinyinInitials;

    @Column(name = "search_text")
    public String searchText;

    @ElementCollection
    @CollectionTable(name = "catalogue_supersession", joinColumns = @JoinColumn(name = "part_id"))
    @BatchSize(size = 100)
    public List<OldNumber> supersedes = new ArrayList<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** An old part number now sold as this part. */
    @Embeddable
    public static class OldNumber {
        @Column(name = "store_code")
        public String storeCode;

        @Column(name = "old_number_key")
        public String numberKey;

        @Column(name = "old_number")
        public String number;

        public OldNumber() {}

        public OldNumber(String storeCode, String number) {
            this.storeCode = storeCode;
            this.number = number.strip();
            this.numberKey = SearchText.numberKey(number);
        }
    }

    /** Recomputes what the part is found by; called whenever number, old numbers or names change. */
    void index() {
        numberKey = SearchText.numberKey(partNumber);
        pinyinInitials = PinyinInitials.of(nameZh);
        searchText = SearchText.of(partNumber, supersedes.stream().map(o -> o.number).toList(), nameZh, nameEn);
    }
}
