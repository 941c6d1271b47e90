/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.actuate;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;

/**
 * The answer of the {@code cohesivity} Actuator endpoint. Timestamps are ISO-8601
 * strings, durations ISO-8601 durations, money in cents. Never contains a key or token.
 *
 * @param tenant the tenant
 * @param edgeToken the edge session token's state
 * @param resources the provisioned offerings ({@code GET /api/status})
 * @param snapshot the last observability snapshot and how the poller is doing
 * @param bucketsUnderPressure shared buckets at 50 % or more of their limit
 * @param advisories Cohesivity's advisories with the action to take
 */
public record CohesivityDescriptor(Tenant tenant, EdgeToken edgeToken, List<Resource> resources, Snapshot snapshot,
		List<Bucket> bucketsUnderPressure, List<Advisory> advisories) implements OperationResponseBody {

	/**
	 * The tenant.
	 *
	 * @param id the tenant id
	 * @param lifecycle {@code ephemeral} or {@code claimed}
	 * @param state {@code active}, {@code paused}, {@code expired}, …
	 * @param expiresAt when an ephemeral tenant expires
	 * @param timeLeft how long until then
	 * @param runtimeProfile the runtime profile
	 * @param claimSteps how to claim an ephemeral tenant (empty once claimed)
	 * @param statusError why {@code GET /api/status} gave no answer, if it did not
	 */
	public record Tenant(@Nullable String id, @Nullable String lifecycle, @Nullable String state,
			@Nullable String expiresAt, @Nullable String timeLeft, @Nullable String runtimeProfile,
			List<String> claimSteps, @Nullable String statusError) {

	}

	/**
	 * The edge session token (never the token itself), from
	 * {@link ai.cohesivity.edge.EdgeTokenProvider#state()}.
	 *
	 * @param sessionTokens whether session tokens are used (otherwise the application key
	 * travels as {@code ?key=})
	 * @param validUntil the last moment the cached token is handed out (shortly before
	 * the server stops accepting it), or {@code null} when none is cached
	 * @param lastMint when the last token was minted, or {@code null} before the first
	 * @param mints tokens minted since start-up, or {@code null} without session tokens
	 */
	public record EdgeToken(boolean sessionTokens, @Nullable String validUntil, @Nullable String lastMint,
			@Nullable Long mints) {

	}

	/**
	 * A provisioned offering.
	 *
	 * @param name the offering, for example {@code database}
	 * @param status its status, for example {@code active}
	 */
	public record Resource(@Nullable String name, @Nullable String status) {

	}

	/**
	 * The last observability snapshot.
	 *
	 * @param phase how the poller is doing: {@code NOT_STARTED}, {@code FRESH},
	 * {@code FAILING}, {@code REQUIRES_CLAIM}, {@code INACTIVE}, {@code STOPPED}
	 * @param why why there is no fresh snapshot, if there is none
	 * @param stale whether the snapshot is missing or the latest poll did not refresh it
	 * @param generatedAt when Cohesivity produced the snapshot
	 * @param fetchedAt when it was received
	 * @param age its age
	 * @param nextPollAt when the next poll is due
	 * @param pollRequests requests sent so far
	 * @param lastFailure the latest failed poll, if the latest poll failed
	 * @param summary the snapshot's headline numbers
	 */
	public record Snapshot(String phase, @Nullable String why, boolean stale, @Nullable String generatedAt,
			@Nullable String fetchedAt, @Nullable String age, @Nullable String nextPollAt, long pollRequests,
			@Nullable Failure lastFailure, @Nullable Summary summary) {

	}

	/**
	 * A failed poll.
	 *
	 * @param reason the reason, for example {@code server_error}
	 * @param status the HTTP status, if there was an answer
	 * @param message what happened
	 * @param at when
	 */
	public record Failure(String reason, @Nullable Integer status, String message, String at) {

	}

	/**
	 * A snapshot's headline numbers.
	 *
	 * @param plan the account plan
	 * @param wallet the wallet, in cents
	 * @param tenants tenant counts
	 * @param costThisMonthCents the account cost this month
	 * @param costLastMonthCents the account cost last month
	 */
	public record Summary(@Nullable String plan, Map<String, @Nullable Long> wallet, Map<String, Object> tenants,
			@Nullable Long costThisMonthCents, @Nullable Long costLastMonthCents) {

	}

	/**
	 * A shared bucket under pressure.
	 *
	 * @param service the service
	 * @param metric the metric
	 * @param window the window
	 * @param used the account's use
	 * @param limit the limit
	 * @param percent the used share, in percent
	 * @param paused whether the service is paused for it
	 */
	public record Bucket(@Nullable String service, @Nullable String metric, @Nullable String window,
			@Nullable Double used, @Nullable Double limit, @Nullable Double percent, @Nullable Boolean paused) {

	}

	/**
	 * An advisory.
	 *
	 * @param code what it is about
	 * @param action the suggested action
	 * @param targetUrl where to do it
	 * @param details its code-specific fields
	 */
	public record Advisory(@Nullable String code, @Nullable String action, @Nullable String targetUrl,
			Map<String, Object> details) {

	}

}
