package com.fours.dms.repairorder;

import com.fours.dms.repairorder.api.RepairOrderApi.Signature;
import com.fours.dms.repairorder.api.RepairOrderApiSignatureBuilder;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.persistence.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** R-CHK-9: the signatures of a repair order as evidence — recorded once each, listed newest first, their images served. */
@ApplicationScoped
public class RepairOrderSignatures {
    @Inject
    RepairOrderQueries queries;

    @Inject
    Clock clock;

    public record SignatureImage(UUID id, byte[] png) {}

    /** Keeps the signature with the hash of the estimate it was given on. */
    @Transactional(Transactional.TxType.MANDATORY)
    RepairOrderSignature record(RepairOrder o, String signerName, byte[] png, EstimateFingerprint.Fingerprint signed, String device, String userAgent,
            String recordedBy, Instant at) {
        RepairOrderSignature s = new RepairOrderSignature();
        s.id = Ids.newId(clock);
        s.repairOrderId = o.id;
        s.storeCode = o.storeCode;
        s.signerName = signerName;
        s.signedAt = at;
        s.device = device;
        s.userAgent = userAgent == null ? null : truncate(userAgent, 500);
        s.signaturePng = png;
        s.estimateHash = signed.sha256();
        s.estimateCanonical = signed.canonical();
        s.recordedBy = recordedBy;
        s.persist();
        return s;
    }

    /** Every signature of the order, newest first; each says whether the estimate as it is now is the one signed. */
    public List<Signature> history(String store, UUID orderId) {
        RepairOrder o = queries.load(store, orderId);
        String current = queries.fingerprint(o).sha256();
        return RepairOrderSignature.<RepairOrderSignature>find("repairOrderId = ?1 order by signedAt desc, id desc", orderId).stream()
                .map(s -> view(s, current)).toList();
    }

    public SignatureImage image(String store, UUID orderId, UUID signatureId) {
        queries.load(store, orderId);
        RepairOrderSignature s = RepairOrderSignature.findById(signatureId);
        if (s == null || !s.repairOrderId.equals(orderId)) {
            throw ProblemException.notFound("Signature", signatureId);
        }
        return new SignatureImage(s.id, s.signaturePng);
    }

    static Signature view(RepairOrderSignature s, String currentHash) {
        return RepairOrderApiSignatureBuilder.stagedBuilder()
                .id(s.id).signerName(s.signerName).signedAt(s.signedAt).device(s.device).userAgent(s.userAgent).recordedBy(s.recordedBy)
                .estimateHash(s.estimateHash).matchesCurrentEstimate(s.estimateHash.equals(currentHash))
                .build();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
