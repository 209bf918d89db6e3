package com.fours.dms.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The default {@link PhotoStorage}: bytes in the photo_blob table, in the caller's transaction. */
@ApplicationScoped
public class PostgresPhotoStorage implements PhotoStorage {
    @Inject
    EntityManager em;

    @Override
    public void put(UUID key, String variant, byte[] data) {
        em.createNativeQuery("insert into photo_blob (storage_key, variant, data) values (?1, ?2, ?3)")
                .setParameter(1, key).setParameter(2, variant).setParameter(3, data).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<byte[]> get(UUID key, String variant) {
        List<byte[]> rows = em.createNativeQuery("select data from photo_blob where storage_key = ?1 and variant = ?2")
                .setParameter(1, key).setParameter(2, variant).getResultList();
        return rows.stream().findFirst();
    }

    @Override
    public void delete(UUID key) {
        em.createNativeQuery("delete from photo_blob where storage_key = ?1").setParameter(1, key).executeUpdate();
    }
}
