package com.fours.dms.notification;

import com.fours.dms.shared.observability.LogRedaction;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The SMS "gateway" of a store without an SMS contract: the row is recorded as sent by provider
 * "log" and one log line says so. The line carries the masked number and the length, never the
 * text (it names the customer); the text is in the notifications list.
 */
@ApplicationScoped
@DefaultBean
public class LoggingSmsProvider implements SmsProvider {
    private static final Logger LOG = Logger.getLogger(LoggingSmsProvider.class);

    @Override
    public String name() {
        return "log";
    }

    @Override
    public void send(String phone, String text) {
        LOG.infof("SMS to %s (%d characters) handed to the log provider", LogRedaction.maskPhone(phone), text == null ? 0 : text.length());
    }
}
