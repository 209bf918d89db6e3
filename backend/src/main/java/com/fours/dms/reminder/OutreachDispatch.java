package com.fours.dms.reminder;

import com.fours.dms.customer.CustomerService;
import com.fours.dms.customer.VehicleService;
import com.fours.dms.followup.ConsentService;
import com.fours.dms.followup.NewTask;
import com.fours.dms.followup.OutreachChannel;
import com.fours.dms.followup.TaskService;
import com.fours.dms.notification.Channel;
import com.fours.dms.notification.Notifications;
import com.fours.dms.notification.OutgoingMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Issue 11, the second half of every reminder generator: the rows one UPDATE … RETURNING claimed get their message
 * (SMS or e-mail on a channel the customer did not opt out of, through the outbox) and their call in customer
 * service's queue, 2 000 at a time with one batch read of customers, vehicles and consents per chunk; the row records
 * the channel used or why there was none. The outbox's and the tasks' dedupe keys make a replay send nothing twice.
 */
@ApplicationScoped
class OutreachDispatch {
    private static final int CHUNK = 2000;

    @Inject
    EntityManager em;

    @Inject
    TaskService tasks;

    @Inject
    Notifications notifications;

    @Inject
    ConsentService consents;

    @Inject
    CustomerService customers;

    @Inject
    VehicleService vehicles;

    /** One claimed row: its id (the message is about it), the customer and the vehicle. */
    record Claimed<T>(UUID id, UUID customerId, UUID vehicleId, T row) {}

    /** Who is reached about a row: the customer (null when unknown) and the vehicle's plate ("" when unknown). */
    record Contact(CustomerService.Summary customer, String plate) {
        String name() {
            return customer == null ? "" : customer.name();
        }
    }

    /** What a generator says for one of its rows. */
    interface Compose<T> {
        /** The message's template kind, or null for a call only. */
        String messageKind(T row);

        /** The template's values beyond the customer's name and the plate. */
        Map<String, Object> values(T row, Contact c);

        /** The row's call, or null for none. */
        NewTask call(T row, Contact c);
    }

    /** Messages queued and calls opened. */
    record Sent(int messages, int calls) {}

    /**
     * Sends the claimed rows' messages and opens their calls; {@code table} is the generator's own table, whose
     * {@code message_channel} or {@code message_skipped} is set per row; {@code about} names the row in the outbox.
     */
    <T> Sent send(String store, String table, String about, List<Claimed<T>> claimed, Compose<T> compose, String actor) {
        int messages = 0;
        int calls = 0;
        for (int i = 0; i < claimed.size(); i += CHUNK) {
            List<Claimed<T>> chunk = claimed.subList(i, Math.min(claimed.size(), i + CHUNK));
            List<UUID> people = chunk.stream().map(Claimed::customerId).toList();
            Map<UUID, CustomerService.Summary> who = customers.summaries(people);
            Map<UUID, VehicleService.Summary> cars = vehicles.summaries(chunk.stream().map(Claimed::vehicleId).toList());
            Map<UUID, Set<OutreachChannel>> out = consents.optOuts(people);
            List<OutgoingMessage> batch = new ArrayList<>();
            List<NewTask> callTasks = new ArrayList<>();
            List<UUID> bySms = new ArrayList<>();
            List<UUID> byEmail = new ArrayList<>();
            List<UUID> skipped = new ArrayList<>();
            for (Claimed<T> r : chunk) {
                CustomerService.Summary c = who.get(r.customerId());
                VehicleService.Summary v = cars.get(r.vehicleId());
                Contact contact = new Contact(c, v == null ? "" : v.plate());
                String kind = compose.messageKind(r.row());
                if (kind != null) {
                    Channel channel = ReminderChannels.pick(c, out.getOrDefault(r.customerId(), Set.of()));
                    if (channel == null) {
                        skipped.add(r.id());
                    } else {
                        (channel == Channel.EMAIL ? byEmail : bySms).add(r.id());
                        OutgoingMessage m = OutgoingMessage.of(store, kind, Notifications.Audience.CUSTOMER, channel)
                                .about(about, r.id()).to(channel == Channel.EMAIL ? c.email() : c.phone())
                                .value("customer", contact.name()).value("plate", contact.plate());
                        compose.values(r.row(), contact).forEach(m::value);
                        batch.add(m);
                    }
                }
                NewTask call = compose.call(r.row(), contact);
                if (call != null) {
                    callTasks.add(call);
                }
            }
            messages += notifications.queueAll(batch);
            calls += tasks.openAll(callTasks, actor);
            mark(table, "message_channel = 'SMS'", bySms);
            mark(table, "message_channel = 'EMAIL'", byEmail);
            mark(table, "message_skipped = 'NO_CHANNEL_CONSENT'", skipped);
        }
        return new Sent(messages, calls);
    }

    private void mark(String table, String set, List<UUID> ids) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("update " + table + " set " + set + " where id = any(?1)").setParameter(1, ids.toArray(UUID[]::new)).executeUpdate();
        }
    }
}
