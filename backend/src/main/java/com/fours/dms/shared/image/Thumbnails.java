package com.fours.dms.shared.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Thumbnails for the list views: at most {@value #MAX_EDGE} px on the longer edge, JPEG. Only
 * JPEG and PNG are decoded (javax.imageio has no WebP or HEIC reader); those photos get no
 * thumbnail and the API says so (`thumbnailAvailable: false`).
 */
public final class Thumbnails {
    public static final int MAX_EDGE = 320;

    private Thumbnails() {}

    /**
     * The image decoded at reduced resolution (at least twice the thumbnail edge), or empty when
     * the bytes cannot be decoded (corrupt despite a valid header). Subsampling while reading keeps
     * a 12-megapixel photo from taking 48 MB of heap per upload.
     */
    public static Optional<BufferedImage> decode(byte[] data) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int longer = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, longer / (2 * MAX_EDGE));
                param.setSourceSubsampling(step, step, 0, 0);
                return Optional.ofNullable(reader.read(0, param));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A JPEG thumbnail of the image, never larger than the image itself. */
    public static byte[] of(BufferedImage img) {
        double scale = Math.min(1.0, (double) MAX_EDGE / Math.max(img.getWidth(), img.getHeight()));
        int w = Math.max(1, (int) Math.round(img.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(img.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(img, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(out, "jpg", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
