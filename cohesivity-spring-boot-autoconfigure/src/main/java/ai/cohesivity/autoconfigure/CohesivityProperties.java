/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import ai.cohesivity.core.KeyRedactor;

/**
 * Configuration properties for Cohesivity ({@code cohesivity.*}). Keys set here (or
 * through the environment, for example {@code COHESIVITY_APPLICATION_KEY}) take
 * precedence over the {@code .cohesivity} credentials file.
 */
@ConfigurationProperties("cohesivity")
public class CohesivityProperties {

	/**
	 * Whether to auto-configure the Cohesivity clients.
	 */
	private boolean enabled = true;

	/**
	 * Origin of the Cohesivity API. When not set, the base_url of the credentials file
	 * (written by a local emulator) is used, and https://cohesivity.ai without one. Plain
	 * http is only accepted for a loopback address.
	 */
	private @Nullable String baseUrl;

	/**
	 * Location of the .cohesivity credentials file written by Cohesivity's installer.
	 */
	private Path credentialsFile = Path.of(".cohesivity");

	/**
	 * Management key (coh_man_...) for the control plane. Overrides the credentials file.
	 */
	private @Nullable String managementKey;

	/**
	 * Application key (coh_app_...) for the data plane. Overrides the credentials file.
	 */
	private @Nullable String applicationKey;

	/**
	 * Tenant id. Overrides the credentials file.
	 */
	private @Nullable String tenantId;

	/**
	 * User-Agent sent on every request. Defaults to cohesivity-spring-boot/<version>;
	 * must not be a default HTTP library agent, which Cohesivity's firewall rejects.
	 */
	private @Nullable String userAgent;

	/**
	 * TCP connect timeout.
	 */
	private Duration connectTimeout = Duration.ofSeconds(10);

	/**
	 * How long to wait for a response once the request was sent.
	 */
	private Duration readTimeout = Duration.ofSeconds(30);

	/**
	 * Largest control-plane (/api/*) response body buffered in memory, after decoding. 2
	 * MB, as Cohesivity's own clients cap management answers; data-plane answers have
	 * their own limit, cohesivity.edge.max-in-memory-size.
	 */
	private DataSize maxInMemorySize = DataSize.ofMegabytes(2);

	/**
	 * Whether to mask Cohesivity keys and Bearer credentials in every log line (Logback
	 * and Log4j2), including lines written by Reactor Netty at DEBUG, which show the full
	 * request URI.
	 */
	private boolean redactLogs = true;

	private final Retry retry = new Retry();

	private final Genesis genesis = new Genesis();

	private final Edge edge = new Edge();

	private final Claim claim = new Claim();

	private final Emulator emulator = new Emulator();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(@Nullable String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public Path getCredentialsFile() {
		return this.credentialsFile;
	}

	public void setCredentialsFile(Path credentialsFile) {
		this.credentialsFile = credentialsFile;
	}

	public @Nullable String getManagementKey() {
		return this.managementKey;
	}

	public void setManagementKey(@Nullable String managementKey) {
		this.managementKey = managementKey;
	}

	public @Nullable String getApplicationKey() {
		return this.applicationKey;
	}

	public void setApplicationKey(@Nullable String applicationKey) {
		this.applicationKey = applicationKey;
	}

	public @Nullable String getTenantId() {
		return this.tenantId;
	}

	public void setTenantId(@Nullable String tenantId) {
		this.tenantId = tenantId;
	}

	public @Nullable String getUserAgent() {
		return this.userAgent;
	}

	public void setUserAgent(@Nullable String userAgent) {
		this.userAgent = userAgent;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	public DataSize getMaxInMemorySize() {
		return this.maxInMemorySize;
	}

	public void setMaxInMemorySize(DataSize maxInMemorySize) {
		this.maxInMemorySize = maxInMemorySize;
	}

	public boolean isRedactLogs() {
		return this.redactLogs;
	}

	public void setRedactLogs(boolean redactLogs) {
		this.redactLogs = redactLogs;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Genesis getGenesis() {
		return this.genesis;
	}

	public Edge getEdge() {
		return this.edge;
	}

	public Claim getClaim() {
		return this.claim;
	}

	public Emulator getEmulator() {
		return this.emulator;
	}

	@Override
	public String toString() {
		return "CohesivityProperties[baseUrl=" + this.baseUrl + ", managementKey="
				+ ((this.managementKey != null) ? KeyRedactor.mask(this.managementKey) : "unset") + ", applicationKey="
				+ ((this.applicationKey != null) ? KeyRedactor.mask(this.applicationKey) : "unset") + ", tenantId="
				+ this.tenantId + "]";
	}

	/**
	 * Retry settings for idempotent calls (reads, token mints, status, provisioning).
	 */
	public static class Retry {

		/**
		 * Total attempts per idempotent call, including the first. 1 disables retries.
		 */
		private int maxAttempts = 3;

		/**
		 * Base backoff before retrying a 502/503/504 or a network failure (jittered,
		 * doubled per attempt).
		 */
		private Duration initialBackoff = Duration.ofMillis(200);

		/**
		 * Largest backoff between two attempts.
		 */
		private Duration maxBackoff = Duration.ofSeconds(5);

		/**
		 * Longest Retry-After of a per-minute rate limit that is waited out; longer waits
		 * fail.
		 */
		private Duration maxRetryAfter = Duration.ofSeconds(60);

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public Duration getMaxRetryAfter() {
			return this.maxRetryAfter;
		}

		public void setMaxRetryAfter(Duration maxRetryAfter) {
			this.maxRetryAfter = maxRetryAfter;
		}

	}

	/**
	 * Tenant creation ({@code POST /api/genesis}) at start-up.
	 */
	public static class Genesis {

		/**
		 * Whether to create a tenant at start-up when no credentials exist. Off by
		 * default: Cohesivity asks that tenants be created with its own tooling
		 * (npx @cohesivity/init).
		 */
		private boolean enabled;

		/**
		 * How long to wait for another process that holds the credentials-file lock.
		 */
		private Duration lockTimeout = Duration.ofSeconds(60);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getLockTimeout() {
			return this.lockTimeout;
		}

		public void setLockTimeout(Duration lockTimeout) {
			this.lockTimeout = lockTimeout;
		}

	}

	/**
	 * Data-plane ({@code /edge/*}) settings.
	 */
	public static class Edge {

		/**
		 * Whether to authenticate edge calls with short-lived session tokens (Bearer).
		 * When false, the application key is sent as the key query parameter on every
		 * call.
		 */
		private boolean sessionTokens = true;

		/**
		 * Lowest token lifetime honoured when the server's expires_in is smaller.
		 */
		private Duration minimumTokenTtl = Duration.ofSeconds(1);

		/**
		 * Largest safety margin before token expiry after which a token is no longer
		 * used.
		 */
		private Duration maximumTokenMargin = Duration.ofSeconds(5);

		/**
		 * Largest data-plane (/edge/*) response body buffered in memory, after decoding.
		 * An edge database answer may be tens of MB; it is held as bytes once, and each
		 * row asked for becomes a JSON tree several times its size. A counting update()
		 * beyond it still succeeds (the count is then unknown); rows beyond it fail with
		 * EdgeDatabaseAnswerTooLargeException.
		 */
		private DataSize maxInMemorySize = DataSize.ofMegabytes(16);

		public boolean isSessionTokens() {
			return this.sessionTokens;
		}

		public void setSessionTokens(boolean sessionTokens) {
			this.sessionTokens = sessionTokens;
		}

		public Duration getMinimumTokenTtl() {
			return this.minimumTokenTtl;
		}

		public void setMinimumTokenTtl(Duration minimumTokenTtl) {
			this.minimumTokenTtl = minimumTokenTtl;
		}

		public Duration getMaximumTokenMargin() {
			return this.maximumTokenMargin;
		}

		public void setMaximumTokenMargin(Duration maximumTokenMargin) {
			this.maximumTokenMargin = maximumTokenMargin;
		}

		public DataSize getMaxInMemorySize() {
			return this.maxInMemorySize;
		}

		public void setMaxInMemorySize(DataSize maxInMemorySize) {
			this.maxInMemorySize = maxInMemorySize;
		}

	}

	/**
	 * Claim flow polling.
	 */
	public static class Claim {

		/**
		 * Interval between two polls of the claim's wait endpoint, when the wait blob
		 * does not name one.
		 */
		private Duration pollInterval = Duration.ofSeconds(3);

		/**
		 * How long to wait for a human to approve a claim.
		 */
		private Duration timeout = Duration.ofMinutes(15);

		public Duration getPollInterval() {
			return this.pollInterval;
		}

		public void setPollInterval(Duration pollInterval) {
			this.pollInterval = pollInterval;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

	/**
	 * The embedded local emulator (needs cohesivity-emulator on the classpath).
	 */
	public static class Emulator {

		/**
		 * Whether to start the embedded emulator: auto starts it only when no credentials
		 * are configured anywhere.
		 */
		private EmulatorMode enabled = EmulatorMode.AUTO;

		/**
		 * Port of the embedded emulator; 0 picks a free port.
		 */
		private int port;

		/**
		 * Directory where the emulator keeps tenant databases across restarts; in memory
		 * when unset.
		 */
		private @Nullable Path dataDirectory;

		public EmulatorMode getEnabled() {
			return this.enabled;
		}

		public void setEnabled(EmulatorMode enabled) {
			this.enabled = enabled;
		}

		public int getPort() {
			return this.port;
		}

		public void setPort(int port) {
			this.port = port;
		}

		public @Nullable Path getDataDirectory() {
			return this.dataDirectory;
		}

		public void setDataDirectory(@Nullable Path dataDirectory) {
			this.dataDirectory = dataDirectory;
		}

	}

	/**
	 * When the embedded emulator starts.
	 */
	public enum EmulatorMode {

		/**
		 * Start only when no credentials are configured anywhere.
		 */
		AUTO,

		/**
		 * Always start, ignoring configured credentials.
		 */
		TRUE,

		/**
		 * Never start.
		 */
		FALSE

	}

}
