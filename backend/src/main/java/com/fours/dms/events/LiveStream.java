package com.fours.dms.events;

import com.fours.dms.events.api.EventsApi;
import com.fours.dms.shared.persistence.Cursor;
import com.fours.dms.shared.security.StoreAccess;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A store's live stream as server-sent events (issue 9): first a {@code :connected} comment (the
 * stream is registered from then on), the events after Last-Event-ID if the client gives one
 * (replayed from the table, so a reconnecting client misses nothing), then each event as it commits
 * on any backend instance. A comment every {@code dms.events.heartbeat} keeps proxies from closing an
 * idle stream. The stream ends after the caller's token lifetime (at most an hour); the client
 * reconnects with a fresh token and its Last-Event-ID.
 */
@ApplicationScoped
public class LiveStream {
    /** The SSE event that tells a client it missed too much to replay: reload what it shows. */
    public static final String RESYNC = "resync";
    static final Duration LONGEST = Duration.ofHours(1);

    @Inject
    StoreAccess access;

    @Inject
    EventFeed feed;

    @Inject
    LiveEvents live;

    @Inject
    JsonWebToken jwt;

    @ConfigProperty(name = "dms.events.heartbeat", defaultValue = "PT15S")
    Duration heartbeat;

    /** Runs on a worker thread (it reads the table); the returned stream is fed by the listening thread. */
    public Multi<OutboundSseEvent> open(String store, String lastEventId, Sse sse) {
        access.require(store);
        Cursor resume = lastEventId == null || lastEventId.isBlank() ? null : Cursor.decode(lastEventId);
        long after = resume == null ? feed.lastSequence(store) : EventFeed.sequenceOf(resume);
        UnicastProcessor<OutboundSseEvent> out = UnicastProcessor.create();
        var serialized = out.serialized();
        LiveEvents.Subscriber sub = live.subscribe(store, after, s -> serialized.onNext(event(sse, s)));
        try {
            sub.onResync(() -> serialized.onNext(sse.newEventBuilder().name(RESYNC).data("{}").mediaType(MediaType.APPLICATION_JSON_TYPE).build()));
            serialized.onNext(sse.newEventBuilder().comment("connected").reconnectDelay(2000).build());
            List<EventsApi.Signal> replayed = resume == null ? List.of() : feed.signalsAfter(store, after, LiveEvents.REPLAY_LIMIT);
            if (replayed.size() == LiveEvents.REPLAY_LIMIT) {
                sub.resync(feed.lastSequence(store));
                replayed = List.of();
            }
            sub.live(replayed);
        } catch (RuntimeException e) {
            live.unsubscribe(sub); // the replay failed (database away): no stream, no subscriber left behind
            throw e;
        }
        Multi<OutboundSseEvent> beats = Multi.createFrom().ticks().every(heartbeat).map(t -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(serialized, beats)
                .select().first(lifetime())
                .onTermination().invoke(() -> live.unsubscribe(sub));
    }

    private Duration lifetime() {
        long issued = jwt.getIssuedAtTime();
        long expires = jwt.getExpirationTime();
        if (issued <= 0 || expires <= issued) {
            return LONGEST;
        }
        Duration d = Duration.ofSeconds(expires - issued);
        return d.compareTo(LONGEST) < 0 ? d : LONGEST;
    }

    private static OutboundSseEvent event(Sse sse, EventsApi.Signal s) {
        return sse.newEventBuilder().id(s.cursor()).name(s.type()).data(EventsApi.Signal.class, s).mediaType(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
