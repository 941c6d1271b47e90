/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.time.Duration;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import ai.cohesivity.core.CohesivityClientConfigurer;
import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.core.CohesivityHttpTransport;
import ai.cohesivity.core.CohesivityRequest;

/**
 * Sends control-plane requests ({@code /api/*}) with the management key as Bearer
 * credential; the control-plane clients ({@link ResourcesClient}, {@link StatusClient},
 * {@link ClaimClient}, …) send through it. The key is looked up per call, so an
 * application without a management key starts and only fails when it calls the control
 * plane.
 * <p>
 * Without Spring Boot, build one with {@link #builder(CohesivityConnection)}.
 */
public final class ManagementApi {

	/**
	 * The smallest read timeout of a wait poll ({@link #sendWithToken}): a wait may be
	 * held open by the server (a long poll) for as long as Cloudflare, in front of
	 * Cohesivity, keeps a request open — 100 seconds — so a poll waits longer than that
	 * before it counts as failed.
	 */
	public static final Duration WAIT_READ_TIMEOUT = Duration.ofSeconds(110);

	private final CohesivityHttpTransport managementTransport;

	private final CohesivityHttpTransport anonymousTransport;

	private ManagementApi(CohesivityHttpTransport managementTransport, CohesivityHttpTransport anonymousTransport) {
		this.managementTransport = managementTransport;
		this.anonymousTransport = anonymousTransport;
	}

	/**
	 * Return a builder of the API for a tenant.
	 * @param connection the tenant; its management key is read per call
	 * @return the builder
	 */
	public static Builder builder(CohesivityConnection connection) {
		return new Builder(connection);
	}

	/**
	 * Send a request authenticated with the management key.
	 * @param request the request
	 * @param idempotent whether repeating it is harmless
	 * @return the JSON answer
	 */
	public Mono<JsonNode> send(CohesivityRequest request, boolean idempotent) {
		return this.managementTransport.send(request, idempotent);
	}

	/**
	 * Send a request authenticated with a token the control plane handed out for one flow
	 * (the {@code wait} token of a claim or a Codex connection) instead of the management
	 * key. Its read timeout is at least {@link #WAIT_READ_TIMEOUT}, so that a long poll
	 * of {@code /api/wait} is not cut off.
	 * @param request the request
	 * @param token the flow's Bearer token
	 * @param idempotent whether repeating it is harmless
	 * @return the JSON answer
	 */
	public Mono<JsonNode> sendWithToken(CohesivityRequest request, String token, boolean idempotent) {
		return this.anonymousTransport.send(request.withBearer(token), idempotent);
	}

	/**
	 * Return the validated origin this API sends to.
	 * @return the base URL, without a trailing slash
	 */
	public String baseUrl() {
		return this.managementTransport.baseUrl();
	}

	@Override
	public String toString() {
		return "ManagementApi[baseUrl=" + baseUrl() + ", managementKey=******]";
	}

	/**
	 * Builds a {@link ManagementApi}.
	 */
	public static final class Builder {

		private final CohesivityConnection connection;

		private CohesivityClientConfigurer configurer = CohesivityClientConfigurer.defaults();

		private Builder(CohesivityConnection connection) {
			this.connection = connection;
		}

		/**
		 * Send through clients assembled by this configurer (transport and retry
		 * settings).
		 * @param configurer the configurer
		 * @return this builder
		 */
		public Builder configurer(CohesivityClientConfigurer configurer) {
			this.configurer = configurer;
			return this;
		}

		/**
		 * Build the API.
		 * @return the API
		 * @throws ai.cohesivity.core.CohesivityException when the base URL is unsafe
		 */
		public ManagementApi build() {
			CohesivityClientConfigurer waits = (this.configurer.settings()
				.readTimeout()
				.compareTo(WAIT_READ_TIMEOUT) < 0)
						? this.configurer.withSettings((settings) -> settings.withReadTimeout(WAIT_READ_TIMEOUT))
						: this.configurer;
			return new ManagementApi(this.configurer.managementTransport(this.connection),
					waits.anonymousTransport(this.connection.baseUrl()));
		}

	}

}
