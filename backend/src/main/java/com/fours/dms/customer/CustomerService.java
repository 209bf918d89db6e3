package com.fours.dms.customer;

import com.fours.dms.customer.api.CustomerApi;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.persistence.Page;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.security.StoreAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CustomerService {
    static final String ENTITY = "customer";

    @Inject
    StoreAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Prefix search: digits search phone numbers (their start or their tail), anything else the name or company (R-ARC-1 search by phone / name). */
    public Page<CustomerApi.View> search(String store, String q, PageRequest page) {
        access.require(store);
        StringBuilder where = new StringBuilder("storeCode = :store");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("store", store);
        String term = q == null ? "" : q.strip();
        if (!term.isEmpty()) {
            String phone = Phones.normalise(term);
            if (phone.matches("[0-9-]+")) {
                // R-ARC-1: the start of a number, or its tail ("5678"): a prefix search on the reversed number (indexed).
                where.append(" and id in (select c.id from Customer c join c.phones p where c.storeCode = :store and p.storeCode = :store and (p.phone like :prefix or reverse(p.phone) like :suffix))");
                params.put("prefix", likePrefix(phone));
                params.put("suffix", likePrefix(new StringBuilder(phone).reverse().toString()));
            } else {
                where.append(" and (name like :prefix or companyName like :prefix)");
                params.put("prefix", likePrefix(term));
            }
        }
        if (page.after() != null) {
            where.append(" and id > :after");
            params.put("after", page.after());
        }
        List<Customer> rows = Customer.find(where + " order by id", params).range(0, page.limit()).list();
        return page.page(rows, c -> c.id, CustomerApi.View::of);
    }

    public CustomerApi.View get(String store, UUID id) {
        return CustomerApi.View.of(load(store, id));
    }

    Customer load(String store, UUID id) {
        return access.owned(store, Customer.<Customer>findById(id), c -> c.storeCode, "Customer", id);
    }

    /** A customer referenced from a request body: unknown is the caller's input error, not a missing URL. */
    Customer reference(String store, UUID id, String field) {
        Customer c = id == null ? null : Customer.findById(id);
        if (c == null || !c.storeCode.equals(store)) {
            throw new ProblemException(422, "unknown-reference", "Unknown reference",
                    "No customer " + id + " in store " + store, List.of(new Violation(field, "no such customer in this store")), null);
        }
        return c;
    }

    @Transactional
    public CustomerApi.View create(String store, CustomerApi.Request req) {
        access.require(store);
        Customer c = new Customer();
        c.id = Ids.newId(clock);
        c.storeCode = store;
        c.createdAt = clock.instant();
        apply(c, req);
        c.persistAndFlush();
        CustomerApi.View view = CustomerApi.View.of(c);
        audit.created(store, ENTITY, c.id, view);
        return view;
    }

    @Transactional
    public CustomerApi.View update(String store, UUID id, long expectedVersion, CustomerApi.Request req) {
        Customer c = load(store, id);
        ETags.check(expectedVersion, c.version);
        CustomerApi.View before = CustomerApi.View.of(c);
        apply(c, req);
        Customer.getEntityManager().flush();
        CustomerApi.View after = CustomerApi.View.of(c);
        audit.changed(store, ENTITY, id, "updated", before, after);
        return after;
    }

    private void apply(Customer c, CustomerApi.Request req) {
        if (req.type() == CustomerType.COMPANY && (req.companyName() == null || req.companyName().isBlank())) {
            throw ProblemException.validation(List.of(new Violation("companyName", "is required for a company (fleet) customer")));
        }
        List<String> phones = req.phones().stream().map(Phones::normalise).distinct().toList();
        c.type = req.type();
        c.name = req.name().strip();
        c.replacePhones(phones);
        c.email = blankToNull(req.email());
        c.address = blankToNull(req.address());
        c.companyName = blankToNull(req.companyName());
        c.clubMember = req.clubMember();
        c.preferredContact = req.preferredContact();
        c.serviceWishes = blankToNull(req.serviceWishes());
        c.notes = blankToNull(req.notes());
        c.updatedAt = clock.instant();
    }

    public record Summary(UUID id, String name, String phone, String preferredContact, String email, String type, boolean clubMember) {
        /** Where a message to the customer goes: e-mail when they prefer it and gave an address, else an SMS to the primary phone (null: neither). */
        public String preferredAddress() {
            return prefersEmail() ? email : phone == null || phone.isBlank() ? null : phone;
        }

        public boolean prefersEmail() {
            return "EMAIL".equals(preferredContact) && email != null && !email.isBlank();
        }
    }

    /** Names and contacts for lists built by other contexts (one query). */
    public java.util.Map<UUID, Summary> summaries(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, Summary> m = new java.util.HashMap<>();
        Customer.<Customer>list("id in ?1", java.util.Set.copyOf(ids))
                .forEach(c -> m.put(c.id, new Summary(c.id, c.name, c.primaryPhone, c.preferredContact.name(), c.email, c.type.name(), c.clubMember)));
        return m;
    }

    /** Checks a customer id given in a request body belongs to the store (422 otherwise). */
    public void requireReference(String store, UUID id, String field) {
        reference(store, id, field);
    }

    static String likePrefix(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
