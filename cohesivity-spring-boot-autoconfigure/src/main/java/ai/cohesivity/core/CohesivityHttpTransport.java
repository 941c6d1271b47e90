/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Sends {@link CohesivityRequest}s as JSON over one Cohesivity {@link WebClient} and
 * reads JSON answers, with the shared error model and retry policy. Every Cohesivity
 * client sends through one of these.
 */
public final class CohesivityHttpTransport {

	private final WebClient webClient;

	private final JsonMapper jsonMapper;

	private final CohesivityRetryPolicy retryPolicy;

	/**
	 * Create a transport.
	 * @param webClient a client built by {@link CohesivityWebClientFactory}
	 * @param jsonMapper the mapper for request and response bodies
	 * @param retryPolicy the retry policy for idempotent calls
	 */
	public CohesivityHttpTransport(WebClient webClient, JsonMapper jsonMapper, CohesivityRetryPolicy retryPolicy) {
		this.webClient = webClient;
		this.jsonMapper = jsonMapper;
		this.retryPolicy = retryPolicy;
	}

	/**
	 * Return the underlying client, for calls that are not a single JSON exchange
	 * (streams).
	 * @return the client
	 */
	public WebClient webClient() {
		return this.webClient;
	}

	/**
	 * Return the retry policy.
	 * @return the retry policy
	 */
	public CohesivityRetryPolicy retryPolicy() {
		return this.retryPolicy;
	}

	/**
	 * Send a request, retrying it per the {@link CohesivityRetryPolicy} when it is
	 * idempotent.
	 * @param request the request
	 * @param idempotent whether repeating the request is harmless
	 * @return the JSON answer; an empty object for an empty {@code 2xx} body
	 */
	public Mono<JsonNode> send(CohesivityRequest request, boolean idempotent) {
		return this.retryPolicy.apply(sendOnce(request), idempotent);
	}

	/**
	 * Send a request once, without retries.
	 * @param request the request
	 * @return the JSON answer; an empty object for an empty {@code 2xx} body
	 */
	public Mono<JsonNode> sendOnce(CohesivityRequest request) {
		return receiveOnce(request).map((bytes) -> parse(request, bytes));
	}

	/**
	 * Send a request once, without retries, and return the answer's body as it came, for
	 * answers that are not always JSON. Reading bytes also keeps the body out of decoder
	 * log lines.
	 * @param request the request
	 * @return the {@code 2xx} body; empty for an empty body
	 */
	public Mono<byte[]> receiveOnce(CohesivityRequest request) {
		return Mono.defer(() -> {
			WebClient.RequestBodySpec spec = this.webClient.method(request.method())
				.uri(request.uriTemplate(), request.uriVariables().toArray())
				.accept(MediaType.APPLICATION_JSON);
			String bearer = request.bearerToken();
			if (bearer != null) {
				spec.headers((headers) -> headers.setBearerAuth(bearer));
			}
			Object body = request.body();
			WebClient.RequestHeadersSpec<?> ready = (body != null)
					? spec.contentType(MediaType.APPLICATION_JSON).bodyValue(serialize(body)) : spec;
			return ready.retrieve()
				.bodyToMono(byte[].class)
				.defaultIfEmpty(new byte[0])
				.onErrorMap(CohesivityHttpTransport::isTooLarge,
						(ex) -> new CohesivityException("Response to " + request.method() + " " + request.uriTemplate()
								+ " exceeded the in-memory limit " + "(cohesivity.max-in-memory-size)", ex));
		});
	}

	private static boolean isTooLarge(Throwable failure) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (current instanceof DataBufferLimitException) {
				return true;
			}
			if (current.getCause() == current) {
				return false;
			}
		}
		return false;
	}

	private byte[] serialize(Object body) {
		if (body instanceof byte[] bytes) {
			return bytes;
		}
		try {
			return this.jsonMapper.writeValueAsBytes(body);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(
					"Request body of type " + body.getClass().getName() + " cannot be written as JSON", ex);
		}
	}

	private JsonNode parse(CohesivityRequest request, byte[] bytes) {
		if (bytes.length == 0) {
			return this.jsonMapper.createObjectNode();
		}
		try {
			JsonNode node = this.jsonMapper.readTree(bytes);
			return (node != null) ? node : this.jsonMapper.createObjectNode();
		}
		catch (JacksonException ex) {
			throw new CohesivityException("Malformed response to " + request.method() + " " + request.uriTemplate()
					+ ": the 2xx body is not JSON (" + snippet(bytes) + ")");
		}
	}

	private static @Nullable String snippet(byte[] bytes) {
		String text = new String(bytes, 0, Math.min(bytes.length, 120), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
		return KeyRedactor.redact(text);
	}

}
