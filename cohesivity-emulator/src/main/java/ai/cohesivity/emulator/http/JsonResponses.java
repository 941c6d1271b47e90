package ai.cohesivity.emulator.http;

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
	 * The emulator's mapper.
	 * @return the mapper
	 */
	public JsonMapper mapper() {
		return this.mapper;
	}

}
