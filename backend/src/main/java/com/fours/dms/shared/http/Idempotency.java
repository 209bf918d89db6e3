package com.fours.dms.shared.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.security.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Idempotency-Key for creates. The key row is inserted first, in the creating transaction, with
 * ON CONFLICT DO NOTHING: a concurrent request with the same key waits for the first to commit
 * and then replays its response; a rolled-back first attempt leaves no row behind. Same key with
 * a different body (or path) is refused with 422.
 */
@ApplicationScoped
public class Idempotency {
    public static final String HEADER = "Idempotency-Key";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    public <T> Response create(String key, String operation, Object request, Supplier<Created<T>> action) {
        if (key == null) {
            return QuarkusTransaction.requiringNew().call(() -> toResponse(action.get()));
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.validation(List.of(new Violation(HEADER, "must be 1 to 200 characters")));
        }
        String hash = hash(operation, request);
        String principal = user.username();
        return QuarkusTransaction.requiringNew().call(() -> {
            int inserted = em.createNativeQuery("""
                    insert into idempotency_record (principal, idem_key, request_hash, created_at)
                    values (?1, ?2, ?3, ?4) on conflict do nothing""")
                    .setParameter(1, principal).setParameter(2, key).setParameter(3, hash)
                    .setParameter(4, clock.instant())
                    .executeUpdate();
            IdempotencyRecord.Key id = new IdempotencyRecord.Key(principal, key);
            if (inserted == 0) {
                IdempotencyRecord previous = em.find(IdempotencyRecord.class, id);
                if (!previous.requestHash.equals(hash)) {
                    throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                            "This Idempotency-Key was already used for a different request; use a new key for a new request");
                }
                Response.ResponseBuilder rb = Response.status(previous.status).type(MediaType.APPLICATION_JSON).entity(previous.body)
                        .header("Idempotent-Replayed", "true");
                if (previous.location != null) {
                    rb.location(java.net.URI.create(previous.location));
                }
                if (previous.etag != null) {
                    rb.header("ETag", previous.etag);
                }
                return rb.build();
            }
            Created<T> created = action.get();
            IdempotencyRecord rec = em.find(IdempotencyRecord.class, id);
            rec.status = 201;
            rec.location = created.location().toString();
            rec.etag = ETags.of(created.version());
            rec.body = mapper.writeValueAsString(created.body());
            return toResponse(created);
        });
    }

    private static <T> Response toResponse(Created<T> created) {
        return Response.created(created.location()).tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(created.version())))
                .type(MediaType.APPLICATION_JSON).entity(created.body()).build();
    }

    private String hash(String operation, Object request) {
        try {
            byte[] body = mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true).writeValueAsBytes(request);
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(operation.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(body);
            return HexFormat.of().formatHex(d.digest());
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
