package com.fours.dms.approval;

import com.fours.dms.customer.CustomerService;
import com.fours.dms.customer.VehicleService;
import com.fours.dms.notification.Channel;
import com.fours.dms.notification.Notifications;
import com.fours.dms.notification.Notifications.Audience;
import com.fours.dms.notification.OutgoingMessage;
import com.fours.dms.repairorder.SupplementaryWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the approval tells people through the outbox (R-REP-3): the customer's link by SMS and e-mail
 * (per the customer's channels, the store's template in zh-CN or en), the customer's confirmation of
 * what was decided with the new total and promised time, and the workshop's board message. Works
 * without a signed-in user (the customer's own decision by link).
 */
@ApplicationScoped
public class ApprovalNotices {
    static final String SUBJECT = "repair-order";
    static final String LINK = "SUPPLEMENTARY_APPROVAL_LINK";
    static final String DECIDED = "SUPPLEMENTARY_DECIDED";

    @Inject
    Notifications notifications;

    @Inject
    CustomerService customers;

    @Inject
    VehicleService vehicles;

    @ConfigProperty(name = "dms.approval.link-base-url", defaultValue = "http://localhost:5173")
    String linkBaseUrl;

    /** One message queued: its id, channel and recipient. */
    public record Sent(UUID id, Channel channel, String recipient) {}

    /** The public page's address for a token (the SPA's route outside the login). */
    String url(String store, String token) {
        return linkBaseUrl.replaceAll("/+$", "") + "/approve/" + store + "/" + token;
    }

    /** Whom the customer's link can reach: the primary phone (SMS) and the e-mail address, whichever the customer has. */
    List<Sent> contacts(UUID customerId) {
        CustomerService.Summary c = customers.summaries(List.of(customerId)).get(customerId);
        List<Sent> to = new ArrayList<>();
        if (c.phone() != null && !c.phone().isBlank()) {
            to.add(new Sent(null, Channel.SMS, c.phone()));
        }
        if (c.email() != null && !c.email().isBlank()) {
            to.add(new Sent(null, Channel.EMAIL, c.email()));
        }
        return to;
    }

    /** R-REP-3 (c): the link to the customer, on every channel the customer has. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Sent> link(SupplementaryWork.OrderFacts o, UUID linkId, String token, String language, int items, Instant expires) {
        CustomerService.Summary c = customers.summaries(List.of(o.customerId())).get(o.customerId());
        VehicleService.Summary v = vehicles.summaries(List.of(o.vehicleId())).get(o.vehicleId());
        List<Sent> sent = new ArrayList<>();
        for (Sent to : contacts(o.customerId())) {
            OutgoingMessage m = OutgoingMessage.of(o.storeCode(), LINK, Audience.CUSTOMER, to.channel()).about(SUBJECT, o.id())
                    .discriminator(linkId + ":" + to.channel()).to(to.recipient()).language(language)
                    .value("customer", c.name()).value("plate", v.plate()).value("count", items)
                    .value("link", url(o.storeCode(), token)).value("expires", expires);
            notifications.queued(m).ifPresent(id -> sent.add(new Sent(id, to.channel(), to.recipient())));
        }
        return sent;
    }

    /**
     * R-REP-3: the customer is told what was decided, the authorized total and the new promised time
     * (their preferred channel), and the workshop is told on its board. Returns the messages' ids.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<UUID> decided(SupplementaryWork.OrderFacts o, UUID entryId, List<String> approved, List<String> declined, BigDecimal total,
            Instant promised, String language) {
        CustomerService.Summary c = customers.summaries(List.of(o.customerId())).get(o.customerId());
        VehicleService.Summary v = vehicles.summaries(List.of(o.vehicleId())).get(o.vehicleId());
        List<UUID> ids = new ArrayList<>();
        boolean mail = c.prefersEmail();
        String recipient = c.preferredAddress();
        if (recipient != null) {
            OutgoingMessage m = OutgoingMessage.of(o.storeCode(), DECIDED, Audience.CUSTOMER, mail ? Channel.EMAIL : Channel.SMS).about(SUBJECT, o.id())
                    .discriminator(entryId.toString()).to(recipient).language(language)
                    .value("customer", c.name()).value("plate", v.plate()).value("approved", approved.size()).value("declined", declined.size())
                    .value("total", total).value("promised", promised);
            notifications.queued(m).ifPresent(ids::add);
        }
        OutgoingMessage board = OutgoingMessage.of(o.storeCode(), DECIDED, Audience.WORKSHOP, Channel.BOARD).about(SUBJECT, o.id())
                .discriminator(entryId.toString()).value("plate", v.plate()).value("approved", approved).value("declined", declined)
                .value("total", total).value("promised", promised);
        notifications.queued(board).ifPresent(ids::add);
        return ids;
    }
}
