package com.fours.dms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per table (STYLE.md, issue "make what is there true"): a context reads or writes
 * another context's data only through that context's service, never by SQL on its tables. The
 * owners are listed here; every table a migration creates must have one, and the SQL in each
 * context's code (string literals and text blocks) may name only tables its context owns.
 */
class TableOwnershipTest {
    static final Path SOURCES = Path.of("src/main/java/com/fours/dms");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Table → the context (top-level package under com.fours.dms) that owns it. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("store", "store"),
            Map.entry("store_opening_hours", "store"),
            Map.entry("store_holiday", "store"),
            Map.entry("audit_entry", "shared"),
            Map.entry("idempotency_record", "shared"),
            Map.entry("customer", "customer"),
            Map.entry("customer_phone", "customer"),
            Map.entry("vehicle", "customer"),
            Map.entry("vehicle_ownership", "customer"),
            Map.entry("service_advisor", "workshop"),
            Map.entry("bay", "workshop"),
            Map.entry("technician", "workshop"),
            Map.entry("service_type", "workshop"),
            Map.entry("technician_shift", "workshop"),
            Map.entry("technician_absence", "workshop"),
            Map.entry("capacity_use", "workshop"),
            Map.entry("workshop_hold", "workshop"),
            Map.entry("appointment", "appointment"),
            Map.entry("appointment_service", "appointment"),
            Map.entry("appointment_part", "appointment"),
            Map.entry("appointment_readiness", "appointment"),
            Map.entry("notification", "notification"),
            Map.entry("notification_template", "notification"),
            Map.entry("task", "followup"),
            Map.entry("task_attempt", "followup"),
            Map.entry("followup_settings", "followup"),
            Map.entry("contact_consent", "followup"),
            Map.entry("reminder_vehicle", "reminder"),
            Map.entry("reminder_cycle", "reminder"),
            Map.entry("declined_work", "reminder"),
            Map.entry("declined_work_follow_up", "reminder"),
            Map.entry("reminder_outreach", "reminder"),
            Map.entry("campaign", "reminder"),
            Map.entry("campaign_import", "reminder"),
            Map.entry("campaign_vehicle", "reminder"),
            Map.entry("feedback_delivery", "feedback"),
            Map.entry("survey_template", "feedback"),
            Map.entry("survey_response", "feedback"),
            Map.entry("survey_answer", "feedback"),
            Map.entry("complaint", "feedback"),
            Map.entry("complaint_transition", "feedback"),
            Map.entry("repair_order", "repairorder"),
            Map.entry("repair_order_line", "repairorder"),
            Map.entry("repair_order_carried_item", "repairorder"),
            Map.entry("found_not_fixed", "repairorder"),
            Map.entry("canned_job", "repairorder"),
            Map.entry("canned_job_line", "repairorder"),
            Map.entry("repair_order_signature", "repairorder"),
            Map.entry("check_in_inspection", "inspection"),
            Map.entry("key_assignment", "inspection"),
            Map.entry("inspection_photo", "inspection"),
            Map.entry("photo_blob", "inspection"),
            Map.entry("workshop_job", "dispatch"),
            Map.entry("workshop_job_crew", "dispatch"),
            Map.entry("time_punch", "dispatch"),
            Map.entry("job_progress_check", "dispatch"),
            Map.entry("promised_delivery_revision", "repairorder"),
            Map.entry("supplementary_item", "approval"),
            Map.entry("supplementary_item_version", "approval"),
            Map.entry("supplementary_item_photo", "approval"),
            Map.entry("approval_link", "approval"),
            Map.entry("approval_ledger_entry", "approval"),
            Map.entry("approval_ledger_item", "approval"),
            Map.entry("domain_event", "events"),
            Map.entry("webhook_subscription", "webhook"),
            Map.entry("webhook_delivery", "webhook"),
            Map.entry("webhook_attempt", "webhook"),
            Map.entry("catalogue_part", "catalogue"),
            Map.entry("catalogue_supersession", "catalogue"),
            Map.entry("catalogue_stock", "catalogue"),
            Map.entry("catalogue_reservation", "catalogue"),
            Map.entry("catalogue_stock_issue", "catalogue"),
            Map.entry("catalogue_operation", "catalogue"),
            Map.entry("catalogue_operation_hours", "catalogue"),
            Map.entry("catalogue_import", "catalogue"),
            Map.entry("qc_inspector", "qualitycheck"),
            Map.entry("qc_self_check", "qualitycheck"),
            Map.entry("qc_inspection", "qualitycheck"),
            Map.entry("qc_old_part", "qualitycheck"),
            Map.entry("qc_internal_handover", "qualitycheck"),
            Map.entry("settlement_settings", "settlement"),
            Map.entry("settlement_counter", "settlement"),
            Map.entry("settlement", "settlement"),
            Map.entry("settlement_line", "settlement"),
            Map.entry("settlement_discount", "settlement"),
            Map.entry("settlement_payment", "settlement"),
            Map.entry("settlement_delivery", "settlement"),
            Map.entry("settlement_warranty_claim", "settlement"),
            Map.entry("receivable_account", "receivable"),
            Map.entry("receivable", "receivable"),
            Map.entry("receivable_entry", "receivable"));

    private static final Pattern CREATE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern RENAME = Pattern.compile("(?i)alter\\s+table\\s+(?:if\\s+exists\\s+)?([a-z_][a-z0-9_]*)\\s+rename\\s+to\\s+([a-z_][a-z0-9_]*)");
    private static final Pattern DROP = Pattern.compile("(?i)drop\\s+table\\s+(?:if\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern TABLE_REF = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)");

    @Test
    void everyTableHasAnOwner() {
        Set<String> tables = new TreeSet<>();
        Set<String> dropped = new TreeSet<>();
        forEachFile(MIGRATIONS, ".sql", (path, text) -> {
            CREATE.matcher(text).results().forEach(m -> tables.add(m.group(1).toLowerCase(Locale.ROOT)));
            DROP.matcher(text).results().forEach(m -> dropped.add(m.group(1).toLowerCase(Locale.ROOT)));
            RENAME.matcher(text).results().forEach(m -> {
                dropped.add(m.group(1).toLowerCase(Locale.ROOT));
                tables.add(m.group(2).toLowerCase(Locale.ROOT));
            });
        });
        tables.removeAll(dropped);
        Set<String> unowned = new TreeSet<>(tables);
        unowned.removeAll(OWNERS.keySet());
        assertEquals(Set.of(), unowned, "tables without an owner: add them to OWNERS");
    }

    @Test
    void contextsUseOnlyTheirOwnTablesInSql() {
        List<String> violations = new ArrayList<>();
        forEachFile(SOURCES, ".java", (path, text) -> {
            String context = SOURCES.relativize(path).getName(0).toString();
            for (String sql : literals(text)) {
                Matcher m = TABLE_REF.matcher(sql);
                while (m.find()) {
                    String table = m.group(1).toLowerCase(Locale.ROOT);
                    String owner = OWNERS.get(table);
                    if (owner != null && !owner.equals(context)) {
                        violations.add(SOURCES.relativize(path) + ": SQL on " + table + " (owned by " + owner + ")");
                    }
                }
            }
        });
        assertEquals(List.of(), violations.stream().distinct().sorted().toList(),
                "a context reads another's tables only through that context's service");
    }

    private static List<String> literals(String java) {
        List<String> out = new ArrayList<>();
        Matcher blocks = TEXT_BLOCK.matcher(java);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (blocks.find()) {
            out.add(blocks.group(1));
            rest.append(java, last, blocks.start());
            last = blocks.end();
        }
        rest.append(java.substring(last));
        String code = rest.toString().lines().map(l -> l.replaceFirst("^\\s*(//|\\*|/\\*).*", "")).collect(Collectors.joining("\n"));
        STRING.matcher(code).results().forEach(m -> out.add(m.group(1)));
        return out;
    }

    private interface FileVisitor {
        void visit(Path path, String text);
    }

    private static void forEachFile(Path root, String suffix, FileVisitor visitor) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                visitor.visit(p, Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
