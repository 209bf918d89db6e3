package com.fours.dms.shared.http;

import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/** A drawn signature as the signature pad sends it: a complete PNG, base64 (optionally a data: URL), at most 512 KB. */
public final class SignaturePng {
    public static final int MAX_BYTES = 512 * 1024;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] IEND = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private SignaturePng() {}

    /** The PNG bytes, or a 400/422 problem naming `field`. */
    public static byte[] decode(String base64, String field) {
        String data = base64.strip();
        if (data.startsWith("data:")) {
            data = data.substring(data.indexOf(',') + 1);
        }
        byte[] png;
        try {
            png = Base64.getMimeDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation(List.of(new Violation(field, "is not valid base64")));
        }
        if (png.length > MAX_BYTES) {
            throw ProblemException.validation(List.of(new Violation(field, "is larger than 512 KB")));
        }
        if (!isCompletePng(png)) {
            throw new ProblemException(422, "signature-not-png", "Signature is not a PNG image", "The signature must be a complete PNG image from the signature pad",
                    List.of(new Violation(field, "is not a complete PNG image")), null);
        }
        return png;
    }

    static boolean isCompletePng(byte[] b) {
        return b.length >= SIGNATURE.length + IEND.length
                && Arrays.equals(Arrays.copyOf(b, SIGNATURE.length), SIGNATURE)
                && Arrays.equals(Arrays.copyOfRange(b, b.length - IEND.length, b.length), IEND);
    }
}
