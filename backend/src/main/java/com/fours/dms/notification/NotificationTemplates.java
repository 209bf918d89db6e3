package com.fours.dms.notification;

import com.fours.dms.notification.api.NotificationApi;
import com.fours.dms.notification.api.NotificationApiTemplateBuilder;
import com.fours.dms.shared.audit.AuditLog;
import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import com.fours.dms.shared.security.CurrentUser;
import com.fours.dms.shared.security.StoreAccess;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Message texts (R-APT-5, R-APT-6): the defaults shipped in {@code notification/templates.properties},
 * overridden per store in {@code notification_template}. Placeholders are {@code {{name}}}; each kind
 * allows a fixed set, so a template can never ask for something the sender does not provide. Codes are
 * rendered through {@code notification/labels.properties} and times in the store's zone, so no raw
 * code (GENERAL, MAINTENANCE_BOOKLET) reaches a customer.
 */
@ApplicationScoped
public class NotificationTemplates {
    private static final Logger LOG = Logger.getLogger(NotificationTemplates.class);
    public static final String DEFAULT_LANGUAGE = "zh-CN";
    public static final List<String> LANGUAGES = List.of("zh-CN", "en");
    static final String ENTITY = "notification-template";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");
    private static final Map<String, DateTimeFormatter> TIME = Map.of(
            "zh-CN", DateTimeFormatter.ofPattern("M月d日 HH:mm", Locale.SIMPLIFIED_CHINESE),
            "en", DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH));

    /** One template key: what it is about, to whom, in which language. */
    public record Key(String kind, Notifications.Audience audience, String language) {
        String id() {
            return kind + "/" + audience + "/" + language;
        }
    }

    record Text(String title, String body) {}

    public record Rendered(String title, String body) {}

    private final Map<Key, Text> defaults = new HashMap<>();
    private final Map<String, Set<String>> placeholders = new HashMap<>();
    private final Properties labels = new Properties();

    @Inject
    EntityManager em;

    @Inject
    StoreAccess access;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        Properties p = read("notification/templates.properties");
        read(labels, "notification/labels.properties");
        for (String name : p.stringPropertyNames()) {
            String[] parts = name.split("\\.");
            if (parts.length == 2 && parts[1].equals("placeholders")) {
                Set<String> allowed = new TreeSet<>(List.of(p.getProperty(name).split(",")));
                allowed.add("store");
                placeholders.put(parts[0], allowed);
            }
        }
        for (String name : p.stringPropertyNames()) {
            String[] parts = name.split("\\.");
            if (parts.length == 4 && parts[3].equals("body")) {
                Key key = new Key(parts[0], Notifications.Audience.valueOf(parts[1]), parts[2]);
                defaults.put(key, new Text(p.getProperty(String.join(".", parts[0], parts[1], parts[2], "title")), p.getProperty(name)));
            }
        }
    }

    private static Properties read(String resource) {
        return read(new Properties(), resource);
    }

    private static Properties read(Properties into, String resource) {
        try (Reader r = new InputStreamReader(NotificationTemplates.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            into.load(r);
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills the store's template for the message (the store's text if it has one, else the default). */
    Rendered render(OutgoingMessage m, String storeName, ZoneId zone) {
        return render(m, storeName, zone, null);
    }

    /** The same, reading each store's template once per {@code cache} (a batch of one store's messages). */
    Rendered render(OutgoingMessage m, String storeName, ZoneId zone, Map<Key, Object> cache) {
        Key key = new Key(m.kind, m.audience, LANGUAGES.contains(m.language) ? m.language : DEFAULT_LANGUAGE);
        Text t = cache == null ? effective(m.store, key) : (Text) cache.computeIfAbsent(new Key(m.store + "|" + m.kind, m.audience, key.language()),
                k -> effective(m.store, key));
        if (t == null) {
            throw new IllegalStateException("no template for " + key.id());
        }
        Map<String, Object> values = new HashMap<>(m.values);
        values.putIfAbsent("store", storeName);
        return new Rendered(fill(t.title(), values, key.language(), zone), fill(t.body(), values, key.language(), zone));
    }

    private String fill(String template, Map<String, Object> values, String language, ZoneId zone) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(format(values.get(matcher.group(1)), language, zone)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String format(Object value, String language, ZoneId zone) {
        if (value == null) {
            return label("none", language);
        }
        if (value instanceof Instant at) {
            return TIME.get(language).format(at.atZone(zone));
        }
        if (value instanceof BigDecimal n) {
            return n.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        if (value instanceof OutgoingMessage.Codes codes) {
            boolean flag = "flag".equals(codes.group());
            if (codes.codes().isEmpty()) {
                return flag ? "" : label("none", language);
            }
            return codes.codes().stream().map(c -> label(codes.group() + "." + c, language))
                    .collect(Collectors.joining(flag ? "" : label("separator", language)));
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? label("none", language)
                    : list.stream().map(x -> format(x, language, zone)).collect(Collectors.joining(label("separator", language)));
        }
        return value.toString();
    }

    /** The name of a code in a language; a code without a name is never shown raw (the message says "other" and the log warns). */
    String label(String code, String language) {
        String v = labels.getProperty(code + "." + language);
        if (v == null) {
            LOG.warnf("no %s label for %s", language, code);
            return "zh-CN".equals(language) ? "其他" : "other";
        }
        return v;
    }

    /** True when every code of the group has a name in every language (tests check the enums against it). */
    public boolean hasLabel(String group, String code) {
        return LANGUAGES.stream().allMatch(l -> labels.getProperty(group + "." + code + "." + l) != null);
    }

    private Text effective(String store, Key key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select title, body from notification_template where store_code = ?1 and kind = ?2 and audience = ?3 and language = ?4")
                .setParameter(1, store).setParameter(2, key.kind()).setParameter(3, key.audience().name()).setParameter(4, key.language()).getResultList();
        return rows.isEmpty() ? defaults.get(key) : new Text((String) rows.get(0)[0], (String) rows.get(0)[1]);
    }

    // ---- the store's templates through the API ---------------------------------------------

    @SuppressWarnings("unchecked")
    public List<NotificationApi.Template> list(String store) {
        access.require(store);
        Map<Key, Object[]> custom = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("select kind, audience, language, title, body, updated_at, updated_by from notification_template where store_code = ?1")
                .setParameter(1, store).getResultList();
        rows.forEach(r -> custom.put(new Key((String) r[0], Notifications.Audience.valueOf((String) r[1]), (String) r[2]), r));
        List<NotificationApi.Template> out = new ArrayList<>();
        defaults.keySet().stream().sorted(java.util.Comparator.comparing(Key::kind).thenComparing(Key::audience).thenComparing(Key::language))
                .forEach(k -> out.add(view(k, custom.get(k))));
        return out;
    }

    private NotificationApi.Template view(Key k, Object[] custom) {
        Text d = defaults.get(k);
        return NotificationApiTemplateBuilder.stagedBuilder()
                .kind(k.kind()).audience(k.audience().name()).language(k.language())
                .title(custom == null ? d.title() : (String) custom[3]).body(custom == null ? d.body() : (String) custom[4])
                .placeholders(List.copyOf(placeholders.get(k.kind())))
                .customized(custom != null)
                .updatedAt(custom == null ? null : com.fours.dms.shared.persistence.SqlValues.instant(custom[5]))
                .updatedBy(custom == null ? null : (String) custom[6])
                .build();
    }

    /** A service manager rewrites one of the store's texts; placeholders are checked against the kind's list (audited). */
    @Transactional
    public NotificationApi.Template update(String store, String kind, Notifications.Audience audience, String language, NotificationApi.TemplateRequest req) {
        access.require(store);
        Key key = new Key(kind, audience, language);
        if (!defaults.containsKey(key)) {
            throw ProblemException.notFound("Notification template", key.id());
        }
        List<Violation> violations = new ArrayList<>();
        check("title", req.title(), placeholders.get(kind), violations);
        check("body", req.body(), placeholders.get(kind), violations);
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "template-placeholder", "Template not usable",
                    "A template may only use the placeholders of its kind: " + String.join(", ", placeholders.get(kind)), violations, null);
        }
        NotificationApi.Template before = list(store).stream().filter(v -> v.kind().equals(kind) && v.audience().equals(audience.name())
                && v.language().equals(language)).findFirst().orElseThrow();
        em.createNativeQuery("""
                insert into notification_template (store_code, kind, audience, language, title, body, updated_at, updated_by)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                on conflict (store_code, kind, audience, language) do update set title = excluded.title, body = excluded.body,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .setParameter(1, store).setParameter(2, kind).setParameter(3, audience.name()).setParameter(4, language)
                .setParameter(5, req.title().strip()).setParameter(6, req.body().strip()).setParameter(7, clock.instant())
                .setParameter(8, user.username()).executeUpdate();
        Object[] row = {kind, audience.name(), language, req.title().strip(), req.body().strip(), clock.instant(), user.username()};
        NotificationApi.Template after = view(key, row);
        audit.changed(store, ENTITY, key.id(), "template-changed", before, after);
        return after;
    }

    private static void check(String field, String text, Set<String> allowed, List<Violation> violations) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!allowed.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        if (!unknown.isEmpty()) {
            violations.add(new Violation(field, "unknown placeholder(s) " + unknown.stream().map(u -> "{{" + u + "}}").collect(Collectors.joining(", "))));
        }
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        if (rest.contains("{{") || rest.contains("}}")) {
            violations.add(new Violation(field, "has an unclosed or malformed {{placeholder}}"));
        }
    }
}
