/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.time.Duration;

/**
 * The transport settings every Cohesivity client shares.
 *
 * @param userAgent the {@code User-Agent} sent on every request (Cloudflare rejects
 * default agents)
 * @param connectTimeout the TCP connect timeout
 * @param readTimeout how long to wait for a response after the request was sent
 * @param maxInMemorySize the largest control-plane ({@code /api/*}) response body, in
 * bytes (decoded), that is buffered
 * @param edgeMaxInMemorySize the largest data-plane ({@code /edge/*}) response body, in
 * bytes (decoded), that is buffered: an edge database answer may be tens of MB
 */
public record CohesivityClientSettings(String userAgent, Duration connectTimeout, Duration readTimeout,
		int maxInMemorySize, int edgeMaxInMemorySize) {

	/** The default connect timeout. */
	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	/** The default read timeout. */
	public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

	/**
	 * The default control-plane response size limit: 2 MiB, as the official clients cap
	 * management answers.
	 */
	public static final int DEFAULT_MAX_IN_MEMORY_SIZE = 2 * 1024 * 1024;

	/**
	 * The default data-plane response size limit: 16 MiB. An edge database answer is held
	 * as bytes once (a count of changed rows is read from them without building a tree);
	 * rows asked for become one JSON tree each, several times the answer's size.
	 */
	public static final int DEFAULT_EDGE_MAX_IN_MEMORY_SIZE = 16 * 1024 * 1024;

	/**
	 * Create settings with one size limit for both planes.
	 * @param userAgent the {@code User-Agent}
	 * @param connectTimeout the TCP connect timeout
	 * @param readTimeout the read timeout
	 * @param maxInMemorySize the largest response body of either plane, in bytes
	 */
	public CohesivityClientSettings(String userAgent, Duration connectTimeout, Duration readTimeout,
			int maxInMemorySize) {
		this(userAgent, connectTimeout, readTimeout, maxInMemorySize, maxInMemorySize);
	}

	/**
	 * Return the default settings: {@code cohesivity-spring-boot/<version>}, 10 s
	 * connect, 30 s read, 2 MiB control-plane and 16 MiB data-plane responses.
	 * @return the defaults
	 */
	public static CohesivityClientSettings defaults() {
		return new CohesivityClientSettings(CohesivityVersion.userAgent(), DEFAULT_CONNECT_TIMEOUT,
				DEFAULT_READ_TIMEOUT, DEFAULT_MAX_IN_MEMORY_SIZE, DEFAULT_EDGE_MAX_IN_MEMORY_SIZE);
	}

	/**
	 * Return a copy with another read timeout.
	 * @param readTimeout the read timeout
	 * @return the new settings
	 */
	public CohesivityClientSettings withReadTimeout(Duration readTimeout) {
		return new CohesivityClientSettings(this.userAgent, this.connectTimeout, readTimeout, this.maxInMemorySize,
				this.edgeMaxInMemorySize);
	}

	/**
	 * Return a copy with another data-plane response size limit.
	 * @param edgeMaxInMemorySize the largest data-plane response body, in bytes
	 * @return the new settings
	 */
	public CohesivityClientSettings withEdgeMaxInMemorySize(int edgeMaxInMemorySize) {
		return new CohesivityClientSettings(this.userAgent, this.connectTimeout, this.readTimeout, this.maxInMemorySize,
				edgeMaxInMemorySize);
	}

}
