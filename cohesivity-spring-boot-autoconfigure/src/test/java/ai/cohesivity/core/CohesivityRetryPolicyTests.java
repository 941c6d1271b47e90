/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link CohesivityRetryPolicy}.
 */
class CohesivityRetryPolicyTests {

	private static final RetrySettings FAST = new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(50),
			Duration.ofSeconds(2));

	private static final String RATE_LIMIT = "{\"error\":{\"code\":429,\"message\":\"[Cohesivity] Rate limit exceeded "
			+ "for database\"},\"tenant_state\":\"active\",\"window_kind\":\"%s\"}";

	private static final String RATE_LIMIT_WITHOUT_WINDOW = "{\"error\":{\"code\":429,\"message\":\"[Cohesivity] "
			+ "Rate limit exceeded for database\"}}";

	private final CohesivityRetryPolicy policy = new CohesivityRetryPolicy(FAST);

	private ScriptedServer server;

	private CohesivityHttpTransport transport;

	@BeforeEach
	void start() throws IOException {
		this.server = new ScriptedServer();
		this.transport = ScriptedServer.configurer(FAST).anonymousTransport(this.server.baseUrl());
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private CohesivityRequest query() {
		return CohesivityRequest.of(HttpMethod.POST, "/edge/database").withBody(Map.of("query", "SELECT 1"));
	}

	private CohesivityHttpTransport transportAt(String instant) {
		return CohesivityClientConfigurer.builder()
			.retrySettings(FAST)
			.clock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC))
			.build()
			.anonymousTransport(this.server.baseUrl());
	}

	private MockResponse ok() {
		return ScriptedServer.json(200, "{\"rows\":[{\"1\":1}],\"rowCount\":1}");
	}

	@Test
	void idempotentCallIsRetriedOnGatewayErrors() {
		this.server.enqueue("/edge/database", ScriptedServer.json(503, "{\"error\":\"unavailable\"}"))
			.enqueue("/edge/database", new MockResponse.Builder().code(502).body("Bad Gateway").build())
			.enqueue("/edge/database", ok());
		assertThat(this.transport.send(query(), true).block(Duration.ofSeconds(10)).path("rowCount").asInt())
			.isEqualTo(1);
		assertThat(this.server.count("/edge/database")).isEqualTo(3);
	}

	@Test
	void attemptsAreBounded() {
		this.server.respond("/edge/database", (request) -> ScriptedServer.json(504, "{\"error\":\"timeout\"}"));
		assertThatExceptionOfType(CohesivityApiException.class)
			.isThrownBy(() -> this.transport.send(query(), true).block(Duration.ofSeconds(10)))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(504));
		assertThat(this.server.count("/edge/database")).isEqualTo(3);
	}

	@Test
	void nonIdempotentCallIsNeverRetried() {
		this.server.enqueue("/edge/database", ScriptedServer.json(503, "{\"error\":\"unavailable\"}"))
			.enqueue("/edge/database", ok());
		assertThatExceptionOfType(CohesivityApiException.class)
			.isThrownBy(() -> this.transport.send(query(), false).block(Duration.ofSeconds(10)));
		assertThat(this.server.count("/edge/database")).isEqualTo(1);
	}

	@Test
	void perMinuteRateLimitHonoursRetryAfter() {
		this.server
			.enqueue("/edge/database",
					new MockResponse.Builder().code(429)
						.addHeader("Retry-After", "0")
						.addHeader("Content-Type", "application/json")
						.body(RATE_LIMIT.formatted("utc_minute"))
						.build())
			.enqueue("/edge/database", ok());
		this.transport.send(query(), true).block(Duration.ofSeconds(10));
		assertThat(this.server.count("/edge/database")).isEqualTo(2);
	}

	@Test
	void lifetimePlanLimitIsNotRetried() {
		this.server.enqueue("/edge/database", ScriptedServer.json(429, RATE_LIMIT.formatted("all_time")))
			.enqueue("/edge/database", ok());
		assertThatExceptionOfType(CohesivityRateLimitedException.class)
			.isThrownBy(() -> this.transport.send(query(), true).block(Duration.ofSeconds(10)))
			.satisfies((ex) -> assertThat(ex.isRetryable()).isFalse());
		assertThat(this.server.count("/edge/database")).isEqualTo(1);
	}

	@Test
	void retryAfterLongerThanTheLimitFailsWithTheWait() {
		this.server.enqueue("/edge/database",
				new MockResponse.Builder().code(429)
					.addHeader("Retry-After", "45")
					.addHeader("Content-Type", "application/json")
					.body(RATE_LIMIT.formatted("utc_minute"))
					.build());
		assertThatExceptionOfType(CohesivityRateLimitedException.class)
			.isThrownBy(() -> this.transport.send(query(), true).block(Duration.ofSeconds(10)))
			.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(45)));
		assertThat(this.server.count("/edge/database")).isEqualTo(1);
	}

	@Test
	void rateLimitWithRetryAfterButNoWindowKindIsRetried() {
		// §16: a 429 is retryable when window_kind is utc_minute or Retry-After is
		// present.
		this.server
			.enqueue("/edge/database",
					new MockResponse.Builder().code(429)
						.addHeader("Retry-After", "0")
						.addHeader("Content-Type", "application/json")
						.body(RATE_LIMIT_WITHOUT_WINDOW)
						.build())
			.enqueue("/edge/database", ok());
		assertThat(this.transport.send(query(), true).block(Duration.ofSeconds(10)).path("rowCount").asInt())
			.isEqualTo(1);
		assertThat(this.server.count("/edge/database")).isEqualTo(2);
	}

	@Test
	void rateLimitWithRetryAfterButNoWindowKindIsBoundedByMaxRetryAfter() {
		this.server.enqueue("/edge/database",
				new MockResponse.Builder().code(429)
					.addHeader("Retry-After", "45")
					.addHeader("Content-Type", "application/json")
					.body(RATE_LIMIT_WITHOUT_WINDOW)
					.build());
		assertThatExceptionOfType(CohesivityRateLimitedException.class)
			.isThrownBy(() -> this.transport.send(query(), true).block(Duration.ofSeconds(10)))
			.satisfies((ex) -> assertThat(ex.isRetryable()).isTrue())
			.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(45)));
		assertThat(this.server.count("/edge/database")).isEqualTo(1);
	}

	@Test
	void planLimitIsNotRetryableEvenWithRetryAfter() {
		CohesivityRateLimitedException planLimit = new CohesivityRateLimitedException(
				new ErrorEnvelope(429, null, "Plan limit exceeded for database", "plan_limit_exceeded", null, null,
						null, null, null, Duration.ofSeconds(1)));
		assertThat(planLimit.isRetryable()).isFalse();
		assertThat(this.policy.delayBeforeRetry(planLimit, 0)).isNull();
	}

	@Test
	void perMinuteRateLimitWithoutRetryAfterWaitsForTheNextUtcMinute() {
		CohesivityRetryPolicy atHalfPast = new CohesivityRetryPolicy(
				new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(60)),
				Clock.fixed(Instant.parse("2026-09-01T12:00:30Z"), ZoneOffset.UTC));
		CohesivityRateLimitedException perMinute = new CohesivityRateLimitedException(new ErrorEnvelope(429, "429",
				"Rate limit exceeded for database", "active", "utc_minute", null, null, null, null, null));
		assertThat(atHalfPast.delayBeforeRetry(perMinute, 0)).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(31));
		assertThat(atHalfPast.delayBeforeRetry(perMinute, 1)).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(31));
	}

	@Test
	void perMinuteRateLimitWithoutRetryAfterFailsAtOnceWhenTheMinuteIsFurtherAwayThanMaxRetryAfter() {
		// Thirty seconds to the next minute, two allowed: no quick retries inside the
		// same minute, which the window would refuse again.
		CohesivityHttpTransport halfPast = transportAt("2026-09-01T12:00:30Z");
		this.server.enqueue("/edge/database", ScriptedServer.json(429, RATE_LIMIT.formatted("utc_minute")))
			.enqueue("/edge/database", ok());
		assertThatExceptionOfType(CohesivityRateLimitedException.class)
			.isThrownBy(() -> halfPast.send(query(), true).block(Duration.ofSeconds(10)));
		assertThat(this.server.count("/edge/database")).isEqualTo(1);
	}

	@Test
	void perMinuteRateLimitWithoutRetryAfterIsRetriedInTheNextMinute() {
		CohesivityHttpTransport nearlyThere = transportAt("2026-09-01T12:00:59.900Z");
		this.server.enqueue("/edge/database", ScriptedServer.json(429, RATE_LIMIT.formatted("utc_minute")))
			.enqueue("/edge/database", ok());
		assertThat(nearlyThere.send(query(), true).block(Duration.ofSeconds(10)).path("rowCount").asInt()).isEqualTo(1);
		assertThat(this.server.count("/edge/database")).isEqualTo(2);
	}

	@Test
	void serviceUnavailableHonoursItsRetryAfterWithinTheLimit() {
		CohesivityApiException starting = new CohesivityApiException(new ErrorEnvelope(503, "agent_starting",
				"The agent is starting", null, null, null, null, null, null, Duration.ofSeconds(1)));
		assertThat(this.policy.delayBeforeRetry(starting, 0)).isEqualTo(Duration.ofSeconds(1));
		CohesivityApiException tooLong = new CohesivityApiException(new ErrorEnvelope(503, "agent_starting",
				"The agent is starting", null, null, null, null, null, null, Duration.ofSeconds(30)));
		assertThat(this.policy.delayBeforeRetry(tooLong, 0)).as("longer than max-retry-after (2 s)").isNull();
		assertThat(this.policy.delayBeforeRetry(new CohesivityApiException(ErrorEnvelope.of(503, "unavailable")), 0))
			.as("without Retry-After: backoff")
			.isBetween(Duration.ofMillis(5), Duration.ofMillis(10));
	}

	@Test
	void clientErrorsAreNotRetried() {
		assertThat(this.policy.delayBeforeRetry(new CohesivityApiException(ErrorEnvelope.of(400, "syntax error")), 0))
			.isNull();
		assertThat(this.policy.delayBeforeRetry(new CohesivityUnauthorizedException(ErrorEnvelope.of(401, "bad")), 0))
			.isNull();
	}

	@Test
	void backoffIsJitteredAndCapped() {
		CohesivityNetworkException failure = new CohesivityNetworkException("reset", new IOException("reset"), true);
		Duration first = this.policy.delayBeforeRetry(failure, 0);
		Duration second = this.policy.delayBeforeRetry(failure, 1);
		assertThat(first).isBetween(Duration.ofMillis(5), Duration.ofMillis(10));
		assertThat(second).isBetween(Duration.ofMillis(10), Duration.ofMillis(20));
		assertThat(this.policy.delayBeforeRetry(failure, 2)).isNull();
	}

}
