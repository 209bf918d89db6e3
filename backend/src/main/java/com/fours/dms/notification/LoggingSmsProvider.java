package com.fours.dms.notification;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** The SMS "gateway" of a store without an SMS contract: the message goes to the log, and the row is recorded as sent by provider "log". */
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
        LOG.infof("SMS to %s: %s", phone, text);
    }
}
