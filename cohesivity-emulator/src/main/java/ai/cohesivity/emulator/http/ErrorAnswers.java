package ai.cohesivity.emulator.http;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@link ApiError}s: status, headers and the envelope of their plane, in the shape
 * the {@link WireVariants} ask for — the one place where an error meets the wire, for
 * handlers and for injected faults alike.
 */
public final class ErrorAnswers {

	private final JsonMapper mapper;

	private final WireVariants variants;

	/**
	 * Creates the writer.
	 * @param mapper the emulator's mapper
	 * @param variants the shapes asked for
	 */
	public ErrorAnswers(JsonMapper mapper, WireVariants variants) {
		this.mapper = mapper;
		this.variants = variants;
	}

	/**
	 * The answer to a handler's error.
	 * @param error the error
	 * @return the answer
	 */
	public Mono<ServerResponse> response(ApiError error) {
		ServerResponse.BodyBuilder builder = ServerResponse.status(HttpStatusCode.valueOf(error.status()))
			.contentType(MediaType.APPLICATION_JSON);
		headers(error).forEach(builder::header);
		return builder.bodyValue(json(error));
	}

	/**
	 * Writes an error straight to a response, before any handler ran.
	 * @param error the error
	 * @param response the response
	 * @return completion
	 */
	public Mono<Void> write(ApiError error, ServerHttpResponse response) {
		response.setStatusCode(HttpStatusCode.valueOf(error.status()));
		response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
		headers(error).forEach(response.getHeaders()::set);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(json(error))));
	}

	private byte[] json(ApiError error) {
		Map<String, Object> body = error.body(this.variants.edgeErrorShape());
		if (error.isPerMinuteRateLimit() && !this.variants.rateLimitWindowKind()) {
			body.remove("window_kind");
		}
		return this.mapper.writeValueAsBytes(body);
	}

	private Map<String, String> headers(ApiError error) {
		Map<String, String> headers = new LinkedHashMap<>(error.headers());
		if (error.isPerMinuteRateLimit() && !this.variants.rateLimitRetryAfter()) {
			headers.remove(HttpHeaders.RETRY_AFTER);
		}
		return headers;
	}

}
