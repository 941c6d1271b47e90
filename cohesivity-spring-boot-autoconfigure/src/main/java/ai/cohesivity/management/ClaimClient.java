/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;

import ai.cohesivity.core.CohesivityRequest;

/**
 * The claim flow: {@link #start()} asks for an approval page
 * ({@code POST /api/claim/url}); a human opens it and approves;
 * {@link #awaitClaimed(ClaimStart, Duration, Duration)} polls {@code /api/wait} with the
 * claim's own wait token until the tenant is claimed (the {@link WaitPoller} that every
 * approval flow shares).
 */
public class ClaimClient {

	private final ManagementApi api;

	private final WaitPoller waits;

	private final Duration pollInterval;

	private final Duration timeout;

	/**
	 * Create a client that polls every 3 seconds for up to 15 minutes.
	 * @param api the control-plane API; wait URLs must point at its origin
	 */
	public ClaimClient(ManagementApi api) {
		this(api, Duration.ofSeconds(3), Duration.ofMinutes(15));
	}

	/**
	 * Create a client.
	 * @param api the control-plane API; wait URLs must point at its origin
	 * @param pollInterval the default pause between two polls, when the claim's wait blob
	 * does not say
	 * @param timeout the default time to wait for an approval
	 */
	public ClaimClient(ManagementApi api, Duration pollInterval, Duration timeout) {
		this.api = api;
		this.waits = new WaitPoller(api);
		this.pollInterval = pollInterval;
		this.timeout = timeout;
	}

	/**
	 * Start a claim. Call it only when the user asked to keep the tenant.
	 * @return the approval page and how to wait for it
	 */
	public Mono<ClaimStart> start() {
		return this.api.send(CohesivityRequest.of(HttpMethod.POST, "/api/claim/url"), false).map(ClaimStart::from);
	}

	/**
	 * Wait until a human approved the claim, with the configured poll interval and
	 * timeout ({@code cohesivity.claim.*}).
	 * @param claim the started claim
	 * @return the result, or an error when the claim is not approved within the timeout
	 */
	public Mono<ClaimResult> awaitClaimed(ClaimStart claim) {
		return awaitClaimed(claim, this.pollInterval, this.timeout);
	}

	/**
	 * Wait until a human approved the claim. The claim's wait blob decides the method and
	 * the interval when it says (see {@link WaitPoller}).
	 * @param claim the started claim
	 * @param pollInterval the pause between two polls when the wait blob does not say
	 * @param timeout how long to wait in total
	 * @return the result; a {@link WaitFailedException} when the claim expired, was
	 * denied, cancelled or failed, a {@link WaitTimedOutException} when it was not
	 * approved within the timeout
	 */
	public Mono<ClaimResult> awaitClaimed(ClaimStart claim, Duration pollInterval, Duration timeout) {
		WaitPoller.Flow flow = new WaitPoller.Flow("The claim", "open " + claim.approvalUrl() + " to approve it",
				"start a new claim with ClaimClient.start() and have a human approve it");
		return this.waits.await(flow, claim.waitBlob(), pollInterval, timeout).map(ClaimResult::from);
	}

}
