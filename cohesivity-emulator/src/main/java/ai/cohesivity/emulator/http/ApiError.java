package ai.cohesivity.emulator.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP error answer, thrown by a handler and written by the routes' error filter.
 * Carries the status, the JSON body and any extra headers; no stack trace, since it is a
 * normal outcome.
 */
public final class ApiError extends RuntimeException {

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
	 * @param status the HTTP status
	 * @param code the snake_case error code
	 * @param message the message for humans
	 * @return the error
	 */
	public static ApiError control(int status, String code, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", code);
		body.put("message", message);
		return new ApiError(status, body, new LinkedHashMap<>());
	}

	/**
	 * A data-plane error: {@code {"error":{"code":<status>,"message":"[Cohesivity]
	 * <message>"}}} (§1.4).
	 * @param status the HTTP status
	 * @param message the message, without the {@code [Cohesivity]} prefix
	 * @return the error
	 */
	public static ApiError edge(int status, String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", status);
		error.put("message", "[Cohesivity] " + message);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error);
		return new ApiError(status, body, new LinkedHashMap<>());
	}

	/**
	 * A SQL error of {@code /edge/database}: {@code {"error":"<message>"}}, or
	 * {@code {"error":{"code":400,"message":"<message>"}}} when {@code asObject}.
	 * @param asObject whether the error is an object (the full wire profile)
	 * @param message the SQLite message
	 * @return the error
	 */
	public static ApiError sql(boolean asObject, String message) {
		if (asObject) {
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

	/**
	 * Adds a top-level field to the body.
	 * @param field the field name
	 * @param value its value
	 * @return this error
	 */
	public ApiError with(String field, Object value) {
		this.body.put(field, value);
		return this;
	}

	/**
	 * Adds a response header.
	 * @param name the header name
	 * @param value its value
	 * @return this error
	 */
	public ApiError header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	/**
	 * The HTTP status.
	 * @return the status
	 */
	public int status() {
		return this.status;
	}

	/**
	 * The JSON body.
	 * @return the body's fields
	 */
	public Map<String, Object> body() {
		return this.body;
	}

	/**
	 * The extra response headers.
	 * @return the headers
	 */
	public Map<String, String> headers() {
		return this.headers;
	}

}
