package com.fours.dms.inspection;

import com.fours.dms.inspection.api.InspectionApi.Photo;
import com.fours.dms.inspection.api.InspectionApi.Photos;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.image.PhotoTypes;
import com.fours.dms.shared.image.StoredPhoto;
import com.fours.dms.shared.image.UploadedPhotos;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.store.StoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Photos of the check-in inspection (R-CHK-1): checked by content, limited in size per store, thumbnailed for lists. */
@ApplicationScoped
public class InspectionPhotoService {
    static final String ORIGINAL = "original";
    static final String THUMBNAIL = "thumbnail";

    @Inject
    InspectionService inspections;

    @Inject
    StoreService stores;

    @Inject
    PhotoStorage storage;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** Image bytes as served: type, content and a strong ETag (the SHA-256 of the bytes). */

    /** Stores an uploaded file (already on disk) as a photo of the current, unsigned inspection version. */
    @Transactional
    public Photo upload(String store, UUID orderId, UUID damageMarkId, Path file, long size) {
        CheckInInspection i = inspections.current(store, orderId);
        i.requireEditable();
        if (file == null) {
            throw ProblemException.validation(List.of(new Violation("file", "attach the photo as the multipart part `file`")));
        }
        if (damageMarkId != null && i.damageMarks.stream().noneMatch(m -> m.id().equals(damageMarkId))) {
            throw new ProblemException(422, "unknown-reference", "Unknown reference", "No damage mark " + damageMarkId + " on this inspection",
                    List.of(new Violation("damageMarkId", "no such damage mark on the current inspection")), null);
        }
        UploadedPhotos.Accepted photo = UploadedPhotos.accept(file, size, stores.photoMaxBytes(store));
        byte[] data = photo.data();
        byte[] thumbnail = photo.thumbnail();
        PhotoTypes.Type type = photo.type();
        InspectionPhoto p = new InspectionPhoto();
        p.id = Ids.newId(clock);
        p.storeCode = store;
        p.repairOrderId = orderId;
        p.inspectionId = i.id;
        p.damageMarkId = damageMarkId;
        p.storageKey = p.id;
        p.mediaType = type.mediaType;
        p.sizeBytes = data.length;
        p.sha256 = sha256(data);
        p.hasThumbnail = thumbnail != null;
        p.uploadedBy = user.username();
        p.createdAt = clock.instant();
        p.persist();
        storage.put(p.storageKey, ORIGINAL, data);
        if (thumbnail != null) {
            storage.put(p.storageKey, THUMBNAIL, thumbnail);
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("photoId", p.id.toString());
        d.put("mediaType", p.mediaType);
        d.put("sizeBytes", p.sizeBytes);
        d.put("damageMarkId", damageMarkId == null ? null : damageMarkId.toString());
        audit.action(store, InspectionService.ENTITY, i.id, "photo-added", d);
        return view(p);
    }

    public Photos list(String store, UUID orderId) {
        CheckInInspection i = inspections.current(store, orderId);
        List<InspectionPhoto> rows = InspectionPhoto.list("inspectionId = ?1 order by id", i.id);
        return new Photos(rows.stream().map(InspectionPhotoService::view).toList());
    }

    /** The photo's bytes; any version's photo of this order may be read (history). */
    public StoredPhoto content(String store, UUID orderId, UUID photoId, boolean thumbnail) {
        inspections.current(store, orderId);
        InspectionPhoto p = photo(store, orderId, photoId);
        return StoredPhoto.of(thumbnail, p.mediaType, p.sha256, p.hasThumbnail,
                () -> storage.get(p.storageKey, ORIGINAL).orElseThrow(() -> ProblemException.notFound("Photo", photoId)),
                () -> storage.get(p.storageKey, THUMBNAIL).orElseThrow(() -> ProblemException.notFound("Photo thumbnail", photoId)));
    }

    @Transactional
    public void delete(String store, UUID orderId, UUID photoId) {
        CheckInInspection i = inspections.current(store, orderId);
        i.requireEditable();
        InspectionPhoto p = photo(store, orderId, photoId);
        if (!p.inspectionId.equals(i.id)) {
            throw ProblemException.rule("R-CHK-2", "The photo belongs to a signed version; signed inspections are corrected by a new version");
        }
        p.delete();
        // Bytes go only when no other version still shows the photo.
        if (InspectionPhoto.count("storageKey = ?1 and id <> ?2", p.storageKey, p.id) == 0) {
            storage.delete(p.storageKey);
        }
        audit.action(store, InspectionService.ENTITY, i.id, "photo-removed", Map.of("photoId", photoId.toString()));
    }

    /** A correction shows the photos of the version it supersedes. */
    void copyPhotos(UUID fromInspection, UUID toInspection) {
        List<InspectionPhoto> rows = InspectionPhoto.list("inspectionId = ?1 order by id", fromInspection);
        rows.forEach(p -> p.copyTo(Ids.newId(clock), toInspection).persist());
    }

    private static InspectionPhoto photo(String store, UUID orderId, UUID photoId) {
        InspectionPhoto p = InspectionPhoto.findById(photoId);
        if (p == null || !p.storeCode.equals(store) || !p.repairOrderId.equals(orderId)) {
            throw ProblemException.notFound("Photo", photoId);
        }
        return p;
    }

    static Photo view(InspectionPhoto p) {
        return new Photo(p.id, p.inspectionId, p.damageMarkId, p.mediaType, p.sizeBytes, p.hasThumbnail, p.createdAt);
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
