package ai.cohesivity.emulator;

import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes JSON answers with the emulator's one {@link JsonMapper}, as bytes, bypassing
 * codec negotiation.
 */
final class JsonResponses {

	private final JsonMapper mapper;

	JsonResponses(JsonMapper mapper) {
		this.mapper = mapper;
	}

	Mono<ServerResponse> ok(Object body) {
		return status(200, body);
	}

	Mono<ServerResponse> status(int status, Object body) {
		return bytes(status, this.mapper.writeValueAsBytes(body));
	}

	static Mono<ServerResponse> bytes(int status, byte[] json) {
		return ServerResponse.status(HttpStatusCode.valueOf(status))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json);
	}

	Mono<ServerResponse> error(ApiError error) {
		ServerResponse.BodyBuilder builder = ServerResponse.status(HttpStatusCode.valueOf(error.status()))
			.contentType(MediaType.APPLICATION_JSON);
		for (Map.Entry<String, String> header : error.headers().entrySet()) {
			builder.header(header.getKey(), header.getValue());
		}
		return builder.bodyValue(this.mapper.writeValueAsBytes(error.body()));
	}

	JsonMapper mapper() {
		return this.mapper;
	}

}
