package com.fours.dms.shared.image;

import com.fours.dms.shared.error.ProblemException;
import java.util.function.Supplier;

/**
 * A stored photo's bytes as they are served (inspection, supplementary item): the original with its
 * detected type, or the JPEG thumbnail; a strong ETag from the content's SHA-256 ("-t" for the
 * thumbnail). WebP and HEIC photos have no thumbnail: 404 thumbnail-unavailable.
 */
public record StoredPhoto(String mediaType, byte[] data, String etag) {

    /** The original or the thumbnail of one photo; the bytes are read only for the one served. */
    public static StoredPhoto of(boolean thumbnail, String mediaType, String sha256, boolean hasThumbnail,
            Supplier<byte[]> original, Supplier<byte[]> thumbnailBytes) {
        if (!thumbnail) {
            return new StoredPhoto(mediaType, original.get(), "\"" + sha256 + "\"");
        }
        if (!hasThumbnail) {
            throw new ProblemException(404, "thumbnail-unavailable", "No thumbnail",
                    "No thumbnail for " + mediaType + " photos (no server-side decoder); show a placeholder and load the photo itself");
        }
        return new StoredPhoto("image/jpeg", thumbnailBytes.get(), "\"" + sha256.substring(0, 32) + "-t\"");
    }
}
