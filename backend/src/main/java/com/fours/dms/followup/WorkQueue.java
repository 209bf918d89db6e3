package com.fours.dms.followup;

import com.fours.dms.customer.CustomerService;
import com.fours.dms.followup.api.DeskApi;
import com.fours.dms.followup.api.TaskApi;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.StoreAccess;
import com.fours.dms.store.StoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The customer-service work queue: today's calls (store time) in calling order, complaint second
 * follow-ups and club members first (R-FUP-6); a call is offered only inside the store's call window
 * (R-FUP-4), to a customer who did not opt out of calls and has a phone, once it is due.
 */
@ApplicationScoped
public class WorkQueue {
    @Inject
    TaskService tasks;

    @Inject
    ConsentService consents;

    @Inject
    CustomerService customers;

    @Inject
    DeskSettingsService settings;

    @Inject
    StoreService stores;

    @Inject
    StoreAccess access;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public DeskApi.Queue today(String store) {
        access.require(store);
        Instant now = clock.instant();
        ZoneId zone = stores.quietHours(store).zone();
        LocalDate day = now.atZone(zone).toLocalDate();
        Instant endOfDay = day.plusDays(1).atStartOfDay(zone).toInstant();
        CallWindow window = settings.settings(store).callWindow();
        boolean open = window.isOpen(now, zone);
        List<TaskApi.View> calls = tasks.deskCalls(store, user.username(), endOfDay);
        List<UUID> ids = calls.stream().map(t -> t.customer() == null ? null : t.customer().id()).filter(Objects::nonNull).toList();
        Map<UUID, CustomerService.Summary> people = customers.summaries(ids);
        Map<UUID, Set<OutreachChannel>> optOuts = consents.optOuts(ids);
        List<DeskApi.QueueItem> offered = new ArrayList<>();
        List<DeskApi.QueueItem> notOffered = new ArrayList<>();
        for (TaskApi.View t : calls) {
            CustomerService.Summary c = t.customer() == null ? null : people.get(t.customer().id());
            Set<OutreachChannel> out = c == null ? Set.of() : optOuts.getOrDefault(c.id(), Set.of());
            boolean club = c != null && c.clubMember();
            int rank = QueueOrder.rank(t.type(), club);
            List<String> because = new ArrayList<>();
            Instant callableFrom = null;
            if (out.contains(OutreachChannel.CALL)) {
                because.add("CALL_OPTED_OUT");
            }
            if (c == null || c.phone() == null || c.phone().isBlank()) {
                because.add("NO_PHONE");
            }
            if (t.dueFrom().isAfter(now)) {
                because.add("LATER_TODAY");
                callableFrom = window.nextOpening(t.dueFrom(), zone);
            } else if (!open) {
                because.add("OUTSIDE_CALL_WINDOW");
                callableFrom = window.nextOpening(now, zone);
            }
            int unanswered = (int) t.attempts().stream().filter(a -> a.outcome() == AttemptOutcome.NO_ANSWER).count();
            DeskApi.QueueItem item = new DeskApi.QueueItem(t, rank, t.purpose() != null ? t.purpose() : QueueOrder.script(t.type(), club), c == null ? null : c.type(), club,
                    out.stream().sorted().toList(), because, callableFrom, unanswered);
            (because.isEmpty() ? offered : notOffered).add(item);
        }
        offered.sort(QueueOrder.CALLING_ORDER);
        notOffered.sort(QueueOrder.CALLING_ORDER);
        return new DeskApi.Queue(day, open, window.start(), window.end(), offered, notOffered);
    }

    /** R-FUP-6 and R-FUP-5: who is called first, and with which script. */
    static final class QueueOrder {
        static final Comparator<DeskApi.QueueItem> CALLING_ORDER = Comparator.<DeskApi.QueueItem>comparingInt(DeskApi.QueueItem::rank)
                .thenComparing(i -> i.task().priority(), Comparator.reverseOrder())
                .thenComparing(i -> i.task().dueFrom())
                .thenComparing(i -> i.task().id());

        private QueueOrder() {}

        /** 0: a complaint's second follow-up (R-FUP-5); 1: a club member (R-FUP-6); 2: everyone else. */
        static int rank(TaskType type, boolean clubMember) {
            return type == TaskType.COMPLAINT_CALLBACK ? 0 : clubMember ? 1 : 2;
        }

        /** The script for the call's type; club members have their own (R-FUP-6). */
        static String script(TaskType type, boolean clubMember) {
            return type.name() + (clubMember && type != TaskType.COMPLAINT_CALLBACK ? "_CLUB" : "");
        }
    }
}
