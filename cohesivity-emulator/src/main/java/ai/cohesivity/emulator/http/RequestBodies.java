package ai.cohesivity.emulator.http;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.reactive.function.server.ServerRequest;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads request bodies: raw bytes up to a size limit, or a JSON document (empty body =
 * missing node) with a clear 400 when it is not JSON.
 */
public final class RequestBodies {

	/** The largest request body the emulator reads. */
	public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

	private static final byte[] EMPTY = new byte[0];

	private final JsonMapper mapper;

	/**
	 * Creates the reader.
	 * @param mapper the emulator's mapper
	 */
	public RequestBodies(JsonMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * The body's bytes; 413 {@code payload_too_large} beyond {@link #MAX_BODY_BYTES}.
	 * @param request the request
	 * @return the bytes, empty when there is no body
	 */
	public Mono<byte[]> bytes(ServerRequest request) {
		return DataBufferUtils.join(request.bodyToFlux(DataBuffer.class), MAX_BODY_BYTES).map((buffer) -> {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return bytes;
		})
			.onErrorMap(DataBufferLimitException.class,
					(ex) -> ApiError.control(413, "payload_too_large",
							"The request body is larger than " + MAX_BODY_BYTES + " bytes"))
			.defaultIfEmpty(EMPTY);
	}

	/**
	 * The body as JSON, or a {@link MissingNode} when there is no body; 400
	 * {@code invalid_json} when it cannot be parsed.
	 * @param request the request
	 * @return the JSON document
	 */
	public Mono<JsonNode> json(ServerRequest request) {
		return bytes(request).map(this::parse);
	}

	/**
	 * Parses a body already read.
	 * @param bytes the body
	 * @return the JSON document, or a {@link MissingNode} when there is no body
	 */
	public JsonNode parse(byte[] bytes) {
		if (bytes.length == 0) {
			return MissingNode.getInstance();
		}
		try {
			return this.mapper.readTree(bytes);
		}
		catch (JacksonException ex) {
			throw ApiError.control(400, "invalid_json",
					"The request body is not valid JSON: " + ex.getOriginalMessage());
		}
	}

}
