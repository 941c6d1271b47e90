package ai.cohesivity.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP error answer, thrown by a handler and written by {@link ApiErrorFilter}.
 * Carries the status, the JSON body and any extra headers; no stack trace, since it is a
 * normal outcome.
 */
final class ApiError extends RuntimeException {

	private final int status;

	private final Map<String, Object> body;

	private final Map<String, String> headers;

	private ApiError(int status, Map<String, Object> body, Map<String, String> headers) {
		super("HTTP " + status, null, false, false);
		this.status = status;
		this.body = body;
		this.headers = headers;
	}

	/**
	 * A control-plane error: {@code {"error":"<code>","message":"<message>"}} (§1.4).
	 */
	static ApiError control(int status, String code, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", code);
		body.put("message", message);
		return new ApiError(status, body, new LinkedHashMap<>());
	}

	/**
	 * A data-plane error: {@code {"error":{"code":<status>,"message":"[Cohesivity]
	 * <message>"}}} (§1.4).
	 */
	static ApiError edge(int status, String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", status);
		error.put("message", "[Cohesivity] " + message);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error);
		return new ApiError(status, body, new LinkedHashMap<>());
	}

	/**
	 * A SQL error of {@code /edge/database}, shaped by the wire profile.
	 */
	static ApiError sql(WireProfile profile, String message) {
		if (profile == WireProfile.FULL) {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("code", 400);
			error.put("message", message);
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("error", error);
			return new ApiError(400, body, new LinkedHashMap<>());
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", message);
		return new ApiError(400, body, new LinkedHashMap<>());
	}

	ApiError with(String field, Object value) {
		this.body.put(field, value);
		return this;
	}

	ApiError header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	int status() {
		return this.status;
	}

	Map<String, Object> body() {
		return this.body;
	}

	Map<String, String> headers() {
		return this.headers;
	}

}
