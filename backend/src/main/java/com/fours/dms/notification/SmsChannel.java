package com.fours.dms.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class SmsChannel implements NotificationChannel {
    @Inject
    SmsProvider provider;

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public String send(Delivery d) throws Exception {
        if (d.recipient() == null || d.recipient().isBlank()) {
            throw new IllegalArgumentException("no phone number");
        }
        provider.send(d.recipient(), d.body());
        return provider.name();
    }
}
