/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.MediaType;
import org.springframework.http.ReactiveHttpOutputMessage;
import org.springframework.util.ConcurrentLruCache;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.web.util.UriBuilderFactory;

/**
 * Sends {@link CohesivityRequest}s to one Cohesivity origin with one credential, as
 * assembled by a {@link CohesivityClientConfigurer}: the credential is applied, the
 * request is sent as JSON, errors become {@link CohesivityException}s, and an idempotent
 * call is retried by the one retry layer of the call. Every Cohesivity client sends
 * through one of these.
 * <p>
 * The layers of one call, outermost first: the credential (a session token is obtained,
 * and a {@code 401} leads to one renewal and one more call), the retry policy (only for
 * idempotent calls), one HTTP exchange. Obtaining a token is a call of its own with its
 * own retry layer, so the attempts of a token mint and of the call that needed the token
 * never multiply.
 */
public final class CohesivityHttpTransport {

	/**
	 * The request attribute under which {@code WebClient} keeps the URI template, which
	 * observations report as the low-cardinality {@code uri}; set here for a URI given
	 * expanded, as {@code WebClient} sets it for a template.
	 */
	static final String URI_TEMPLATE_ATTRIBUTE = WebClient.class.getName() + ".uriTemplate";

	private final String baseUrl;

	private final UriBuilderFactory uris;

	/**
	 * The expanded URI of each template without variables (all but a few control-plane
	 * calls): a template is parsed once, not on every call.
	 */
	private final ConcurrentLruCache<String, Target> targets;

	private final WebClient webClient;

	private final JsonMapper jsonMapper;

	private final CohesivityRetryPolicy retryPolicy;

	private final RequestCredential credential;

	CohesivityHttpTransport(String baseUrl, WebClient webClient, JsonMapper jsonMapper,
			CohesivityRetryPolicy retryPolicy, RequestCredential credential) {
		this.baseUrl = baseUrl;
		this.uris = new DefaultUriBuilderFactory(baseUrl);
		this.targets = new ConcurrentLruCache<>(64, this::target);
		this.webClient = webClient;
		this.jsonMapper = jsonMapper;
		this.retryPolicy = retryPolicy;
		this.credential = credential;
	}

	/**
	 * Return the validated origin this transport sends to.
	 * @return the base URL, without a trailing slash
	 */
	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * Send a request with this transport's credential, retrying it when it is idempotent.
	 * @param request the request; a Bearer credential it carries is replaced by this
	 * transport's, if it has one
	 * @param idempotent whether repeating the request is harmless; a call that is not and
	 * whose answer was lost after it may have reached the server fails with a
	 * {@link CohesivityNetworkException} saying that its outcome is unknown
	 * @return the JSON answer; an empty object for an empty {@code 2xx} body
	 */
	public Mono<JsonNode> send(CohesivityRequest request, boolean idempotent) {
		return receiveRetried(request, idempotent).map((bytes) -> parse(request, bytes));
	}

	/**
	 * Send a request like {@link #send(CohesivityRequest, boolean)}, and read the answer
	 * with a reader of the caller's instead of into a tree: for an answer that may be
	 * large, which a streaming reader counts or reads part by part. The reader gets a
	 * parser over the answer's (decoded) bytes, made by this transport's mapper, before
	 * its first token; it is closed afterwards. A {@link JacksonException} the reader
	 * throws becomes a {@link CohesivityException} saying the answer is malformed.
	 * @param <T> the result type
	 * @param request the request
	 * @param idempotent whether repeating the request is harmless
	 * @param reader reads the {@code 2xx} answer; an empty body gives a parser without
	 * tokens
	 * @return what the reader read
	 */
	public <T> Mono<T> send(CohesivityRequest request, boolean idempotent, Function<JsonParser, T> reader) {
		return receiveRetried(request, idempotent).map((bytes) -> read(request, bytes, reader));
	}

	private Mono<byte[]> receiveRetried(CohesivityRequest request, boolean idempotent) {
		Mono<byte[]> received = this.credential.send(request,
				(authenticated) -> this.retryPolicy.apply(receive(authenticated), idempotent));
		return idempotent ? received
				: received.onErrorMap(NetworkFailures::outcomeUnknown, NetworkFailures::withOutcomeUnknown);
	}

	/**
	 * Send a request with this transport's credential and hand the response to a handler,
	 * for answers that are not one JSON document: a stream of server-sent events, or
	 * response headers. Error statuses never reach the handler: they fail the returned
	 * {@code Flux} with a {@link CohesivityApiException}, like every other call. A call
	 * is retried (within its scope) only while no response has arrived; once the handler
	 * has the response, a failure ends the stream. Cancelling the {@code Flux} closes the
	 * connection.
	 * @param <T> the element type
	 * @param request the request
	 * @param accept the media type to ask for, for example
	 * {@link MediaType#TEXT_EVENT_STREAM}
	 * @param retryScope which failures before a response arrived may be answered by
	 * sending the request again
	 * @param responseHandler reads the {@code 2xx} response, for example
	 * {@code response.bodyToFlux(…)}
	 * @return the handler's elements
	 */
	public <T> Flux<T> exchange(CohesivityRequest request, MediaType accept, RetryScope retryScope,
			Function<ClientResponse, ? extends Publisher<T>> responseHandler) {
		return this.credential.stream(request, (authenticated) -> Flux.defer(() -> {
			AtomicBoolean responded = new AtomicBoolean();
			Flux<T> attempt = Flux.defer(() -> {
				responded.set(false);
				return prepare(authenticated, accept).exchangeToFlux((response) -> {
					responded.set(true);
					return Flux.from(responseHandler.apply(response.mutate()
						.body((body) -> body.onErrorMap((ex) -> !(ex instanceof CohesivityException),
								(ex) -> networkFailure(authenticated, ex)))
						.build()));
				});
			});
			return this.retryPolicy.apply(attempt, retryScope, () -> !responded.get());
		}));
	}

	/**
	 * Send an authenticated request once.
	 * @param request the request with its credential
	 * @return the JSON answer
	 */
	Mono<JsonNode> sendOnce(CohesivityRequest request) {
		return receive(request).map((bytes) -> parse(request, bytes));
	}

	private Mono<byte[]> receive(CohesivityRequest request) {
		return Mono.defer(() -> prepare(request, MediaType.APPLICATION_JSON)
			.exchangeToMono((response) -> response.bodyToMono(byte[].class)
				.onErrorMap((ex) -> !(ex instanceof CohesivityException) && !isTooLarge(ex),
						(ex) -> networkFailure(request, ex)))
			.defaultIfEmpty(new byte[0])
			.onErrorMap(CohesivityHttpTransport::isTooLarge, (ex) -> new CohesivityException(
					"The 2xx response to " + request.method() + " " + request.uriTemplate()
							+ " exceeded the in-memory limit (" + sizeLimitProperty(request) + ") and was not read",
					ex)));
	}

	/**
	 * Classify a failure while a {@code 2xx} body streamed (the {@link ResponseFilter}
	 * classifies those before a response arrived).
	 */
	private CohesivityNetworkException networkFailure(CohesivityRequest request, Throwable failure) {
		return NetworkFailures.of(failure, request.method(), ResponseFilter.target(uri(request)));
	}

	private WebClient.RequestHeadersSpec<?> prepare(CohesivityRequest request, MediaType accept) {
		WebClient.RequestBodyUriSpec method = this.webClient.method(request.method());
		WebClient.RequestBodySpec spec;
		if (request.uriVariables().isEmpty()) {
			Target target = this.targets.get(request.uriTemplate());
			spec = method.uri(target.uri()).attribute(URI_TEMPLATE_ATTRIBUTE, target.template());
		}
		else {
			spec = method.uri(request.uriTemplate(), request.uriVariables().toArray());
		}
		spec.accept(accept);
		if (!request.headers().isEmpty()) {
			spec.headers((headers) -> request.headers().forEach(headers::set));
		}
		String bearer = request.bearerToken();
		if (bearer != null) {
			spec.headers((headers) -> headers.setBearerAuth(bearer));
		}
		Object body = request.body();
		return (body != null) ? spec.contentType(MediaType.APPLICATION_JSON).body(jsonBytes(serialize(body))) : spec;
	}

	private URI uri(CohesivityRequest request) {
		return request.uriVariables().isEmpty() ? this.targets.get(request.uriTemplate()).uri()
				: this.uris.expand(request.uriTemplate(), request.uriVariables().toArray());
	}

	private Target target(String uriTemplate) {
		return new Target(this.uris.expand(uriTemplate), this.uris.uriString(uriTemplate).toUriString());
	}

	/**
	 * Write JSON that is serialized already as it is, with its length: no message writer
	 * needs to be looked up, and no encoder runs.
	 */
	private static BodyInserter<byte[], ReactiveHttpOutputMessage> jsonBytes(byte[] json) {
		return (message, context) -> {
			message.getHeaders().setContentLength(json.length);
			return message.writeWith(Mono.fromSupplier(() -> message.bufferFactory().wrap(json)));
		};
	}

	private static String sizeLimitProperty(CohesivityRequest request) {
		return request.uriTemplate().startsWith("/edge/") ? "cohesivity.edge.max-in-memory-size"
				: "cohesivity.max-in-memory-size";
	}

	static boolean isTooLarge(Throwable failure) {
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
		JsonNode node;
		try {
			node = this.jsonMapper.readTree(bytes);
		}
		catch (JacksonException ex) {
			throw malformed(request, "is not JSON", bytes);
		}
		if (node == null || !node.isObject()) {
			// every Cohesivity API answers an object; anything else is not Cohesivity
			// talking
			throw malformed(request, "is JSON but not an object", bytes);
		}
		return node;
	}

	private <T> T read(CohesivityRequest request, byte[] bytes, Function<JsonParser, T> reader) {
		try (JsonParser parser = this.jsonMapper.createParser(bytes)) {
			return reader.apply(parser);
		}
		catch (JacksonException ex) {
			throw malformed(request, "is not JSON", bytes);
		}
	}

	private static CohesivityException malformed(CohesivityRequest request, String problem, byte[] bytes) {
		return new CohesivityException("Malformed response to " + request.method() + " " + request.uriTemplate()
				+ ": the 2xx body " + problem + " (" + KeyRedactor.excerpt(bytes, 120) + "); probably not Cohesivity "
				+ "answering: a proxy in between, or a wrong cohesivity.base-url");
	}

	/**
	 * A URI template without variables, expanded against the base URL.
	 *
	 * @param uri the URI to send to
	 * @param template the template as {@code WebClient} reports it to observations
	 */
	private record Target(URI uri, String template) {

	}

	@Override
	public String toString() {
		return "CohesivityHttpTransport[baseUrl=" + this.baseUrl + ", credential=" + this.credential + "]";
	}

}
