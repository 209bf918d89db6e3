package com.fours.dms.reminder;

import com.fours.dms.catalogue.ImportFile;
import com.fours.dms.customer.Vin;
import com.fours.dms.customer.VehicleService;
import com.fours.dms.customer.api.CustomerApi;
import com.fours.dms.followup.NewTask;
import com.fours.dms.followup.SubjectType;
import com.fours.dms.followup.TaskPriority;
import com.fours.dms.followup.TaskPurpose;
import com.fours.dms.followup.TaskService;
import com.fours.dms.followup.TaskType;
import com.fours.dms.reminder.api.CampaignApi;
import com.fours.dms.repairorder.RepairOrderQueries;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.http.ETags;
import com.fours.dms.shared.persistence.Ids;
import com.fours.dms.shared.persistence.PageRequest;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.Roles;
import com.fours.dms.shared.security.StoreAccess;
import com.fours.dms.store.StoreJobSettings;
import com.fours.dms.store.StoreService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jboss.logging.Logger;

/**
 * Issue 11, R-REM-6: recall and technical campaigns. The service manager creates a campaign and uploads the
 * manufacturer's VIN list (CSV, or the same as XLSX; one VIN a row, with or without a header). Every row is checked
 * on its own: a VIN that is empty, malformed or fails its check digit (the archive's {@link Vin} rule), or that
 * repeats an earlier line, is rejected with its line and the reason; the others are accepted. A VIN of a car not on
 * this store's archive is accepted too (counted as not in the archive): the manufacturer's list covers every car of
 * the series, most of them serviced elsewhere, and the car is flagged should it come in here.
 * <p>
 * Set-based: one INSERT … SELECT over the accepted rows (unnest) … ON CONFLICT (campaign, VIN) DO NOTHING, one UPDATE
 * linking VINs whose car is now on the archive, then one UPDATE … RETURNING claims the linked entries of running
 * campaigns for their message (on a channel the customer consented to) and their call in customer service's queue
 * ({@link OutreachDispatch}). The same file uploaded twice adds, sends and opens nothing; a campaign that starts later
 * is claimed by the scheduled run on its first day.
 */
@ApplicationScoped
public class Campaigns {
    static final String ENTITY = "campaign";
    static final String ENTRY = "campaign-entry";
    static final String ACTOR = "system:campaigns";
    static final int MAX_ROWS = 100_000;
    private static final Set<String> VIN_HEADERS = Set.of("vin", "车架号", "车辆识别代号", "车辆识别号", "底盘号", "vin码");
    private static final String[] REPORT_HEADER = {"line", "value", "reason"};
    private static final Logger LOG = Logger.getLogger(Campaigns.class);

    @Inject
    StoreAccess access;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    StoreService stores;

    @Inject
    VehicleService vehicles;

    @Inject
    RepairOrderQueries orders;

    @Inject
    TaskService tasks;

    @Inject
    OutreachDispatch dispatch;

    @Inject
    Clock clock;

    // ---- campaigns ----------------------------------------------------------------------------------

    @Transactional
    public CampaignApi.View create(String store, CampaignApi.CreateRequest req) {
        access.require(store);
        if (req.validTo().isBefore(req.validFrom())) {
            throw ProblemException.validation(List.of(new Violation("validTo", "must not be before validFrom")));
        }
        String code = req.code().strip();
        if (Campaign.count("storeCode = ?1 and lower(code) = ?2", store, code.toLowerCase(Locale.ROOT)) > 0) {
            throw new ProblemException(409, "campaign-duplicate-code", "Duplicate", "Campaign " + code + " exists already in this store",
                    List.of(new Violation("code", "already used by a campaign of this store")), null);
        }
        Campaign c = new Campaign();
        c.id = Ids.newId(clock);
        c.storeCode = store;
        c.code = code;
        c.kind = req.kind();
        c.titleZh = req.titleZh().strip();
        c.titleEn = blankToNull(req.titleEn());
        c.description = blankToNull(req.description());
        c.work = req.work().strip();
        c.validFrom = req.validFrom();
        c.validTo = req.validTo();
        c.createdBy = user.username();
        c.createdAt = clock.instant();
        c.persist();
        em.flush();
        CampaignApi.View v = view(c, progress(List.of(c.id)).getOrDefault(c.id, EMPTY), today(store));
        audit.created(store, ENTITY, c.id, v);
        return v;
    }

    public CampaignApi.View get(String store, UUID id) {
        Campaign c = load(store, id);
        return view(c, progress(List.of(c.id)).getOrDefault(c.id, EMPTY), today(store));
    }

    /** The store's campaigns, newest first, each with its progress (one aggregate over the page's campaigns). */
    public CampaignApi.Page list(String store, String cursor, Integer limit) {
        access.require(store);
        PageRequest page = PageRequest.of(cursor, limit);
        List<Campaign> rows = page.after() == null
                ? Campaign.<Campaign>find("storeCode = ?1 order by id desc", store).page(0, page.fetch()).list()
                : Campaign.<Campaign>find("storeCode = ?1 and id < ?2 order by id desc", store, page.after()).page(0, page.fetch()).list();
        Map<UUID, CampaignApi.Progress> p = progress(rows.stream().map(c -> c.id).toList());
        LocalDate today = today(store);
        var found = page.page(rows, c -> c.id, c -> view(c, p.getOrDefault(c.id, EMPTY), today));
        return new CampaignApi.Page(found.items(), found.nextCursor());
    }

    private static final CampaignApi.Progress EMPTY = new CampaignApi.Progress(0, 0, 0, 0, 0, 0, 0);

    @SuppressWarnings("unchecked")
    private Map<UUID, CampaignApi.Progress> progress(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                select campaign_id, count(*), count(vehicle_id), count(message_channel), count(reached_at), count(appointment_id),
                       count(*) filter (where status = 'DONE')
                from campaign_vehicle where campaign_id = any(?1) group by campaign_id""")
                .setParameter(1, ids.toArray(UUID[]::new)).getResultList();
        Map<UUID, CampaignApi.Progress> m = new HashMap<>();
        for (Object[] r : rows) {
            int vins = n(r[1]);
            int cars = n(r[2]);
            m.put((UUID) r[0], new CampaignApi.Progress(vins, cars, vins - cars, n(r[3]), n(r[4]), n(r[5]), n(r[6])));
        }
        return m;
    }

    // ---- the VIN list -------------------------------------------------------------------------------

    /** One checked row: its line and normalised VIN, or why it is rejected. */
    private record Row(int line, String value, String vin, String reason) {}

    @Transactional
    public CampaignApi.ImportView importVins(String store, UUID campaignId, String fileName, byte[] bytes) {
        Campaign c = load(store, campaignId);
        LocalDate today = today(store);
        if (today.isAfter(c.validTo)) {
            throw new ProblemException(409, "campaign-ended", "Campaign ended", "Campaign " + c.code + " ended on " + c.validTo + "; extend it before importing",
                    List.of(new Violation("validTo", "is before today")), null);
        }
        List<Row> rows = check(ImportFile.read(bytes));
        Instant now = clock.instant();
        CampaignImport imp = new CampaignImport();
        imp.id = Ids.newId(clock);
        imp.storeCode = store;
        imp.campaignId = c.id;
        imp.fileName = fileName == null || fileName.isBlank() ? null : fileName.strip().substring(0, Math.min(255, fileName.strip().length()));
        imp.rowsTotal = rows.size();
        imp.importedBy = user.username();
        imp.createdAt = now;
        List<Row> accepted = rows.stream().filter(r -> r.reason() == null).toList();
        List<CampaignApi.Rejection> rejections = rows.stream().filter(r -> r.reason() != null)
                .map(r -> new CampaignApi.Rejection(r.line(), r.value(), r.reason())).toList();
        imp.rowsAccepted = accepted.size();
        imp.rowsRejected = rejections.size();
        imp.reportCsv = report(rejections);
        Map<String, VehicleService.Summary> cars = vehicles.byVins(store, accepted.stream().map(Row::vin).toList());
        imp.notInArchive = (int) accepted.stream().filter(r -> !cars.containsKey(r.vin())).count();
        imp.persist();
        em.flush();
        String[] vins = accepted.stream().map(Row::vin).toArray(String[]::new);
        Integer[] lines = accepted.stream().map(Row::line).toArray(Integer[]::new);
        UUID[] vehicleIds = accepted.stream().map(r -> cars.containsKey(r.vin()) ? cars.get(r.vin()).id() : null).toArray(UUID[]::new);
        UUID[] owners = accepted.stream().map(r -> cars.containsKey(r.vin()) ? cars.get(r.vin()).ownerId() : null).toArray(UUID[]::new);
        imp.entriesNew = em.createNativeQuery("""
                insert into campaign_vehicle (id, store_code, campaign_id, vin, vehicle_id, customer_id, import_id, line_number, status, created_at)
                select gen_random_uuid(), ?1, ?2, x.vin, x.vehicle_id, x.customer_id, ?3, x.line, 'OPEN', ?4
                from unnest(cast(?5 as varchar[]), cast(?6 as int[]), cast(?7 as uuid[]), cast(?8 as uuid[])) as x (vin, line, vehicle_id, customer_id)
                on conflict (campaign_id, vin) do nothing""")
                .setParameter(1, store).setParameter(2, c.id).setParameter(3, imp.id).setParameter(4, now)
                .setParameter(5, vins).setParameter(6, lines).setParameter(7, vehicleIds).setParameter(8, owners).executeUpdate();
        // VINs of an earlier upload whose car has been put on the archive since: now there is someone to tell.
        em.createNativeQuery("""
                update campaign_vehicle cv set vehicle_id = x.vehicle_id, customer_id = x.customer_id
                from unnest(cast(?2 as varchar[]), cast(?3 as uuid[]), cast(?4 as uuid[])) as x (vin, vehicle_id, customer_id)
                where cv.campaign_id = ?1 and cv.vin = x.vin and cv.vehicle_id is null and x.vehicle_id is not null and cv.status = 'OPEN'""")
                .setParameter(1, c.id).setParameter(2, vins).setParameter(3, vehicleIds).setParameter(4, owners).executeUpdate();
        OutreachDispatch.Sent sent = claim(store, stores.timeZone(store), now);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("campaign", c.code);
        d.put("fileName", imp.fileName);
        d.put("rowsTotal", imp.rowsTotal);
        d.put("accepted", imp.rowsAccepted);
        d.put("rejected", imp.rowsRejected);
        d.put("entriesNew", imp.entriesNew);
        d.put("notInArchive", imp.notInArchive);
        d.put("messages", sent.messages());
        d.put("calls", sent.calls());
        audit.action(store, ENTITY, c.id, "vins-imported", d);
        return importView(imp, rejections, sent);
    }

    /** Every data row checked on its own: the VIN column is found by its header, or the file is one column of VINs. */
    private static List<Row> check(ImportFile.Table table) {
        List<ImportFile.Line> lines = table.lines();
        if (lines.isEmpty()) {
            throw noRows();
        }
        ImportFile.Line first = lines.get(0);
        int column = -1;
        for (int i = 0; i < first.cells().size(); i++) {
            String h = first.cell(i);
            if (h != null && VIN_HEADERS.contains(h.strip().toLowerCase(Locale.ROOT))) {
                column = i;
                break;
            }
        }
        boolean header = column >= 0;
        if (!header) {
            String v = Vin.normalise(first.cell(0));
            if (first.cells().size() != 1 || v == null || v.length() != 17) {
                throw new ProblemException(422, "import-columns", "No VIN column",
                        "The first line has no VIN column (header VIN or 车架号) and is not a VIN of a one-column list",
                        List.of(new Violation("file", "needs a VIN column: header VIN or 车架号, or one VIN a line")), null);
            }
            column = 0;
        }
        List<ImportFile.Line> data = header ? lines.subList(1, lines.size()) : lines;
        if (data.isEmpty()) {
            throw noRows();
        }
        if (data.size() > MAX_ROWS) {
            throw new ProblemException(413, "import-too-large", "Too many rows", "At most " + MAX_ROWS + " VINs per upload; split the file",
                    List.of(new Violation("file", "has more than " + MAX_ROWS + " rows")), null);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Row> out = new ArrayList<>(data.size());
        for (ImportFile.Line l : data) {
            String raw = l.cell(column);
            String vin = Vin.normalise(raw);
            if (vin == null || vin.isEmpty()) {
                out.add(new Row(l.number(), raw, null, "VIN is empty"));
                continue;
            }
            var problem = Vin.problem(vin);
            if (problem.isPresent()) {
                out.add(new Row(l.number(), raw, null, "VIN " + problem.get()));
                continue;
            }
            Integer earlier = seen.putIfAbsent(vin, l.number());
            out.add(earlier != null ? new Row(l.number(), raw, null, "duplicate of line " + earlier) : new Row(l.number(), raw, vin, null));
        }
        return out;
    }

    private static ProblemException noRows() {
        return new ProblemException(422, "import-unreadable", "No rows", "The file has no VINs", List.of(new Violation("file", "has no data rows")), null);
    }

    public CampaignApi.ImportView getImport(String store, UUID campaignId, UUID importId) {
        load(store, campaignId);
        CampaignImport imp = CampaignImport.findById(importId);
        if (imp == null || !imp.storeCode.equals(store) || !imp.campaignId.equals(campaignId)) {
            throw ProblemException.notFound("Campaign import", importId);
        }
        return importView(imp, rejections(imp.reportCsv), null);
    }

    public CampaignApi.ImportPage imports(String store, UUID campaignId, String cursor, Integer limit) {
        load(store, campaignId);
        PageRequest page = PageRequest.of(cursor, limit);
        List<CampaignImport> rows = page.after() == null
                ? CampaignImport.<CampaignImport>find("campaignId = ?1 order by id desc", campaignId).page(0, page.fetch()).list()
                : CampaignImport.<CampaignImport>find("campaignId = ?1 and id < ?2 order by id desc", campaignId, page.after()).page(0, page.fetch()).list();
        var found = page.page(rows, i -> i.id, i -> importView(i, rejections(i.reportCsv), null));
        return new CampaignApi.ImportPage(found.items(), found.nextCursor());
    }

    static String report(List<CampaignApi.Rejection> rejections) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = CSVFormat.DEFAULT.builder().setHeader(REPORT_HEADER).get().print(out)) {
            for (CampaignApi.Rejection r : rejections) {
                p.printRecord(r.line(), r.value(), r.reason());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static List<CampaignApi.Rejection> rejections(String csv) {
        List<CampaignApi.Rejection> out = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader(REPORT_HEADER).setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            for (var r : parser) {
                out.add(new CampaignApi.Rejection(Integer.parseInt(r.get(0)), r.get(1).isEmpty() ? null : r.get(1), r.get(2)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    // ---- messages and calls -------------------------------------------------------------------------

    @Scheduled(every = "${dms.reminders.every:${dms.jobs.every:60s}}", delayed = "${dms.jobs.delay:30s}", identity = "campaign-outreach",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = com.fours.dms.shared.time.ScheduledJobsDisabled.class)
    void scheduled() {
        StoreJobSettings.Columns all = QuarkusTransaction.requiringNew().call(stores::jobSettings);
        for (int i = 0; i < all.codes().length; i++) {
            String code = all.codes()[i];
            ZoneId zone = ZoneId.of(all.timezones()[i]);
            OutreachDispatch.Sent s = QuarkusTransaction.requiringNew().call(() -> claim(code, zone, clock.instant()));
            if (s.messages() + s.calls() > 0) {
                LOG.infof("campaigns %s: %d messages, %d calls", code, s.messages(), s.calls());
            }
        }
    }

    /** Claims the store's linked, unclaimed entries of campaigns running today, once, and sends their messages and calls. */
    @SuppressWarnings("unchecked")
    OutreachDispatch.Sent claim(String store, ZoneId zone, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        List<Object[]> claimed = em.createNativeQuery("""
                update campaign_vehicle cv set claimed_at = ?2
                from campaign c
                where c.id = cv.campaign_id and cv.store_code = ?1 and cv.claimed_at is null and cv.vehicle_id is not null and cv.status = 'OPEN'
                  and c.valid_from <= ?3 and c.valid_to >= ?3
                returning cv.id, cv.vehicle_id, cv.customer_id, c.code, c.kind, c.title_zh, coalesce(c.title_en, c.title_zh), c.work, c.valid_to""")
                .setParameter(1, store).setParameter(2, now).setParameter(3, today).getResultList();
        return dispatch.send(store, "campaign_vehicle", ENTRY,
                claimed.stream().map(r -> new OutreachDispatch.Claimed<>((UUID) r[0], (UUID) r[2], (UUID) r[1], r)).toList(),
                new OutreachDispatch.Compose<Object[]>() {
                    @Override
                    public String messageKind(Object[] r) {
                        return "CAMPAIGN_NOTICE";
                    }

                    @Override
                    public Map<String, Object> values(Object[] r, OutreachDispatch.Contact c) {
                        return Map.of("code", r[3], "campaign", r[5], "campaignEn", r[6], "validTo", r[8].toString());
                    }

                    @Override
                    public NewTask call(Object[] r, OutreachDispatch.Contact c) {
                        boolean recall = CampaignKind.RECALL.name().equals(r[4]);
                        String work = (String) r[7];
                        String title = (recall ? "召回活动通知：" : "技术升级通知：") + r[3] + " " + r[5] + " — " + c.plate() + "，需进行："
                                + (work.length() > 120 ? work.substring(0, 120) + "…" : work) + "（免费），请预约到店";
                        Instant until = ((LocalDate) r[8]).plusDays(1).atStartOfDay(zone).toInstant();
                        return new NewTask(store, TaskType.SERVICE_REMINDER, SubjectType.VEHICLE, (UUID) r[1], (UUID) r[2], (UUID) r[1], title,
                                Roles.CUSTOMER_SERVICE, recall ? TaskPriority.HIGH : TaskPriority.NORMAL, now, until, callKey((UUID) r[0]), ACTOR)
                                .withPurpose(TaskPurpose.RECALL_CAMPAIGN);
                    }
                }, ACTOR);
    }

    static String callKey(UUID entry) {
        return TaskType.SERVICE_REMINDER.name() + ":campaign:" + entry;
    }

    // ---- the car's flag, the call's outcome, the work done -------------------------------------------

    /** The open entries of running campaigns for this vehicle, by its id or (not linked yet) its VIN: the vehicle page, check-in, its order. */
    public CampaignApi.EntryList openForVehicle(String store, UUID vehicleId) {
        CustomerApi.VehicleView v = vehicles.get(store, vehicleId);
        LocalDate today = today(store);
        List<CampaignVehicle> open = CampaignVehicle.list("storeCode = ?1 and status = ?2 and (vehicleId = ?3 or (vehicleId is null and vin = ?4)) order by id",
                store, CampaignVehicle.Status.OPEN, vehicleId, v.vin());
        Map<UUID, Campaign> campaigns = campaigns(open);
        return new CampaignApi.EntryList(open.stream().filter(e -> campaigns.get(e.campaignId).runsOn(today))
                .map(e -> entry(e, campaigns.get(e.campaignId))).toList());
    }

    /** One campaign's VINs in id order, optionally only OPEN or DONE ones. */
    public CampaignApi.EntryPage entries(String store, UUID campaignId, CampaignVehicle.Status status, String cursor, Integer limit) {
        Campaign c = load(store, campaignId);
        PageRequest page = PageRequest.of(cursor, limit);
        List<Object> params = new ArrayList<>(List.of(c.id));
        StringBuilder where = new StringBuilder("campaignId = ?1");
        if (status != null) {
            params.add(status);
            where.append(" and status = ?").append(params.size());
        }
        if (page.after() != null) {
            params.add(page.after());
            where.append(" and id > ?").append(params.size());
        }
        List<CampaignVehicle> rows = CampaignVehicle.<CampaignVehicle>find(where + " order by id", params.toArray()).page(0, page.fetch()).list();
        var found = page.page(rows, e -> e.id, e -> entry(e, c));
        return new CampaignApi.EntryPage(found.items(), found.nextCursor());
    }

    public CampaignApi.Entry getEntry(String store, UUID entryId) {
        CampaignVehicle e = loadEntry(store, entryId);
        return entry(e, Campaign.findById(e.campaignId));
    }

    /** The desk's call reached the customer, or booked the car in: the progress counts it; a booking ends the call. */
    @Transactional
    public CampaignApi.Entry contact(String store, UUID entryId, long expectedVersion, CampaignApi.ContactRequest req) {
        CampaignVehicle e = loadEntry(store, entryId);
        ETags.check(expectedVersion, e.version);
        if (req.outcome() == CampaignApi.ContactOutcome.BOOKED && req.appointmentId() == null) {
            throw ProblemException.validation(List.of(new Violation("appointmentId", "is required for BOOKED (book the appointment from the call first)")));
        }
        Campaign c = Campaign.findById(e.campaignId);
        CampaignApi.Entry before = entry(e, c);
        Instant now = clock.instant();
        if (req.outcome() == CampaignApi.ContactOutcome.BOOKED) {
            e.booked(req.appointmentId(), now);
            tasks.completeByKey(store, callKey(e.id), user.username(), "campaign-booked");
        } else {
            e.reached(now);
        }
        em.flush();
        CampaignApi.Entry after = entry(e, c);
        audit.changed(store, ENTRY, e.id, req.outcome() == CampaignApi.ContactOutcome.BOOKED ? "booked" : "reached", before, after);
        return after;
    }

    /**
     * The campaign work was done on this repair order of the car (the advisor's "campaign done" on the order): the
     * entry is closed, the car is no longer flagged, the call (if still open) is done. The order must be the car's.
     */
    @Transactional
    public CampaignApi.Entry done(String store, UUID entryId, long expectedVersion, CampaignApi.DoneRequest req) {
        CampaignVehicle e = loadEntry(store, entryId);
        ETags.check(expectedVersion, e.version);
        var order = orderOf(store, req.repairOrderId());
        CustomerApi.VehicleView car = vehicles.get(store, order.vehicleId());
        if (e.vehicleId != null ? !e.vehicleId.equals(order.vehicleId()) : !e.vin.equals(car.vin())) {
            throw new ProblemException(422, "campaign-order-vehicle", "Order of another car",
                    "Order " + order.number() + " is for " + car.vin() + ", not for the campaign's " + e.vin,
                    List.of(new Violation("repairOrderId", "is an order of another vehicle")), null);
        }
        Campaign c = Campaign.findById(e.campaignId);
        CampaignApi.Entry before = entry(e, c);
        e.done(car.id(), car.owner().id(), order.id(), blankToNull(req.note()), user.username(), clock.instant());
        tasks.completeByKey(store, callKey(e.id), user.username(), "campaign-done");
        em.flush();
        CampaignApi.Entry after = entry(e, c);
        audit.changed(store, ENTRY, e.id, "done", before, after);
        return after;
    }

    private com.fours.dms.repairorder.api.RepairOrderApi.View orderOf(String store, UUID id) {
        try {
            return orders.get(store, id);
        } catch (ProblemException p) {
            if (p.status() == 404) {
                throw new ProblemException(422, "unknown-reference", "Unknown reference", "No repair order " + id + " in store " + store,
                        List.of(new Violation("repairOrderId", "no such repair order in this store")), null);
            }
            throw p;
        }
    }

    // ---- views --------------------------------------------------------------------------------------

    private Map<UUID, Campaign> campaigns(List<CampaignVehicle> entries) {
        List<UUID> ids = entries.stream().map(e -> e.campaignId).distinct().toList();
        Map<UUID, Campaign> m = new HashMap<>();
        if (!ids.isEmpty()) {
            Campaign.<Campaign>list("id in ?1", ids).forEach(c -> m.put(c.id, c));
        }
        return m;
    }

    private static CampaignApi.View view(Campaign c, CampaignApi.Progress p, LocalDate today) {
        return new CampaignApi.View(c.id, c.code, c.kind, c.titleZh, c.titleEn, c.description, c.work, c.validFrom, c.validTo, c.runsOn(today), p,
                c.createdBy, c.createdAt, c.version);
    }

    private static CampaignApi.ImportView importView(CampaignImport i, List<CampaignApi.Rejection> rejections, OutreachDispatch.Sent sent) {
        return new CampaignApi.ImportView(i.id, i.campaignId, i.fileName, i.rowsTotal, i.rowsAccepted, i.rowsRejected, i.entriesNew, i.notInArchive,
                sent == null ? 0 : sent.messages(), sent == null ? 0 : sent.calls(), rejections, i.importedBy, i.createdAt);
    }

    private static CampaignApi.Entry entry(CampaignVehicle e, Campaign c) {
        return new CampaignApi.Entry(e.id, c.id, c.code, c.kind, c.titleZh, c.titleEn, c.work, c.validTo, e.vin, e.vehicleId, e.customerId, e.lineNumber,
                e.messageChannel, e.messageSkipped, e.reachedAt, e.appointmentId, e.bookedAt, e.status, e.doneOrderId, e.doneBy, e.doneAt, e.doneNote,
                e.availableActions(), e.version);
    }

    private Campaign load(String store, UUID id) {
        return access.owned(store, Campaign.<Campaign>findById(id), c -> c.storeCode, "Campaign", id);
    }

    private CampaignVehicle loadEntry(String store, UUID id) {
        return access.owned(store, CampaignVehicle.<CampaignVehicle>findById(id), e -> e.storeCode, "Campaign entry", id);
    }

    private LocalDate today(String store) {
        return clock.instant().atZone(stores.timeZone(store)).toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int n(Object o) {
        return ((Number) o).intValue();
    }
}
