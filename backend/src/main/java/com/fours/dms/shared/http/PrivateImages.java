package com.fours.dms.shared.http;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** An image only the signed-in caller may keep (a signature, a photo): strong ETag, Cache-Control private, 304 on If-None-Match. */
public final class PrivateImages {
    private PrivateImages() {}

    /** A stored photo, original or thumbnail. */
    public static Response of(com.fours.dms.shared.image.StoredPhoto photo, String ifNoneMatch) {
        return of(photo.data(), photo.mediaType(), photo.etag(), ifNoneMatch);
    }

    public static Response of(byte[] bytes, String type, String etag, String ifNoneMatch) {
        CacheControl cc = new CacheControl();
        cc.setPrivate(true);
        cc.setNoTransform(false);
        cc.setMaxAge(3600);
        if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            return Response.notModified().header("ETag", etag).cacheControl(cc).build();
        }
        return Response.ok(bytes, type).header("ETag", etag).cacheControl(cc).build();
    }
}
