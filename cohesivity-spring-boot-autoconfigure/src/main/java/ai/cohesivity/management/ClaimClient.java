/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;

import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.core.CohesivityRequest;

/**
 * The claim flow: {@link #start()} asks for an approval page
 * ({@code POST /api/claim/url}); a human opens it and approves;
 * {@link #awaitClaimed(ClaimStart, Duration, Duration)} polls {@code POST /api/wait} with
 * the claim's own wait token until the tenant is claimed.
 */
public class ClaimClient {

	private final ManagementApi api;

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
	 * @param pollInterval the default pause between two polls
	 * @param timeout the default time to wait for an approval
	 */
	public ClaimClient(ManagementApi api, Duration pollInterval, Duration timeout) {
		this.api = api;
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
	 * Wait until a human approved the claim.
	 * @param claim the started claim
	 * @param pollInterval the pause between two polls
	 * @param timeout how long to wait in total
	 * @return the result, or an error when the claim is not approved within the timeout
	 */
	public Mono<ClaimResult> awaitClaimed(ClaimStart claim, Duration pollInterval, Duration timeout) {
		return Mono.defer(() -> {
			String path = sameOriginPath(claim.waitUrl());
			String token = claim.waitAuthorization().startsWith("Bearer ")
					? claim.waitAuthorization().substring("Bearer ".length()) : claim.waitAuthorization();
			CohesivityRequest poll = CohesivityRequest.of(HttpMethod.POST, path);
			return this.api.sendWithToken(poll, token, true)
				.flatMap((body) -> Mono.justOrEmpty(claimed(body)))
				.repeatWhenEmpty(Integer.MAX_VALUE, (attempts) -> attempts.delayElements(pollInterval))
				.timeout(timeout)
				.onErrorMap(TimeoutException.class, (ex) -> new CohesivityException("The claim was not approved within "
						+ timeout + "; open " + claim.approvalUrl() + " to approve it, then wait again", ex));
		});
	}

	private static @Nullable ClaimResult claimed(JsonNode body) {
		String status = body.path("status").stringValue(null);
		String lifecycle = body.path("tenant_lifecycle").stringValue(null);
		if ("claimed".equals(status) || "claimed".equals(lifecycle)) {
			return new ClaimResult(body.path("tenant_id").stringValue(null), "claimed", body);
		}
		return null;
	}

	private String sameOriginPath(String waitUrl) {
		URI wait = URI.create(waitUrl);
		if (wait.getHost() == null) {
			return waitUrl.startsWith("/") ? waitUrl : "/" + waitUrl;
		}
		String baseUrl = this.api.baseUrl();
		URI base = URI.create(baseUrl);
		boolean sameOrigin = wait.getScheme().equalsIgnoreCase(base.getScheme())
				&& wait.getHost().equalsIgnoreCase(base.getHost()) && port(wait) == port(base);
		if (!sameOrigin) {
			throw new CohesivityException("Refusing to send the claim's wait token to " + wait.getScheme() + "://"
					+ wait.getHost() + ": it is not the configured Cohesivity origin " + baseUrl);
		}
		return wait.getRawPath() + ((wait.getRawQuery() != null) ? "?" + wait.getRawQuery() : "");
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

}
