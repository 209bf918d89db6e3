package com.fours.dms.notification;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.ext.mail.SMTPException;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Which SMTP failures are tried again at once on a new connection (R-APT-5): only a 421, which took no message. */
class EmailChannelTest {
    @Test
    void aChannelTheServerClosedWith421IsTriedAgainHoweverDeepTheCause() {
        SMTPException closed = new SMTPException("got error response", 421,
                List.of("421 Service shutting down and closing transmission channel (socket timeout)"), false);
        assertTrue(EmailChannel.channelClosed(new CompletionException(closed)));
        assertTrue(EmailChannel.channelClosed(closed));
    }

    @Test
    void aRefusedRecipientOrAnyOtherFailureWaitsForTheBackoff() {
        assertFalse(EmailChannel.channelClosed(new CompletionException(new SMTPException("got error response", 550, List.of("550 no such user"), false))));
        assertFalse(EmailChannel.channelClosed(new CompletionException(new SMTPException("got error response", 451, List.of("451 try later"), false))));
        assertFalse(EmailChannel.channelClosed(new IllegalStateException("connection refused")));
    }
}
