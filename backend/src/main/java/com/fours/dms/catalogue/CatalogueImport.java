package com.fours.dms.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One import of a price list or labour list, kept with its report of rejected rows (CSV). */
@Entity
@Table(name = "catalogue_import")
public class CatalogueImport extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Enumerated(EnumType.STRING)
    public ImportKind kind;

    @Column(name = "file_name")
    public String fileName;

    @Enumerated(EnumType.STRING)
    public ImportFile.Format format;

    public String encoding;

    @Column(name = "dry_run")
    public boolean dryRun;

    @Enumerated(EnumType.STRING)
    public ImportStatus status;

    @Column(name = "rows_total")
    public int rowsTotal;

    @Column(name = "rows_rejected")
    public int rowsRejected;

    @Column(name = "rows_created")
    public int rowsCreated;

    @Column(name = "rows_updated")
    public int rowsUpdated;

    @Column(name = "report_csv")
    public String reportCsv;

    @Column(name = "imported_by")
    public String importedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "duration_ms")
    public long durationMs;

    /** Its place in the store's change feed, numbered by the database at commit (V291); never written here. */
    @Column(name = "change_seq", insertable = false, updatable = false)
    public Long changeSeq;
}
