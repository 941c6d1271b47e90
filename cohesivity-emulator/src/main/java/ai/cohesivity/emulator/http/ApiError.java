package ai.cohesivity.emulator.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP error answer, thrown by a handler and written by {@link ErrorAnswers}: its
 * status, the plane whose envelope it takes (§1.4), a snake_case code, a message, extra
 * top-level fields and extra headers. No stack trace, since it is a normal outcome.
 */
public final class ApiError extends RuntimeException {

	private final int status;

	private final Plane plane;

	private final String code;

	private final String message;

	private final Map<String, Object> fields = new LinkedHashMap<>();

	private final Map<String, String> headers = new LinkedHashMap<>();

	private ApiError(int status, Plane plane, String code, String message) {
		super("HTTP " + status, null, false, false);
		this.status = status;
		this.plane = plane;
		this.code = code;
		this.message = message;
	}

	/**
	 * A control-plane error: {@code {"error":"<code>","message":"<message>"}} (§1.4).
	 * @param status the HTTP status
	 * @param code the snake_case error code
	 * @param message the message for humans
	 * @return the error
	 */
	public static ApiError control(int status, String code, String message) {
		return new ApiError(status, Plane.CONTROL, code, message);
	}

	/**
	 * A data-plane error: {@code {"error":{"code":<status>,"message":"[Cohesivity]
	 * <message>"}}} (§1.4), or another shape when the admin API asks for one.
	 * @param status the HTTP status
	 * @param code a snake_case code, used when edge errors take the control plane's shape
	 * @param message the message, without the {@code [Cohesivity]} prefix
	 * @return the error
	 */
	public static ApiError edge(int status, String code, String message) {
		return new ApiError(status, Plane.EDGE, code, message);
	}

	/**
	 * A SQL error of {@code /edge/database}: {@code {"error":"<message>"}}, or
	 * {@code {"error":{"code":400,"message":"<message>"}}} when {@code asObject}.
	 * @param asObject whether the error is an object (the full wire profile)
	 * @param message the SQLite message
	 * @return the error
	 */
	public static ApiError sql(boolean asObject, String message) {
		return new ApiError(400, asObject ? Plane.SQL_OBJECT : Plane.SQL_STRING, "sql_error", message);
	}

	/**
	 * Adds a top-level field to the body.
	 * @param field the field name
	 * @param value its value
	 * @return this error
	 */
	public ApiError with(String field, Object value) {
		this.fields.put(field, value);
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
	 * The snake_case code.
	 * @return the code
	 */
	public String code() {
		return this.code;
	}

	/**
	 * The message, without the data plane's {@code [Cohesivity]} prefix.
	 * @return the message
	 */
	public String message() {
		return this.message;
	}

	/**
	 * The body in the documented envelope of its plane.
	 * @return the body's fields
	 */
	public Map<String, Object> body() {
		return body(WireVariants.ErrorShape.OBJECT);
	}

	Map<String, Object> body(WireVariants.ErrorShape edgeShape) {
		Map<String, Object> body = new LinkedHashMap<>();
		switch (this.plane) {
			case CONTROL -> {
				body.put("error", this.code);
				body.put("message", this.message);
			}
			case SQL_STRING -> body.put("error", this.message);
			case SQL_OBJECT -> body.put("error", errorObject(this.message));
			case EDGE -> {
				String prefixed = "[Cohesivity] " + this.message;
				switch (edgeShape) {
					case OBJECT -> body.put("error", errorObject(prefixed));
					case CODE_AND_MESSAGE -> {
						body.put("error", this.code);
						body.put("message", prefixed);
					}
					case SENTENCE -> {
						body.put("error", prefixed);
						return body;
					}
				}
			}
		}
		body.putAll(this.fields);
		return body;
	}

	private Map<String, Object> errorObject(String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", this.status);
		error.put("message", message);
		return error;
	}

	/**
	 * The extra response headers.
	 * @return the headers
	 */
	public Map<String, String> headers() {
		return this.headers;
	}

	/**
	 * Whether this is the data plane's per-minute rate limit ({@code 429},
	 * {@code window_kind: utc_minute}).
	 * @return whether it is
	 */
	boolean isPerMinuteRateLimit() {
		return this.plane == Plane.EDGE && this.status == 429 && "utc_minute".equals(this.fields.get("window_kind"));
	}

	private enum Plane {

		CONTROL, EDGE, SQL_STRING, SQL_OBJECT

	}

}
