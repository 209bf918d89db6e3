package com.fours.dms.shared.image;

import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An uploaded photo (inspection, supplementary item) checked the one way: within the store's size
 * limit (413 photo-too-large), an image by its content (415 unsupported-photo-type), complete
 * (422 photo-truncated) and decodable (422 photo-unreadable); JPEG and PNG get a thumbnail.
 */
public final class UploadedPhotos {
    private UploadedPhotos() {}

    /** The accepted photo: its type, bytes and thumbnail (null for WebP and HEIC). */
    public record Accepted(PhotoTypes.Type type, byte[] data, byte[] thumbnail) {}

    public static Accepted accept(Path file, long size, int limit) {
        if (size > limit) {
            throw tooLarge(limit);
        }
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (data.length > limit) {
            throw tooLarge(limit);
        }
        PhotoTypes.Type type = PhotoTypes.detect(data);
        if (type == null) {
            throw new ProblemException(415, "unsupported-photo-type", "Not a supported image",
                    "The file's content is not a JPEG, PNG, WebP or HEIC image (the declared type and file name are not trusted)",
                    List.of(new Violation("file", "content is not JPEG, PNG, WebP or HEIC")), null);
        }
        if (!PhotoTypes.complete(type, data)) {
            throw unreadable("photo-truncated", "The " + type + " file is cut off (its end marker is missing); upload it again");
        }
        byte[] thumbnail = null;
        if (type == PhotoTypes.Type.JPEG || type == PhotoTypes.Type.PNG) {
            BufferedImage img = Thumbnails.decode(data).orElseThrow(() -> unreadable("photo-unreadable", "The " + type + " file cannot be decoded; it is damaged"));
            thumbnail = Thumbnails.of(img);
        }
        return new Accepted(type, data, thumbnail);
    }

    private static ProblemException tooLarge(int limit) {
        return new ProblemException(413, "photo-too-large", "Photo too large", "Photos may be at most " + limit + " bytes in this store",
                List.of(new Violation("file", "larger than " + limit + " bytes")), null);
    }

    private static ProblemException unreadable(String code, String detail) {
        return new ProblemException(422, code, "Photo cannot be used", detail, List.of(new Violation("file", detail)), null);
    }
}
