package com.fours.dms.shared.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What an uploaded image really is, read from its bytes (magic numbers), never from the declared
 * content type or file name; and whether it is complete (a JPEG ends with FF D9, a PNG with its
 * IEND chunk), so that a photo cut off by a dropped connection is refused, not stored.
 */
public final class PhotoTypes {
    private PhotoTypes() {}

    public enum Type {
        JPEG("image/jpeg"), PNG("image/png"), WEBP("image/webp"), HEIC("image/heic");

        public final String mediaType;

        Type(String mediaType) {
            this.mediaType = mediaType;
        }
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PNG_IEND = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    /** The type by content, or null when it is none of the accepted image types. */
    public static Type detect(byte[] b) {
        if (b == null || b.length < 12) {
            return null;
        }
        if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Type.JPEG;
        }
        if (startsWith(b, PNG_SIGNATURE)) {
            return Type.PNG;
        }
        if (ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
            return Type.WEBP;
        }
        if (ascii(b, 4, 4).equals("ftyp")) {
            String brand = ascii(b, 8, 4);
            if (brand.equals("heic") || brand.equals("heix") || brand.equals("mif1")) {
                return Type.HEIC;
            }
        }
        return null;
    }

    /** The file is not cut off: JPEG ends with EOI (FF D9), PNG with IEND, WebP's RIFF size matches; HEIC is taken as is. */
    public static boolean complete(Type type, byte[] b) {
        return switch (type) {
            case JPEG -> {
                int end = b.length;
                // Some cameras pad after EOI; allow trailing zero bytes.
                while (end > 2 && b[end - 1] == 0) {
                    end--;
                }
                yield (b[end - 2] & 0xFF) == 0xFF && (b[end - 1] & 0xFF) == 0xD9;
            }
            case PNG -> b.length >= PNG_SIGNATURE.length + PNG_IEND.length
                    && Arrays.equals(Arrays.copyOfRange(b, b.length - PNG_IEND.length, b.length), PNG_IEND);
            case WEBP -> {
                long riffSize = (b[4] & 0xFFL) | (b[5] & 0xFFL) << 8 | (b[6] & 0xFFL) << 16 | (b[7] & 0xFFL) << 24;
                yield b.length >= riffSize + 8;
            }
            case HEIC -> true;
        };
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(Arrays.copyOf(b, prefix.length), prefix);
    }

    private static String ascii(byte[] b, int from, int len) {
        return new String(b, from, len, StandardCharsets.ISO_8859_1);
    }
}
