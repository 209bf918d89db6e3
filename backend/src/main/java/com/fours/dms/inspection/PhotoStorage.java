package com.fours.dms.inspection;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the bytes of inspection photos live. The default ({@link PostgresPhotoStorage}) keeps
 * them in PostgreSQL; an object store can replace it without touching the rest. Implementations
 * take part in the caller's transaction where they can.
 */
public interface PhotoStorage {
    /** Stores one variant ("original", "thumbnail") of a photo. */
    void put(UUID key, String variant, byte[] data);

    Optional<byte[]> get(UUID key, String variant);

    /** Removes every variant of the photo. */
    void delete(UUID key);
}
