package com.fours.dms.inspection;

import com.fours.dms.shared.image.PhotoTypes;
import com.fours.dms.shared.image.Thumbnails;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Photos are recognised by their bytes, and cut-off files are refused (R-CHK-1). */
class PhotoTypesTest {
    @Test
    void recognisesJpegPngWebpAndHeicByContent() {
        assertEquals(PhotoTypes.Type.JPEG, PhotoTypes.detect(Images.jpeg(40, 30)));
        assertEquals(PhotoTypes.Type.PNG, PhotoTypes.detect(Images.png(40, 30)));
        assertEquals(PhotoTypes.Type.WEBP, PhotoTypes.detect(Images.webp()));
        assertEquals(PhotoTypes.Type.HEIC, PhotoTypes.detect(Images.heic()));
    }

    @Test
    void anythingElseIsNoPhoto() {
        assertNull(PhotoTypes.detect(Images.pdf()));
        assertNull(PhotoTypes.detect("just text, named photo.jpg".getBytes()));
        assertNull(PhotoTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8}));
        assertNull(PhotoTypes.detect(null));
    }

    @Test
    void completeFilesPassAndTruncatedOnesFail() {
        byte[] jpeg = Images.jpeg(40, 30);
        byte[] png = Images.png(40, 30);
        assertTrue(PhotoTypes.complete(PhotoTypes.Type.JPEG, jpeg));
        assertTrue(PhotoTypes.complete(PhotoTypes.Type.PNG, png));
        assertTrue(PhotoTypes.complete(PhotoTypes.Type.WEBP, Images.webp()));
        assertFalse(PhotoTypes.complete(PhotoTypes.Type.JPEG, Images.truncated(jpeg)));
        assertFalse(PhotoTypes.complete(PhotoTypes.Type.PNG, Images.truncated(png)));
        assertFalse(PhotoTypes.complete(PhotoTypes.Type.WEBP, Images.truncated(Images.webp())));
    }

    @Test
    void thumbnailsAreJpegsOfAtMost320PixelsKeepingTheAspectRatio() throws Exception {
        BufferedImage big = Thumbnails.decode(Images.png(1000, 500)).orElseThrow();
        byte[] thumb = Thumbnails.of(big);
        assertEquals(PhotoTypes.Type.JPEG, PhotoTypes.detect(thumb));
        BufferedImage t = ImageIO.read(new java.io.ByteArrayInputStream(thumb));
        assertEquals(320, t.getWidth());
        assertEquals(160, t.getHeight());
        BufferedImage small = Thumbnails.decode(Images.jpeg(100, 80)).orElseThrow();
        BufferedImage ts = ImageIO.read(new java.io.ByteArrayInputStream(Thumbnails.of(small)));
        assertEquals(100, ts.getWidth());
    }

    @Test
    void largePhotosAreDecodedSubsampledForTheThumbnail() {
        BufferedImage img = Thumbnails.decode(Images.jpeg(4000, 3000)).orElseThrow();
        assertTrue(img.getWidth() <= 1000 && img.getWidth() >= 640, "decoded at " + img.getWidth() + " px");
    }

    @Test
    void undecodableBytesGiveNoImage() {
        assertTrue(Thumbnails.decode(Images.webp()).isEmpty());
        assertTrue(Thumbnails.decode(Images.pdf()).isEmpty());
    }
}
