package com.fours.dms.approval;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * R-REP-3: one decision of the customer in the append-only approval ledger: who authorized what, how,
 * the authorized total before and after, and the evidence. Written once (the table's trigger refuses
 * any update or delete; Hibernate never issues one for an immutable entity).
 */
@Entity
@Immutable
@Table(name = "approval_ledger_entry")
public class LedgerEntry extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "store_code")
    public String storeCode;

    @Column(name = "repair_order_id")
    public UUID repairOrderId;

    @Column(name = "order_number")
    public String orderNumber;

    @Enumerated(EnumType.STRING)
    public DecisionChannel channel;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "authorizer_name")
    public String authorizerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "authorizer_relation")
    public AuthorizerRelation authorizerRelation;

    @Column(name = "contact_used")
    public String contactUsed;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "workshop_told")
    public String workshopTold;

    @Column(name = "customer_words")
    public String customerWords;

    public String currency;

    @Column(name = "tax_rate_percent")
    public BigDecimal taxRatePercent;

    @Column(name = "authorized_customer_pay_before")
    public BigDecimal authorizedCustomerPayBefore;

    @Column(name = "authorized_customer_pay_after")
    public BigDecimal authorizedCustomerPayAfter;

    @Column(name = "authorized_total_before")
    public BigDecimal authorizedTotalBefore;

    @Column(name = "authorized_total_after")
    public BigDecimal authorizedTotalAfter;

    public BigDecimal difference;

    @Column(name = "promised_before")
    public Instant promisedBefore;

    @Column(name = "promised_after")
    public Instant promisedAfter;

    @Column(name = "extra_minutes")
    public int extraMinutes;

    /** The sheet exactly as the customer was shown it (JSON text). */
    @Basic(fetch = FetchType.LAZY)
    public String snapshot;

    @Column(name = "snapshot_sha256")
    public String snapshotSha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "signature_png")
    public byte[] signaturePng;

    @Column(name = "signature_sha256")
    public String signatureSha256;

    public String device;

    @Column(name = "client_ip")
    public String clientIp;

    @Column(name = "user_agent")
    public String userAgent;

    @Column(name = "link_id")
    public UUID linkId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "message_ids")
    public List<UUID> messageIds = new ArrayList<>();

    @OneToMany(mappedBy = "entry")
    @OrderBy("id")
    public List<LedgerItem> items = new ArrayList<>();
}
