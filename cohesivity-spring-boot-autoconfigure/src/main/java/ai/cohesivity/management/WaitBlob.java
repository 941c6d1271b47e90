/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;

import ai.cohesivity.core.CohesivityException;

/**
 * The {@code wait} blob that the control plane hands out with a flow a human has to
 * approve (a claim, a Codex connection): where to poll, with which credential, how, and
 * how often. Fields the blob leaves out are {@code null}; {@link WaitPoller} then polls
 * with {@code POST} and the caller's interval.
 *
 * @param url where to poll ({@code /api/wait} of the Cohesivity origin)
 * @param authorization the {@code Authorization} header value for polling (a secret;
 * never printed)
 * @param method the method the blob asks for ({@code GET} or {@code POST}), or
 * {@code null} when it does not say
 * @param pollInterval the pause between two polls the blob asks for
 * ({@code poll_interval_seconds}), or {@code null} when it does not say
 */
public record WaitBlob(String url, String authorization, @Nullable HttpMethod method, @Nullable Duration pollInterval) {

	/**
	 * Read a {@code wait} blob.
	 * @param wait the blob
	 * @param source the call that returned it, for the error message, for example
	 * {@code POST /api/claim/url}
	 * @return the blob
	 * @throws CohesivityException if {@code url} or {@code auth_header} is missing
	 */
	public static WaitBlob from(JsonNode wait, String source) {
		JsonNode url = wait.path("url");
		JsonNode auth = wait.path("auth_header");
		if (!url.isString() || url.stringValue().isBlank() || !auth.isString() || auth.stringValue().isBlank()) {
			throw new CohesivityException(
					"Malformed response to " + source + ": wait.url or wait.auth_header is missing");
		}
		return new WaitBlob(url.stringValue(), auth.stringValue(), method(wait.path("method")),
				interval(wait.path("poll_interval_seconds")));
	}

	private static @Nullable HttpMethod method(JsonNode method) {
		if (!method.isString()) {
			return null;
		}
		return switch (method.stringValue().strip().toUpperCase(Locale.ROOT)) {
			case "GET" -> HttpMethod.GET;
			case "POST" -> HttpMethod.POST;
			default -> null;
		};
	}

	private static @Nullable Duration interval(JsonNode seconds) {
		double value = seconds.isNumber() ? seconds.asDouble()
				: (seconds.isString() ? parse(seconds.stringValue()) : Double.NaN);
		if (!(value > 0) || value > Duration.ofHours(1).toSeconds()) {
			return null;
		}
		return Duration.ofMillis(Math.round(value * 1000));
	}

	private static double parse(String text) {
		try {
			return Double.parseDouble(text.strip());
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

	@Override
	public String toString() {
		return "WaitBlob[url=" + this.url + ", authorization=******, method=" + this.method + ", pollInterval="
				+ this.pollInterval + "]";
	}

}
