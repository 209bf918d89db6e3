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
 * Idempotency-Key for creates (and for a technician's punches, {@link #act}). The key row is inserted first, in the creating transaction, with
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

    @Inject
    IdempotencyCleanup cleanup;

    public <T> Response create(String key, String operation, Object request, Supplier<Created<T>> action) {
        return run(key, operation, request, () -> {
            Created<T> created = action.get();
            return new Outcome(toResponse(created), 201, created.location().toString(), ETags.of(created.version()), created.body());
        });
    }

    /**
     * Idempotency-Key for an action that answers 200 (a technician's punch): the key is required,
     * so a retried tap replays the first answer and never acts twice.
     */
    public <T> Response act(String key, String operation, Object request, Supplier<T> action) {
        if (key == null) {
            throw ProblemException.validation(List.of(new Violation(HEADER, "is required: send a new key per action, the same key when you retry it")));
        }
        return run(key, operation, request, () -> {
            T body = action.get();
            return new Outcome(Response.ok(body).type(MediaType.APPLICATION_JSON).build(), 200, null, null, body);
        });
    }

    /** What an action answered, as it is replayed. */
    private record Outcome(Response response, int status, String location, String etag, Object body) {}

    /** A stored answer, handed back to {@link IdempotentPostsInterceptor} to turn into its method's return type. */
    public record Replay(int status, String location, String etag, String body) {}

    /**
     * Idempotency-Key for any POST (issue 12: every POST honours the key): runs {@code action} in a
     * new transaction together with the key's row and records whatever it returned; a retry with the
     * same key and request returns {@code replay.apply(stored answer)} instead of acting again.
     */
    public Object any(String key, String operation, Object request, Supplier<Object> action, java.util.function.Function<Replay, Object> replay) {
        Object[] result = new Object[1];
        Response r = run(key, operation, request, () -> {
            Object value = action.get();
            result[0] = value;
            if (value instanceof Response resp) {
                String etag = resp.getEntityTag() != null ? resp.getEntityTag().toString() : resp.getHeaderString("ETag");
                return new Outcome(resp, resp.getStatus(), resp.getLocation() == null ? null : resp.getLocation().toString(), etag, resp.getEntity());
            }
            return new Outcome(null, value == null ? 204 : 200, null, null, value);
        });
        if (r != null && r.getHeaderString("Idempotent-Replayed") != null) {
            return replay.apply(new Replay(r.getStatus(), r.getLocation() == null ? null : r.getLocation().toString(),
                    r.getHeaderString("ETag"), (String) r.getEntity()));
        }
        return result[0];
    }

    private Response run(String key, String operation, Object request, Supplier<Outcome> action) {
        if (key == null) {
            return QuarkusTransaction.requiringNew().call(() -> action.get().response());
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
                // A key older than the retention has expired (the cleanup job may not have run yet): it acts anew.
                inserted = em.createNativeQuery("""
                        update idempotency_record set request_hash = ?3, created_at = ?4, status = null, location = null, etag = null, body = null
                        where principal = ?1 and idem_key = ?2 and created_at < ?5""")
                        .setParameter(1, principal).setParameter(2, key).setParameter(3, hash)
                        .setParameter(4, clock.instant()).setParameter(5, cleanup.cutoff())
                        .executeUpdate();
            }
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
            Outcome done = action.get();
            IdempotencyRecord rec = em.find(IdempotencyRecord.class, id);
            rec.status = done.status();
            rec.location = done.location();
            rec.etag = done.etag();
            rec.body = done.body() == null ? null : mapper.writeValueAsString(done.body());
            return done.response();
        });
    }

    private volatile ObjectMapper hashMapper;

    /** The request as hashed: map keys sorted, an uploaded file by its name, type and content. */
    private ObjectMapper hashMapper() {
        ObjectMapper m = hashMapper;
        if (m == null) {
            m = mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
                    .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule().addSerializer(
                            org.jboss.resteasy.reactive.multipart.FileUpload.class, new FileUploadDigest()));
            hashMapper = m;
        }
        return m;
    }

    private static final class FileUploadDigest extends com.fasterxml.jackson.databind.ser.std.StdSerializer<org.jboss.resteasy.reactive.multipart.FileUpload> {
        FileUploadDigest() {
            super(org.jboss.resteasy.reactive.multipart.FileUpload.class);
        }

        @Override
        public void serialize(org.jboss.resteasy.reactive.multipart.FileUpload f, com.fasterxml.jackson.core.JsonGenerator g,
                com.fasterxml.jackson.databind.SerializerProvider p) throws java.io.IOException {
            g.writeStartObject();
            g.writeStringField("name", f.fileName());
            g.writeStringField("type", f.contentType());
            try {
                MessageDigest d = MessageDigest.getInstance("SHA-256");
                try (java.io.InputStream in = java.nio.file.Files.newInputStream(f.uploadedFile())) {
                    d.update(in.readAllBytes());
                }
                g.writeStringField("sha256", HexFormat.of().formatHex(d.digest()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            g.writeEndObject();
        }
    }

    private static <T> Response toResponse(Created<T> created) {
        return Response.created(created.location()).tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(created.version())))
                .type(MediaType.APPLICATION_JSON).entity(created.body()).build();
    }

    private String hash(String operation, Object request) {
        try {
            byte[] body = hashMapper().writeValueAsBytes(request);
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
