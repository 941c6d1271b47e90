/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import ai.cohesivity.core.CohesivityCredentials;
import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.core.CohesivityHttpTransport;
import ai.cohesivity.core.CohesivityRateLimitedException;
import ai.cohesivity.core.CohesivityRequest;
import ai.cohesivity.core.CredentialsFile;
import ai.cohesivity.core.ErrorEnvelope;
import ai.cohesivity.core.RetryScope;

/**
 * Creates an ephemeral tenant ({@code POST /api/genesis}). Cohesivity asks that tenants
 * be created with its own tooling, so this is only used when explicitly enabled. It is
 * never retried: a repeated call could create a second tenant.
 */
public class GenesisClient {

	/** The header that carries the machine id both ways (§1.5). */
	static final String MACHINE_ID_HEADER = "X-Cohesivity-Machine-Id";

	private static final CohesivityRequest GENESIS = CohesivityRequest.of(HttpMethod.POST, "/api/genesis");

	private final CohesivityHttpTransport transport;

	private final JsonMapper jsonMapper;

	/**
	 * Create a client.
	 * @param transport a transport for the Cohesivity origin, without credentials
	 * @param jsonMapper the mapper for the JSON answer
	 */
	public GenesisClient(CohesivityHttpTransport transport, JsonMapper jsonMapper) {
		this.transport = transport;
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Create a tenant, sending the request exactly once. The answer (JSON or the dotfile
	 * text) must carry both keys, otherwise this fails and nothing should be written.
	 * Dotfile lines that are neither entries nor comments (claim instructions) are
	 * skipped with a warning; the keys are not checked here, so that a tenant that was
	 * created is written down before anything can refuse it.
	 * @param machineId the machine id a previous genesis handed out, sent as
	 * {@code X-Cohesivity-Machine-Id}, or {@code null} for none
	 * @return the new tenant, with the machine id the server handed out if it did
	 */
	public Mono<CreatedTenant> createTenant(@Nullable String machineId) {
		CohesivityRequest request = (machineId != null) ? GENESIS.withHeader(MACHINE_ID_HEADER, machineId) : GENESIS;
		return this.transport
			.exchange(request, MediaType.APPLICATION_JSON, RetryScope.NONE,
					(response) -> response.bodyToMono(byte[].class)
						.defaultIfEmpty(new byte[0])
						.map((bytes) -> new CreatedTenant(parse(new String(bytes, StandardCharsets.UTF_8)),
								response.headers().asHttpHeaders().getFirst(MACHINE_ID_HEADER))))
			.single()
			.onErrorMap(CohesivityRateLimitedException.class, GenesisClient::rateLimited);
	}

	private CohesivityCredentials parse(String body) {
		CohesivityCredentials credentials = body.strip().startsWith("{") ? parseJson(body)
				: CredentialsFile.parseEntries(body, "the answer to POST /api/genesis");
		if (credentials.managementKey() == null || credentials.applicationKey() == null) {
			throw new CohesivityException("Tenant creation answered without coh_management_key and "
					+ "coh_application_key; nothing was written");
		}
		return credentials;
	}

	private CohesivityCredentials parseJson(String body) {
		try {
			JsonNode node = this.jsonMapper.readTree(body);
			Map<String, String> entries = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				if (field.getValue().isString() || field.getValue().isNumber()) {
					entries.put(field.getKey(), field.getValue().asString());
				}
			}
			return new CohesivityCredentials(entries);
		}
		catch (JacksonException ex) {
			throw new CohesivityException("Malformed response to POST /api/genesis: the body is not JSON");
		}
	}

	/**
	 * A tenant genesis created.
	 *
	 * @param credentials its credentials, as answered (keys not checked)
	 * @param machineId the {@code X-Cohesivity-Machine-Id} the server answered with: a
	 * new one when none was sent or the one sent did not verify; {@code null} otherwise
	 */
	public record CreatedTenant(CohesivityCredentials credentials, @Nullable String machineId) {

		@Override
		public String toString() {
			return "CreatedTenant[" + this.credentials + ", machineId=" + ((this.machineId != null) ? "******" : "none")
					+ "]";
		}

	}

	private static CohesivityRateLimitedException rateLimited(CohesivityRateLimitedException ex) {
		ErrorEnvelope original = ex.envelope();
		String wait = (original.retryAfter() != null) ? original.retryAfter().toSeconds() + " s" : "a minute";
		return new CohesivityRateLimitedException(original
			.withMessage("Tenant creation is rate limited (10 per minute per IP address): retry in " + wait));
	}

}
