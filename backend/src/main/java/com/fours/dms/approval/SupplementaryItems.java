package com.fours.dms.approval;

import com.fours.dms.approval.api.ApprovalApi.ItemLine;
import com.fours.dms.approval.api.ApprovalApi.ItemList;
import com.fours.dms.approval.api.ApprovalApi.ItemVersionView;
import com.fours.dms.approval.api.ApprovalApi.ItemView;
import com.fours.dms.approval.api.ApprovalApi.PhotoView;
import com.fours.dms.approval.api.ApprovalApi.ReportRequest;
import com.fours.dms.followup.NewTask;
import com.fours.dms.followup.SubjectType;
import com.fours.dms.followup.TaskPriority;
import com.fours.dms.followup.TaskService;
import com.fours.dms.followup.TaskType;
import com.fours.dms.repairorder.SupplementaryWork;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.image.PhotoTypes;
import com.fours.dms.shared.image.StoredPhoto;
import com.fours.dms.shared.image.UploadedPhotos;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.shared.security.StoreAccess;
import com.fours.dms.store.StoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * R-REP-3: the workshop reports a supplementary item on a car it is working on (photos from the
 * camera, lines priced like estimate lines, added time, safety-critical, recommended or required);
 * the order's advisor is told at once (a task in their name and a CDI event for the board). A later
 * change of price or scope is a new version that needs a new decision.
 */
@ApplicationScoped
public class SupplementaryItems {
    static final String ENTITY = "supplementary-item";
    /** Photos per item: enough to show the finding, few enough for a phone on a mobile network. */
    static final int MAX_PHOTOS = 10;

    @Inject
    SupplementaryWork work;

    @Inject
    StoreAccess access;

    @Inject
    StoreService stores;

    @Inject
    TaskService tasks;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<SupplementaryItemReported> reported;

    @Transactional
    public ItemView report(String store, UUID orderId, ReportRequest req) {
        access.require(store);
        SupplementaryWork.OrderFacts o = work.facts(store, orderId);
        requireWorkshop(o, "report a supplementary item");
        Instant now = clock.instant();
        SupplementaryItem item = SupplementaryItem.reported(Ids.newId(clock), store, o.id(), o.number(), user.username(), now);
        SupplementaryItemVersion first = version(store, o, item.nextVersion(), req, null);
        item.propose(first, now);
        item.persist();
        first.persist();
        em.flush();
        audit.action(store, ENTITY, item.id, "reported", details(item));
        alertAdvisor(o, item);
        return view(item, true);
    }

    /** R-REP-3: a new price or scope is a new version; the current one must be named (If-Match) and a reason given. */
    @Transactional
    public ItemView revise(String store, UUID orderId, UUID itemId, long expected, ReportRequest req) {
        access.require(store);
        SupplementaryWork.OrderFacts o = work.facts(store, orderId);
        SupplementaryItem item = item(store, orderId, itemId);
        ETags.check(expected, item.version);
        requireWorkshop(o, "revise a supplementary item");
        if (req.changeReason() == null || req.changeReason().isBlank()) {
            throw ProblemException.validation(List.of(new Violation("changeReason", "say why the price or scope changed")));
        }
        int before = item.currentVersion;
        if (item.status == ItemStatus.AWAITING_DECISION) {
            // The proposal nobody decided yet is replaced: its task is done, the new one is asked for.
            tasks.completeByKey(store, taskKey(item), user.username(), "revised to version " + item.nextVersion());
        }
        SupplementaryItemVersion next = version(store, o, item.nextVersion(), req, req.changeReason().strip());
        item.revise(next, clock.instant());
        next.persist();
        em.flush();
        Map<String, Object> d = details(item);
        d.put("previousVersion", before);
        d.put("changeReason", req.changeReason().strip());
        audit.action(store, ENTITY, item.id, "revised", d);
        alertAdvisor(o, item);
        return view(item, true);
    }

    private SupplementaryItemVersion version(String store, SupplementaryWork.OrderFacts o, int no, ReportRequest req, String reason) {
        SupplementaryWork.Quote q = work.quote(store, o.id(), req.lines());
        SupplementaryItemVersion v = new SupplementaryItemVersion();
        v.id = Ids.newId(clock);
        v.versionNo = no;
        v.description = req.description().strip();
        v.extraMinutes = req.extraMinutes();
        v.safetyCritical = Boolean.TRUE.equals(req.safetyCritical());
        v.requirement = req.requirement();
        v.lines = q.lines().stream().map(SupplementaryItems::line).toList();
        v.customerPay = q.customerPay();
        v.total = q.total();
        v.changeReason = reason;
        v.createdBy = user.username();
        v.createdAt = clock.instant();
        return v;
    }

    private static ItemLine line(SupplementaryWork.QuotedLine q) {
        var r = q.request();
        boolean job = r.kind() == com.fours.dms.repairorder.LineKind.JOB;
        return new ItemLine(r.kind(), r.payType(), r.description() == null ? null : r.description().strip(), job ? r.operationCode() : null,
                job ? r.hours() : null, job ? q.labourRate() : null,
                job ? (r.pricingMode() == null ? com.fours.dms.repairorder.PricingMode.SYSTEM : r.pricingMode()) : null,
                job ? (r.team() == null ? com.fours.dms.repairorder.WorkshopTeam.MECHANICAL : r.team()) : null,
                job ? Boolean.TRUE.equals(r.customerInformed()) : null,
                job ? null : r.partNumber(), job ? null : r.quantity(), job ? null : r.unitPrice(), job ? null : r.supplier(), job ? null : r.grade(),
                job ? null : Boolean.TRUE.equals(r.criticalSystem()), q.amount(), q.disclaimers());
    }

    /** R-REP-3: the advisor contacts the customer at once: a high-priority task in the order's advisor's name, and the event for the board. */
    private void alertAdvisor(SupplementaryWork.OrderFacts o, SupplementaryItem item) {
        SupplementaryItemVersion v = item.version(item.currentVersion);
        Instant now = clock.instant();
        NewTask t = new NewTask(o.storeCode(), TaskType.SUPPLEMENTARY_APPROVAL, SubjectType.REPAIR_ORDER, o.id(), o.customerId(), o.vehicleId(),
                (v.safetyCritical ? "【安全】" : "") + "追加项目待客户确认（" + o.number() + "）：" + v.description, Roles.ADVISOR, TaskPriority.HIGH,
                now, null, taskKey(item), user.username());
        String advisor = work.advisorUsername(o.storeCode(), o.advisorId());
        tasks.open(advisor == null ? t : t.assignedTo(advisor));
        reported.fire(new SupplementaryItemReported(o.storeCode(), o.id(), item.id, v.versionNo, v.safetyCritical, o.advisorId()));
    }

    /** One task per item version: a revision asks again. */
    static String taskKey(SupplementaryItem item) {
        return NewTask.key(TaskType.SUPPLEMENTARY_APPROVAL, SubjectType.REPAIR_ORDER, item.repairOrderId) + ":" + item.id + ":v" + item.currentVersion;
    }

    // ---- photos -------------------------------------------------------------------------------

    /** Image bytes as served, with a strong ETag (the SHA-256 of the bytes). */

    /** A photo from the camera: recognised by its content, within the store's photo limit, thumbnailed for the lists. */
    @Transactional
    public ItemView addPhoto(String store, UUID orderId, UUID itemId, Path file, long size) {
        access.require(store);
        SupplementaryWork.OrderFacts o = work.facts(store, orderId);
        SupplementaryItem item = item(store, orderId, itemId);
        requireWorkshop(o, "add a photo to a supplementary item");
        if (file == null) {
            throw ProblemException.validation(List.of(new Violation("file", "attach the photo as the multipart part `file`")));
        }
        if (ItemPhoto.count("itemId", item.id) >= MAX_PHOTOS) {
            throw ProblemException.rule("R-REP-3", "An item has at most " + MAX_PHOTOS + " photos");
        }
        UploadedPhotos.Accepted photo = UploadedPhotos.accept(file, size, stores.photoMaxBytes(store));
        byte[] data = photo.data();
        PhotoTypes.Type type = photo.type();
        ItemPhoto p = new ItemPhoto();
        p.thumbnail = photo.thumbnail();
        p.id = Ids.newId(clock);
        p.storeCode = store;
        p.itemId = item.id;
        p.mediaType = type.mediaType;
        p.sizeBytes = data.length;
        p.sha256 = ApprovalSheets.sha256(data);
        p.data = data;
        p.hasThumbnail = p.thumbnail != null;
        p.uploadedBy = user.username();
        p.createdAt = clock.instant();
        p.persist();
        item.updatedAt = p.createdAt;
        em.flush();
        audit.action(store, ENTITY, item.id, "photo-added", Map.of("photoId", p.id.toString(), "mediaType", p.mediaType, "sizeBytes", p.sizeBytes));
        return view(item, true);
    }

    public StoredPhoto photo(String store, UUID orderId, UUID itemId, UUID photoId, boolean thumbnail) {
        access.require(store);
        item(store, orderId, itemId);
        return photoOf(store, itemId, photoId, thumbnail);
    }

    /** A photo's bytes once the caller's right to the item is established (staff store access, or the customer's link). */
    StoredPhoto photoOf(String store, UUID itemId, UUID photoId, boolean thumbnail) {
        ItemPhoto p = ItemPhoto.findById(photoId);
        if (p == null || !p.storeCode.equals(store) || !p.itemId.equals(itemId)) {
            throw ProblemException.notFound("Photo", photoId);
        }
        return StoredPhoto.of(thumbnail, p.mediaType, p.sha256, p.hasThumbnail, () -> p.data, () -> p.thumbnail);
    }

    // ---- reading ------------------------------------------------------------------------------

    public ItemList list(String store, UUID orderId) {
        access.require(store);
        SupplementaryWork.OrderFacts o = work.facts(store, orderId);
        List<SupplementaryItem> items = SupplementaryItem.list("repairOrderId = ?1 order by reportedAt, id", o.id());
        return new ItemList(views(items, o.acceptsSupplementaryWork()));
    }

    /** R-REP-3: the store's items whose latest version waits for the customer (the board's and the advisors' badge), oldest report first. */
    public com.fours.dms.approval.api.ApprovalApi.AwaitingPage awaitingDecision(String store, com.fours.dms.shared.persistence.PageRequest page) {
        access.require(store);
        UUID after = page.after();
        List<SupplementaryItem> rows = (after == null
                ? SupplementaryItem.<SupplementaryItem>find("storeCode = ?1 and status = ?2 order by id", store, ItemStatus.AWAITING_DECISION)
                : SupplementaryItem.<SupplementaryItem>find("storeCode = ?1 and status = ?2 and id > ?3 order by id", store, ItemStatus.AWAITING_DECISION, after))
                .range(0, page.fetch() - 1).list();
        return com.fours.dms.approval.api.ApprovalApi.AwaitingPage.of(page.page(rows, i -> i.id, i -> {
            SupplementaryItemVersion v = i.version(i.currentVersion);
            return com.fours.dms.approval.api.ApprovalApiAwaitingItemBuilder.stagedBuilder().itemId(i.id).repairOrderId(i.repairOrderId).orderNumber(i.orderNumber).version(v.versionNo)
                    .description(v.description).safetyCritical(v.safetyCritical).requirement(v.requirement).customerPay(v.customerPay)
                    .reportedAt(v.createdAt).build();
        }));
    }

    public ItemView get(String store, UUID orderId, UUID itemId) {
        access.require(store);
        SupplementaryWork.OrderFacts o = work.facts(store, orderId);
        return view(item(store, orderId, itemId), o.acceptsSupplementaryWork());
    }

    SupplementaryItem item(String store, UUID orderId, UUID itemId) {
        SupplementaryItem i = SupplementaryItem.findById(itemId);
        if (i == null || !i.storeCode.equals(store) || !i.repairOrderId.equals(orderId)) {
            throw ProblemException.notFound("Supplementary item", itemId);
        }
        return i;
    }

    ItemView view(SupplementaryItem item, boolean orderInWorkshop) {
        return views(List.of(item), orderInWorkshop).get(0);
    }

    /** Items with their versions' decisions and photos, read in one query each. */
    List<ItemView> views(List<SupplementaryItem> items, boolean orderInWorkshop) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = items.stream().map(i -> i.id).toList();
        Map<String, LedgerItem> decided = new HashMap<>();
        LedgerItem.<LedgerItem>find("itemId in ?1", ids).stream().forEach(l -> decided.put(l.itemId + ":" + l.versionNo, l));
        Map<UUID, List<PhotoView>> photos = new HashMap<>();
        ItemPhoto.<ItemPhoto>find("itemId in ?1 order by createdAt, id", ids).stream().forEach(p -> photos.computeIfAbsent(p.itemId, k -> new java.util.ArrayList<>())
                .add(new PhotoView(p.id, p.mediaType, p.sizeBytes, p.hasThumbnail, p.uploadedBy, p.createdAt)));
        return items.stream().map(i -> new ItemView(i.id, i.repairOrderId, i.orderNumber, i.status, i.currentVersion, i.approvedVersion,
                List.copyOf(i.orderLineIds), i.findingId, i.reportedBy, i.reportedAt,
                i.versions.stream().map(v -> {
                    LedgerItem d = decided.get(i.id + ":" + v.versionNo);
                    return new ItemVersionView(v.versionNo, v.description, v.extraMinutes, v.safetyCritical, v.requirement, v.lines, v.customerPay, v.total,
                            v.changeReason, v.createdBy, v.createdAt, d == null ? null : d.decision, d == null ? null : d.entry.id);
                }).toList(),
                photos.getOrDefault(i.id, List.of()), i.availableActions(orderInWorkshop), i.version)).toList();
    }

    static void requireWorkshop(SupplementaryWork.OrderFacts o, String action) {
        if (!o.acceptsSupplementaryWork()) {
            throw ProblemException.rule("R-REP-3", "The repair order is " + o.status() + (o.status() == com.fours.dms.repairorder.RepairOrderStatus.OPEN
                    ? " and not handed over to the workshop (change the estimate instead, R-CHK-9)" : "") + "; cannot " + action
                    + " (allowed while the workshop has the car: OPEN after the handover, IN_PROGRESS)");
        }
    }

    private static Map<String, Object> details(SupplementaryItem item) {
        SupplementaryItemVersion v = item.version(item.currentVersion);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("repairOrderId", item.repairOrderId.toString());
        d.put("version", v.versionNo);
        d.put("description", v.description);
        d.put("customerPay", v.customerPay);
        d.put("extraMinutes", v.extraMinutes);
        d.put("safetyCritical", v.safetyCritical);
        d.put("requirement", v.requirement.name());
        d.put("lines", v.lines.size());
        return d;
    }
}
