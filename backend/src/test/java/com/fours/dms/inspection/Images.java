package com.fours.dms.inspection;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Real small images made with javax.imageio, and broken ones made from them. */
public final class Images {
    private Images() {}

    public static byte[] jpeg(int w, int h) {
        return write("jpg", w, h, BufferedImage.TYPE_INT_RGB);
    }

    public static byte[] png(int w, int h) {
        return write("png", w, h, BufferedImage.TYPE_INT_ARGB);
    }

    /** The first half of the file: the end marker (JPEG FF D9, PNG IEND) is missing. */
    public static byte[] truncated(byte[] image) {
        return Arrays.copyOf(image, image.length / 2);
    }

    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** A minimal WebP header (RIFF size matching the length); not decodable, which is fine: no thumbnail for WebP. */
    public static byte[] webp() {
        byte[] b = new byte[64];
        System.arraycopy("RIFF".getBytes(), 0, b, 0, 4);
        int size = b.length - 8;
        b[4] = (byte) size;
        System.arraycopy("WEBPVP8 ".getBytes(), 0, b, 8, 8);
        return b;
    }

    public static byte[] heic() {
        byte[] b = new byte[64];
        b[3] = 0x18;
        System.arraycopy("ftypheic".getBytes(), 0, b, 4, 8);
        return b;
    }

    private static byte[] write(String format, int w, int h, int type) {
        BufferedImage img = new BufferedImage(w, h, type);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLUE);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
