package com.fours.dms.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** E-mail through quarkus-mailer to the configured SMTP server (GreenMail under `make run`, see README "Settings"). */
@ApplicationScoped
public class EmailChannel implements NotificationChannel {
    @Inject
    Mailer mailer;

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public String send(Delivery d) {
        if (d.recipient() == null || !d.recipient().matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("not an e-mail address: " + d.recipient());
        }
        mailer.send(Mail.withText(d.recipient(), d.title() == null ? d.storeName() : d.title(), d.body()));
        return "smtp";
    }
}
