/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.core.KeyRedactor;
import ai.cohesivity.management.ManagementApi;

/**
 * Reads the account's observability picture ({@code GET /api/observability}) with the
 * management key of a claimed tenant. An ephemeral tenant is refused with
 * {@link ai.cohesivity.core.CohesivityObservabilityRequiresClaimException}; a bad key
 * with {@link ai.cohesivity.core.CohesivityUnauthorizedException}.
 * <p>
 * Paged slices (events, ledger, notifications, recent events, webhooks) can be read whole
 * as a {@link Flux} that follows {@code next_cursor} page by page, on demand.
 */
public class ObservabilityClient {

	private final ManagementApi api;

	/**
	 * Create a client.
	 * @param api the control-plane API
	 */
	public ObservabilityClient(ManagementApi api) {
		this.api = api;
	}

	/**
	 * Return the default snapshot (Cohesivity's default slices and window).
	 * @return the snapshot
	 */
	public Mono<ObservabilitySnapshot> snapshot() {
		return snapshot(ObservabilityQuery.defaults());
	}

	/**
	 * Return a snapshot; retried per the retry policy (it is a read).
	 * @param query the query
	 * @return the snapshot
	 */
	public Mono<ObservabilitySnapshot> snapshot(ObservabilityQuery query) {
		return send(query, true);
	}

	/**
	 * Return a snapshot with one request and no retry, for a caller with its own schedule
	 * (a poller) that must know how many requests it sends.
	 * @param query the query
	 * @return the snapshot
	 */
	public Mono<ObservabilitySnapshot> snapshotOnce(ObservabilityQuery query) {
		return send(query, false);
	}

	/**
	 * Return every usage event the query selects, following {@code next_cursor}.
	 * @param query the query ({@code include} is replaced by {@code events})
	 * @return the events, oldest page first
	 */
	public Flux<ObservabilitySnapshot.UsageEvent> events(ObservabilityQuery query) {
		return pages(query, ObservabilitySlice.EVENTS, ObservabilitySnapshot::events);
	}

	/**
	 * Return every wallet ledger entry the query selects, following {@code next_cursor}.
	 * @param query the query ({@code include} is replaced by {@code ledger})
	 * @return the entries
	 */
	public Flux<ObservabilitySnapshot.LedgerEntry> ledger(ObservabilityQuery query) {
		return pages(query, ObservabilitySlice.LEDGER, ObservabilitySnapshot::ledger);
	}

	/**
	 * Return every notification the query selects, following {@code next_cursor}.
	 * @param query the query ({@code include} is replaced by {@code notifications})
	 * @return the notifications
	 */
	public Flux<ObservabilitySnapshot.Notification> notifications(ObservabilityQuery query) {
		return pages(query, ObservabilitySlice.NOTIFICATIONS, ObservabilitySnapshot::notifications);
	}

	/**
	 * Return every recent event the query selects, following {@code next_cursor}.
	 * @param query the query ({@code include} is replaced by {@code recent_events})
	 * @return the recent events
	 */
	public Flux<ObservabilitySnapshot.RecentEvent> recentEvents(ObservabilityQuery query) {
		return pages(query, ObservabilitySlice.RECENT_EVENTS, ObservabilitySnapshot::recentEvents);
	}

	/**
	 * Return every processed webhook the query selects, following {@code next_cursor}.
	 * @param query the query ({@code include} is replaced by {@code webhook_history})
	 * @return the webhooks
	 */
	public Flux<ObservabilitySnapshot.WebhookDelivery> webhookHistory(ObservabilityQuery query) {
		return pages(query, ObservabilitySlice.WEBHOOK_HISTORY, ObservabilitySnapshot::webhookHistory);
	}

	private <T> Flux<T> pages(ObservabilityQuery query, ObservabilitySlice slice,
			Function<ObservabilitySnapshot, @Nullable ObservabilityPage<T>> pageOf) {
		ObservabilityQuery first = query.include(slice);
		return Flux.defer(() -> {
			Set<String> requested = ConcurrentHashMap.newKeySet();
			Function<ObservabilityQuery, Mono<ObservabilityPage<T>>> fetch = (pageQuery) -> snapshot(pageQuery)
				.map((snapshot) -> {
					ObservabilityPage<T> page = pageOf.apply(snapshot);
					return (page != null) ? page : new ObservabilityPage<T>(java.util.List.of(), null);
				});
			return fetch.apply(first).expand((page) -> {
				String next = page.nextCursor();
				if (next == null) {
					return Mono.empty();
				}
				if (!requested.add(next)) {
					return Mono.error(new CohesivityException("GET /api/observability returned next_cursor '"
							+ KeyRedactor.redact(next) + "' twice for " + slice.wireName() + "; stopped paging"));
				}
				return fetch.apply(first.cursor(next));
			}).concatMapIterable(ObservabilityPage::items);
		});
	}

	private Mono<ObservabilitySnapshot> send(ObservabilityQuery query, boolean retry) {
		return this.api.send(query.toRequest(), retry).map(ObservabilityClient::read);
	}

	static ObservabilitySnapshot read(JsonNode body) {
		try {
			ObservabilitySnapshot snapshot = Json.MAPPER.treeToValue(body, ObservabilitySnapshot.class);
			if (snapshot == null) {
				throw new MalformedSnapshotException("Malformed response to GET /api/observability: empty body",
						new IllegalStateException("null snapshot"));
			}
			return snapshot;
		}
		catch (JacksonException ex) {
			throw new MalformedSnapshotException(
					"Malformed response to GET /api/observability: " + KeyRedactor.redact(ex.getOriginalMessage()), ex);
		}
	}

}
