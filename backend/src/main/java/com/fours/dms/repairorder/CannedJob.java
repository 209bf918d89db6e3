package com.fours.dms.repairorder;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** 标准作业: a standard job of the store's catalogue ("10 000 km 保养") that adds its labour and part lines in one call. */
@Entity
@Table(name = "canned_job")
public class CannedJob extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    public String code;
    public String name;
    public boolean active;

    @ElementCollection
    @CollectionTable(name = "canned_job_line", joinColumns = @JoinColumn(name = "canned_job_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<Line> lines = new ArrayList<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    @Embeddable
    public static class Line {
        @Enumerated(EnumType.STRING)
        public LineKind kind;

        public String description;

        @Column(name = "operation_code")
        public String operationCode;

        public BigDecimal hours;

        @Enumerated(EnumType.STRING)
        @Column(name = "pricing_mode")
        public PricingMode pricingMode;

        @Enumerated(EnumType.STRING)
        public WorkshopTeam team;

        @Column(name = "part_number")
        public String partNumber;

        public BigDecimal quantity;

        @Column(name = "unit_price")
        public BigDecimal unitPrice;

        @Enumerated(EnumType.STRING)
        public PartGrade grade;

        @Column(name = "critical_system")
        public boolean criticalSystem;

        /** The catalogue part picked (issue 8): at use the line takes the part's list price, grade and critical flag then. */
        @Column(name = "catalogue_part_id")
        public UUID cataloguePartId;

        /** The catalogue labour operation picked (issue 8): at use the line takes its hours for the vehicle's model family. */
        @Column(name = "catalogue_operation_id")
        public UUID catalogueOperationId;
    }
}
