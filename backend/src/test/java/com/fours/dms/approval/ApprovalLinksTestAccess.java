package com.fours.dms.approval;

/** What the link tests need of the link's token handling: a fresh random token, and the hash kept for one. */
public final class ApprovalLinksTestAccess {
    private ApprovalLinksTestAccess() {}

    public static String randomToken() {
        return ApprovalLinks.token();
    }

    public static String sha256(String token) {
        return ApprovalSheets.sha256(token);
    }
}
