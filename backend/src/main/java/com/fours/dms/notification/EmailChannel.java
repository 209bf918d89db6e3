package com.fours.dms.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * E-mail through quarkus-mailer to the configured SMTP server (GreenMail under `make run`, see README "Settings").
 * A conversation the server ends with 421 (it closed the channel, e.g. its socket timeout) delivered
 * nothing; it is tried once more on a fresh connection before the row waits for its backoff (R-APT-5).
 */
@ApplicationScoped
public class EmailChannel implements NotificationChannel {
    private static final Logger LOG = Logger.getLogger(EmailChannel.class);

    @Inject
    Mailer mailer;

    private final ReentrantLock sending = new ReentrantLock();

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public String send(Delivery d) {
        if (d.recipient() == null || !d.recipient().matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("not an e-mail address: " + d.recipient());
        }
        Mail mail = Mail.withText(d.recipient(), d.title() == null ? d.storeName() : d.title(), d.body());
        // One SMTP conversation at a time per instance: the dispatcher never runs twice at once here
        // (concurrentExecution SKIP), so this costs nothing.
        sending.lock();
        try {
            try {
                mailer.send(mail);
            } catch (RuntimeException e) {
                if (!channelClosed(e)) {
                    throw e;
                }
                LOG.warnf("outbox: SMTP server closed the channel (421) for message %s; trying once more on a new connection", d.id());
                mailer.send(mail);
            }
        } finally {
            sending.unlock();
        }
        return "smtp";
    }

    /** The server answered 421: it is closing the channel and took no message on it. */
    static boolean channelClosed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SMTPException s && s.getReplyCode() == 421) {
                return true;
            }
        }
        return false;
    }
}
