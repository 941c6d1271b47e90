/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import org.jspecify.annotations.Nullable;

/**
 * Where a Cohesivity tenant is and the keys that open it: the origin, the management key
 * for the control plane and the application key for the data plane. Every client is
 * assembled from one of these by a {@link CohesivityClientConfigurer}. Keys are read per
 * use, so an implementation may look them up lazily; a key that is needed but absent
 * fails with {@link #missingKey(Key)}.
 * <p>
 * {@link #of(String, String, String)} creates one from fixed values, for use without
 * Spring Boot; with Boot, the auto-configuration adapts its
 * {@code CohesivityConnectionDetails}.
 */
public interface CohesivityConnection {

	/** The origin of the Cohesivity platform. */
	String DEFAULT_BASE_URL = "https://cohesivity.ai";

	/**
	 * Return the origin of the Cohesivity API, for example {@code https://cohesivity.ai}.
	 * It is validated (https, or http to loopback) before any key is sent to it.
	 * @return the base URL
	 */
	String baseUrl();

	/**
	 * Return the management key ({@code coh_man_…}).
	 * @return the key or {@code null} when none is configured
	 */
	@Nullable String managementKey();

	/**
	 * Return the application key ({@code coh_app_…}).
	 * @return the key or {@code null} when none is configured
	 */
	@Nullable String applicationKey();

	/**
	 * Return whether a key is configured (neither {@code null} nor blank): without the
	 * management key the control plane (status, observability) cannot be used, without
	 * the application key the data plane cannot.
	 * @param key which key
	 * @return whether it is configured
	 */
	default boolean hasKey(Key key) {
		String value = switch (key) {
			case MANAGEMENT -> managementKey();
			case APPLICATION -> applicationKey();
		};
		return value != null && !value.isBlank();
	}

	/**
	 * Return the exception that reports a key as missing. Override it to tell users where
	 * the key should have come from.
	 * @param key the missing key
	 * @return the exception to throw
	 */
	default CohesivityException missingKey(Key key) {
		return new CohesivityException("No Cohesivity " + key.description() + " is configured");
	}

	/**
	 * Create a connection from fixed values.
	 * @param baseUrl the origin, for example {@code https://cohesivity.ai} or an
	 * emulator's {@code http://127.0.0.1:<port>}
	 * @param managementKey the management key, or {@code null} when only the data plane
	 * is used
	 * @param applicationKey the application key, or {@code null} when only the control
	 * plane is used
	 * @return the connection; its {@code toString()} masks the keys
	 */
	static CohesivityConnection of(String baseUrl, @Nullable String managementKey, @Nullable String applicationKey) {
		return new FixedCohesivityConnection(baseUrl, managementKey, applicationKey);
	}

	/**
	 * The two keys of a tenant.
	 */
	enum Key {

		/** The management key, for the control plane ({@code /api/*}). */
		MANAGEMENT("management key"),

		/** The application key, for the data plane ({@code /edge/*}). */
		APPLICATION("application key");

		private final String description;

		Key(String description) {
			this.description = description;
		}

		/**
		 * Return the key's name in prose, for example {@code management key}.
		 * @return the description
		 */
		public String description() {
			return this.description;
		}

	}

}
