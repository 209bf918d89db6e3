package com.fours.dms.catalogue;

import com.fours.dms.workshop.BayType;
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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A labour operation (工时项目): code, names, the vehicle system it prices by (R-CHK-4), flat-rate hours, skill and bay type. */
@Entity
@Table(name = "catalogue_operation")
public class CatalogueOperation extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    public String code;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "vehicle_system")
    public VehicleSystem system;

    @Column(name = "default_hours")
    public BigDecimal defaultHours;

    public String skill;

    @Enumerated(EnumType.STRING)
    @Column(name = "bay_type")
    public BayType bayType;

    public boolean active;

    @Column(name = "pinyin_initials")
    public String pinyinInitials;

    @Column(name = "search_text")
    public String searchText;

    @ElementCollection
    @CollectionTable(name = "catalogue_operation_hours", joinColumns = @JoinColumn(name = "operation_id"))
    @BatchSize(size = 100)
    public List<ModelHours> modelHours = new ArrayList<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Its place in the store's change feed, numbered by the database at commit (V240); never written here. */
    @Column(name = "change_seq", insertable = false, updatable = false)
    public Long changeSeq;

    @Version
    public long version;

    @Embeddable
    public static class ModelHours {
        @Column(name = "model_family")
        public String modelFamily;

        public BigDecimal hours;

        public ModelHours() {}

        public ModelHours(String modelFamily, BigDecimal hours) {
            this.modelFamily = modelFamily.strip();
            this.hours = hours;
        }
    }

    /**
     * The flat-rate hours for a vehicle model ("大众 帕萨特"): those of the longest model family the
     * model names (帕萨特 before 帕萨), case-insensitive, otherwise the default hours.
     */
    public Optional<ModelHours> hoursFor(String vehicleModel) {
        if (vehicleModel == null || vehicleModel.isBlank()) {
            return Optional.empty();
        }
        String model = vehicleModel.toLowerCase(Locale.ROOT);
        return modelHours.stream().filter(h -> model.contains(h.modelFamily.toLowerCase(Locale.ROOT)))
                .max(Comparator.comparingInt(h -> h.modelFamily.length()));
    }

    void index() {
        code = code.strip().toUpperCase(Locale.ROOT);
        pinyinInitials = PinyinInitials.of(nameZh);
        searchText = SearchText.of(code, List.of(), nameZh, nameEn);
    }
}
