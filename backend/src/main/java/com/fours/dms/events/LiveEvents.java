package com.fours.dms.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fours.dms.events.api.EventsApi;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Live updates across backend instances (issue 9): every instance LISTENs on one connection of its
 * own (not one of the pool's) to the NOTIFY the database sends when an event commits (V100), and
 * hands each event to this instance's stream subscribers of that store. The listening thread
 * reconnects by itself when the connection breaks (a database restart), with a growing pause, and
 * then reads from the table what its subscribers missed meanwhile, so nothing is lost.
 */
@ApplicationScoped
public class LiveEvents {
    static final String CHANNEL = "dms_domain_event";
    private static final Logger LOG = Logger.getLogger(LiveEvents.class);
    /** Events a reconnect or a resume replays at most; beyond that the subscriber is told to reload (resync). */
    static final int REPLAY_LIMIT = 500;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @ConfigProperty(name = "dms.events.listen", defaultValue = "true")
    boolean enabled;

    /** How long one wait for notifications lasts; after it an idle connection is checked with a query. */
    @ConfigProperty(name = "dms.events.listen-check", defaultValue = "PT15S")
    Duration check;

    @Inject
    EventFeed feed;

    @Inject
    ObjectMapper mapper;

    private final Map<String, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Connection connection;
    private Thread thread;

    void start(@Observes StartupEvent e) {
        if (!enabled) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("dms-event-listener").daemon().start(this::listen);
    }

    void stop(@Observes ShutdownEvent e) {
        running = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing is all we wanted
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** A stream subscriber of one store; it receives each of the store's events once, in order. */
    Subscriber subscribe(String store, long after, Consumer<EventsApi.Signal> sink) {
        Subscriber s = new Subscriber(store, after, sink);
        subscribers.computeIfAbsent(store, k -> new CopyOnWriteArraySet<>()).add(s);
        return s;
    }

    void unsubscribe(Subscriber s) {
        Set<Subscriber> set = subscribers.get(s.store);
        if (set != null) {
            set.remove(s);
        }
    }

    private void listen() {
        long pause = 100;
        boolean first = true;
        while (running) {
            try (Connection c = open()) {
                connection = c;
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                LOG.infof("listening for domain events (channel %s)%s", CHANNEL, first ? "" : " again");
                if (!first) {
                    catchUp();
                }
                first = false;
                pause = 100;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = pg.getNotifications((int) check.toMillis());
                    if (received == null || received.length == 0) {
                        try (Statement st = c.createStatement()) {
                            st.execute("select 1"); // an idle connection that died answers here, not in getNotifications
                        }
                        continue;
                    }
                    for (PGNotification n : received) {
                        dispatch(n.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException ex) {
                if (!running) {
                    break;
                }
                if (listening) {
                    LOG.warnf("lost the database connection that listens for domain events (%s); reconnecting", ex.getMessage());
                }
            } finally {
                listening = false;
                connection = null;
            }
            try {
                Thread.sleep(pause); // the database is away: wait a little longer each time, at most 5 s
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                break;
            }
            pause = Math.min(pause * 2, 5000);
        }
    }

    private Connection open() throws SQLException {
        Properties p = new Properties();
        username.ifPresent(u -> p.setProperty("user", u));
        password.ifPresent(pw -> p.setProperty("password", pw));
        p.setProperty("ApplicationName", "dms-event-listener");
        p.setProperty("connectTimeout", "3");
        p.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(url, p);
    }

    void dispatch(String json) {
        try {
            JsonNode n = mapper.readTree(json);
            String store = n.path("store").asText();
            Set<Subscriber> set = subscribers.get(store);
            if (set == null || set.isEmpty()) {
                return;
            }
            long sequence = n.path("sequence").asLong();
            UUID id = UUID.fromString(n.path("id").asText());
            EventsApi.Signal s = new EventsApi.Signal(sequence, EventFeed.cursor(sequence, id).encode(), n.path("type").asText(),
                    n.path("subjectType").asText(), UUID.fromString(n.path("subjectId").asText()),
                    n.path("repairOrderId").isNull() || n.path("repairOrderId").isMissingNode() ? null : UUID.fromString(n.path("repairOrderId").asText()),
                    OffsetDateTime.parse(n.path("occurredAt").asText()).toInstant());
            set.forEach(sub -> sub.deliver(s));
        } catch (Exception ex) {
            LOG.warnf("a domain event notification could not be read (%s): %s", ex.getMessage(), json);
        }
    }

    /** After a reconnect: what each store's subscribers missed while nobody listened, from the table. */
    private void catchUp() {
        subscribers.forEach((store, set) -> {
            long from = set.stream().mapToLong(Subscriber::last).min().orElse(Long.MAX_VALUE);
            if (from == Long.MAX_VALUE) {
                return;
            }
            List<EventsApi.Signal> missed = QuarkusTransaction.requiringNew().call(() -> feed.signalsAfter(store, from, REPLAY_LIMIT));
            set.forEach(sub -> {
                if (missed.size() == REPLAY_LIMIT) {
                    sub.resync(feedLast(store));
                } else {
                    missed.forEach(sub::deliver);
                }
            });
        });
    }

    long feedLast(String store) {
        return QuarkusTransaction.requiringNew().call(() -> feed.lastSequence(store));
    }

    /**
     * One stream: while it replays (Last-Event-ID), live events wait in a buffer; afterwards each
     * event is passed on once, in sequence order (a reconnect's catch-up may offer one again).
     */
    final class Subscriber {
        final String store;
        private final Consumer<EventsApi.Signal> sink;
        private long last;
        private boolean replaying = true;
        private final List<EventsApi.Signal> buffer = new java.util.ArrayList<>();
        private Runnable onResync = () -> {};

        Subscriber(String store, long after, Consumer<EventsApi.Signal> sink) {
            this.store = store;
            this.last = after;
            this.sink = sink;
        }

        synchronized long last() {
            return last;
        }

        synchronized void onResync(Runnable r) {
            onResync = r;
        }

        synchronized void deliver(EventsApi.Signal s) {
            if (replaying) {
                buffer.add(s);
            } else if (s.sequence() > last) {
                last = s.sequence();
                sink.accept(s);
            }
        }

        /** Too much was missed to replay: the client reloads what it shows and goes on from now. */
        synchronized void resync(long now) {
            last = Math.max(last, now);
            onResync.run();
        }

        /** Ends the replay: the replayed events, then what arrived meanwhile, each once. */
        synchronized void live(List<EventsApi.Signal> replayed) {
            replaying = false;
            replayed.forEach(this::deliver);
            buffer.sort(Comparator.comparingLong(EventsApi.Signal::sequence));
            buffer.forEach(this::deliver);
            buffer.clear();
        }
    }
}
