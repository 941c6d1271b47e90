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
 * @param maxInMemorySize the largest response body, in bytes, that is buffered
 */
public record CohesivityClientSettings(String userAgent, Duration connectTimeout, Duration readTimeout,
		int maxInMemorySize) {

	/** The default connect timeout. */
	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	/** The default read timeout. */
	public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

	/** The default response size limit: 2 MiB, as the official clients cap responses. */
	public static final int DEFAULT_MAX_IN_MEMORY_SIZE = 2 * 1024 * 1024;

	/**
	 * Return the default settings: {@code cohesivity-spring-boot/<version>}, 10 s
	 * connect, 30 s read, 2 MiB responses.
	 * @return the defaults
	 */
	public static CohesivityClientSettings defaults() {
		return new CohesivityClientSettings(CohesivityVersion.userAgent(), DEFAULT_CONNECT_TIMEOUT,
				DEFAULT_READ_TIMEOUT, DEFAULT_MAX_IN_MEMORY_SIZE);
	}

	/**
	 * Return a copy with another read timeout.
	 * @param readTimeout the read timeout
	 * @return the new settings
	 */
	public CohesivityClientSettings withReadTimeout(Duration readTimeout) {
		return new CohesivityClientSettings(this.userAgent, this.connectTimeout, readTimeout, this.maxInMemorySize);
	}

}
