package ai.cohesivity.emulator.http;

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
public final class JsonResponses {

	private final JsonMapper mapper;

	/**
	 * Creates the writer.
	 * @param mapper the emulator's mapper
	 */
	public JsonResponses(JsonMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * A 200 answer.
	 * @param body the value to write as JSON
	 * @return the answer
	 */
	public Mono<ServerResponse> ok(Object body) {
		return status(200, body);
	}

	/**
	 * An answer with a status.
	 * @param status the HTTP status
	 * @param body the value to write as JSON
	 * @return the answer
	 */
	public Mono<ServerResponse> status(int status, Object body) {
		return bytes(status, this.mapper.writeValueAsBytes(body));
	}

	/**
	 * An answer whose JSON is already written.
	 * @param status the HTTP status
	 * @param json the JSON body
	 * @return the answer
	 */
	public static Mono<ServerResponse> bytes(int status, byte[] json) {
		return ServerResponse.status(HttpStatusCode.valueOf(status))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json);
	}

	/**
	 * The answer to a handler's {@link ApiError}: its status, headers and envelope.
	 * @param error the error
	 * @return the answer
	 */
	public Mono<ServerResponse> error(ApiError error) {
		ServerResponse.BodyBuilder builder = ServerResponse.status(HttpStatusCode.valueOf(error.status()))
			.contentType(MediaType.APPLICATION_JSON);
		for (Map.Entry<String, String> header : error.headers().entrySet()) {
			builder.header(header.getKey(), header.getValue());
		}
		return builder.bodyValue(this.mapper.writeValueAsBytes(error.body()));
	}

	/**
	 * The emulator's mapper.
	 * @return the mapper
	 */
	public JsonMapper mapper() {
		return this.mapper;
	}

}
