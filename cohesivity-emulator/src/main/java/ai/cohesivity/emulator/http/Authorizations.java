package ai.cohesivity.emulator.http;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.server.ServerRequest;

/**
 * Reads the credential of {@code Authorization: Bearer <credential>}: a management key on
 * {@code /api}, an edge token on {@code /edge}, a wait token on {@code /api/wait}.
 */
public final class Authorizations {

	private Authorizations() {
	}

	/**
	 * The bearer credential of a request.
	 * @param request the request
	 * @return the credential, or {@code null} when there is none
	 */
	public static @Nullable String bearer(ServerRequest request) {
		return bearer(request.headers().firstHeader(HttpHeaders.AUTHORIZATION));
	}

	/**
	 * The credential of an {@code Authorization} header value.
	 * @param header the header value, e.g. {@code Bearer cwt_...}
	 * @return the credential, or {@code null} when the value is not a bearer credential
	 */
	public static @Nullable String bearer(@Nullable String header) {
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		String value = header.substring(7).trim();
		return value.isEmpty() ? null : value;
	}

}
