/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The contents of a {@code .cohesivity} credentials file: the documented keys as typed
 * accessors and every entry, unknown ones included, in file order. {@link #toString()}
 * masks the keys.
 *
 * @param entries every {@code key=value} entry in file order (first occurrence of a key
 * wins)
 */
public record CohesivityCredentials(Map<String, String> entries) {

	/** The tenant id entry. */
	public static final String TENANT_ID = "tenant_id";

	/** The management key entry. */
	public static final String MANAGEMENT_KEY = "coh_management_key";

	/** The application key entry. */
	public static final String APPLICATION_KEY = "coh_application_key";

	/** The expiry entry. */
	public static final String EXPIRES_AT = "expires_at";

	/** The lifecycle entry. */
	public static final String TENANT_LIFECYCLE = "tenant_lifecycle";

	/** The runtime profile entry. */
	public static final String RUNTIME_PROFILE = "runtime_profile";

	/**
	 * The base URL entry: the origin the tenant lives at, written by a local emulator's
	 * genesis ({@code http://127.0.0.1:8787}); absent for the real platform.
	 */
	public static final String BASE_URL = "base_url";

	/**
	 * Create credentials, keeping the entries' order.
	 * @param entries the entries
	 */
	public CohesivityCredentials {
		entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
	}

	/**
	 * Return credentials without any entry.
	 * @return empty credentials
	 */
	public static CohesivityCredentials empty() {
		return new CohesivityCredentials(Map.of());
	}

	/**
	 * Return the tenant id.
	 * @return the tenant id or {@code null}
	 */
	public @Nullable String tenantId() {
		return this.entries.get(TENANT_ID);
	}

	/**
	 * Return the management key.
	 * @return the management key or {@code null}
	 */
	public @Nullable String managementKey() {
		return this.entries.get(MANAGEMENT_KEY);
	}

	/**
	 * Return the application key.
	 * @return the application key or {@code null}
	 */
	public @Nullable String applicationKey() {
		return this.entries.get(APPLICATION_KEY);
	}

	/**
	 * Return the tenant lifecycle ({@code ephemeral} or {@code claimed}).
	 * @return the lifecycle or {@code null}
	 */
	public @Nullable String tenantLifecycle() {
		return this.entries.get(TENANT_LIFECYCLE);
	}

	/**
	 * Return the runtime profile.
	 * @return the runtime profile or {@code null}
	 */
	public @Nullable String runtimeProfile() {
		return this.entries.get(RUNTIME_PROFILE);
	}

	/**
	 * Return the origin the tenant lives at, when the file names one (a local emulator's
	 * genesis does).
	 * @return the base URL or {@code null}
	 */
	public @Nullable String baseUrl() {
		String value = this.entries.get(BASE_URL);
		return (value != null && !value.isBlank()) ? value : null;
	}

	/**
	 * Return when the tenant expires, if the entry is present and parseable.
	 * @return the expiry or {@code null}
	 */
	public @Nullable Instant expiresAt() {
		String value = this.entries.get(EXPIRES_AT);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * Return whether either key is present.
	 * @return whether the credentials hold a key
	 */
	public boolean hasAnyKey() {
		return managementKey() != null || applicationKey() != null;
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("CohesivityCredentials[");
		this.entries.forEach((key, value) -> {
			if (text.charAt(text.length() - 1) != '[') {
				text.append(", ");
			}
			boolean secret = key.contains("key") || KeyRedactor.containsKey(value);
			text.append(key).append('=').append(secret ? KeyRedactor.mask(value) : value);
		});
		return text.append(']').toString();
	}

}
