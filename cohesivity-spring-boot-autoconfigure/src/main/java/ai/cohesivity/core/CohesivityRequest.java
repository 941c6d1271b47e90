/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * One JSON call to Cohesivity, described independently of the transport.
 *
 * @param method the HTTP method
 * @param uriTemplate the path template, for example {@code /api/resources/{offering}}; it
 * must not contain key material
 * @param uriVariables the template variables
 * @param body the JSON body, or {@code null} to send none
 * @param bearerToken the Bearer credential, or {@code null} to send none
 * @param headers other request headers, for example {@code X-Cohesivity-Machine-Id}
 */
public record CohesivityRequest(HttpMethod method, String uriTemplate, List<Object> uriVariables, @Nullable Object body,
		@Nullable String bearerToken, Map<String, String> headers) {

	/**
	 * Validate the request.
	 * @param method the HTTP method
	 * @param uriTemplate the path template
	 * @param uriVariables the template variables
	 * @param body the JSON body
	 * @param bearerToken the Bearer credential
	 * @param headers other request headers
	 */
	public CohesivityRequest {
		Assert.isTrue(uriTemplate.startsWith("/"), "uriTemplate must be a path starting with '/'");
		Assert.isTrue(!uriTemplate.contains("key=") && !KeyRedactor.containsKey(uriTemplate),
				"uriTemplate must not contain key material; pass keys as credentials, not in the URI");
		Assert.isTrue(headers.keySet().stream().noneMatch(HttpHeaders.AUTHORIZATION::equalsIgnoreCase),
				"The credential is not a header of the request; use withBearer");
		uriVariables = List.copyOf(uriVariables);
		headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
	}

	/**
	 * Create a request without other headers.
	 * @param method the HTTP method
	 * @param uriTemplate the path template
	 * @param uriVariables the template variables
	 * @param body the JSON body
	 * @param bearerToken the Bearer credential
	 */
	public CohesivityRequest(HttpMethod method, String uriTemplate, List<Object> uriVariables, @Nullable Object body,
			@Nullable String bearerToken) {
		this(method, uriTemplate, uriVariables, body, bearerToken, Map.of());
	}

	/**
	 * Start a request without body or credential.
	 * @param method the HTTP method
	 * @param uriTemplate the path template
	 * @param uriVariables the template variables
	 * @return the request
	 */
	public static CohesivityRequest of(HttpMethod method, String uriTemplate, Object... uriVariables) {
		return new CohesivityRequest(method, uriTemplate, List.of(uriVariables), null, null);
	}

	/**
	 * Return a copy carrying the given JSON body.
	 * @param body the body, or {@code null} for none
	 * @return the new request
	 */
	public CohesivityRequest withBody(@Nullable Object body) {
		return new CohesivityRequest(this.method, this.uriTemplate, this.uriVariables, body, this.bearerToken,
				this.headers);
	}

	/**
	 * Return a copy carrying the given Bearer credential.
	 * @param bearerToken the token or key, or {@code null} for none
	 * @return the new request
	 */
	public CohesivityRequest withBearer(@Nullable String bearerToken) {
		return new CohesivityRequest(this.method, this.uriTemplate, this.uriVariables, this.body, bearerToken,
				this.headers);
	}

	/**
	 * Return a copy carrying one more request header.
	 * @param name the header name; not {@code Authorization} (see
	 * {@link #withBearer(String)})
	 * @param value the value
	 * @return the new request
	 */
	public CohesivityRequest withHeader(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(this.headers);
		more.put(name, value);
		return new CohesivityRequest(this.method, this.uriTemplate, this.uriVariables, this.body, this.bearerToken,
				more);
	}

	@Override
	public String toString() {
		return "CohesivityRequest[" + this.method + " " + this.uriTemplate + ", bearer="
				+ ((this.bearerToken != null) ? KeyRedactor.MASK : "none") + ", headers=" + this.headers.keySet() + "]";
	}

}
