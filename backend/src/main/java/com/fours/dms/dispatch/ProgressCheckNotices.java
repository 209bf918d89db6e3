package com.fours.dms.dispatch;

import com.fours.dms.customer.CustomerService;
import com.fours.dms.customer.VehicleService;
import com.fours.dms.notification.Channel;
import com.fours.dms.notification.Notifications;
import com.fours.dms.notification.Notifications.Audience;
import com.fours.dms.notification.OutgoingMessage;
import com.fours.dms.repairorder.PromisedDeliveries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * R-REP-2: the customer is told when the progress check moves the promised time: the new time, the
 * old one and why, through the outbox (e-mail when the customer prefers it and gave an address, else
 * SMS to the primary phone; the store's template in zh-CN or en; held in quiet hours by the dispatcher).
 * One message per check (the check is the dedupe discriminator).
 */
@ApplicationScoped
public class ProgressCheckNotices {
    static final String KIND = "PROMISED_TIME_REVISED";
    static final String SUBJECT = "repair-order";

    @Inject
    Notifications notifications;

    @Inject
    CustomerService customers;

    @Inject
    VehicleService vehicles;

    /** Queues the message in the caller's transaction; its id, or empty when the customer has neither phone nor e-mail. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<UUID> promiseRevised(UUID checkId, PromisedDeliveries.Promise order, Instant previous, Instant promised, String reason, String language) {
        CustomerService.Summary c = customers.summaries(List.of(order.customerId())).get(order.customerId());
        String recipient = c == null ? null : c.preferredAddress();
        if (recipient == null) {
            return Optional.empty();
        }
        VehicleService.Summary v = vehicles.summaries(List.of(order.vehicleId())).get(order.vehicleId());
        OutgoingMessage m = OutgoingMessage.of(order.storeCode(), KIND, Audience.CUSTOMER, c.prefersEmail() ? Channel.EMAIL : Channel.SMS)
                .about(SUBJECT, order.id()).discriminator(checkId.toString()).to(recipient).language(language)
                .value("customer", c.name()).value("plate", v == null ? "" : v.plate()).value("previous", previous).value("promised", promised)
                .value("reason", reason);
        return notifications.queued(m);
    }
}
