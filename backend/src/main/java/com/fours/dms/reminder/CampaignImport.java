package com.fours.dms.reminder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** R-REM-6: one VIN list uploaded to a campaign and its report (kept, so it can be read again later). */
@Entity
@Table(name = "campaign_import")
public class CampaignImport extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "rows_total")
    public int rowsTotal;

    @Column(name = "rows_accepted")
    public int rowsAccepted;

    @Column(name = "rows_rejected")
    public int rowsRejected;

    /** Accepted VINs the campaign did not have yet (a second upload of the same file adds none). */
    @Column(name = "entries_new")
    public int entriesNew;

    /** Accepted VINs of cars not on this store's archive (yet): kept, flagged when the car comes in. */
    @Column(name = "not_in_archive")
    public int notInArchive;

    /** Every rejected row: line, value, reason (CSV with a header). */
    @Column(name = "report_csv")
    public String reportCsv;

    @Column(name = "imported_by")
    public String importedBy;

    @Column(name = "created_at")
    public Instant createdAt;
}
