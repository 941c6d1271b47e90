/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.health.contributor.Health;
import org.springframework.context.ConfigurableApplicationContext;

import ai.cohesivity.core.CohesivityNotProvisionedException;
import ai.cohesivity.core.CohesivityTenantExpiredException;
import ai.cohesivity.core.CohesivityTenantPausedException;
import ai.cohesivity.database.EdgeDatabaseOperations;
import ai.cohesivity.health.CohesivityHealthIndicator;
import ai.cohesivity.management.ResourcesClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While four callers read, the tenant is paused, expired and loses its database, and
 * comes back each time: every failing call fails with the typed exception of its state
 * after exactly one request (no retry storm), the health component flips and flips back,
 * and calls succeed again once the tenant is back.
 */
@ExtendWith(SuiteSecrets.class)
class TenantStatesMidRunTests {

	private static final int CALLERS = 4;

	private static final int CALLS_PER_PHASE = 40;

	private static final Duration DEADLINE = Duration.ofSeconds(60);

	private static CohesivityEmulator emulator;

	private static EmulatorTenant tenant;

	private static ConfigurableApplicationContext application;

	@BeforeAll
	static void start() {
		emulator = CohesivityEmulator.builder().start();
		tenant = ReliabilityApplication.tenantWithDatabase(emulator, false);
		application = ReliabilityApplication.run(emulator, tenant, "cohesivity.health.cache-ttl=0s");
		application.getBean(EdgeDatabaseOperations.class).execute("CREATE TABLE items (id INTEGER PRIMARY KEY)");
	}

	@AfterAll
	static void stop() {
		application.close();
		emulator.close();
	}

	@Test
	void typedErrorsHealthFlipsAndNoRetryStorm() throws Exception {
		EdgeDatabaseOperations database = application.getBean(EdgeDatabaseOperations.class);
		CohesivityHealthIndicator health = application.getBean(CohesivityHealthIndicator.class);
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("active", phase(database, health, null));
		emulator.admin().pause(tenant.tenantId());
		Phase paused = phase(database, health, CohesivityTenantPausedException.class);
		emulator.admin().resume(tenant.tenantId());
		Phase resumed = phase(database, health, null);
		emulator.admin().expire(tenant.tenantId());
		Phase expired = phase(database, health, CohesivityTenantExpiredException.class);
		emulator.admin().resume(tenant.tenantId());
		Phase renewed = phase(database, health, null);
		application.getBean(ResourcesClient.class).delete("database").block(Duration.ofSeconds(10));
		Phase deleted = phase(database, health, CohesivityNotProvisionedException.class);
		emulator.provision(tenant.tenantId(), "database");
		database.execute("CREATE TABLE items (id INTEGER PRIMARY KEY)");
		Phase provisioned = phase(database, health, null);
		figures.put("paused", paused);
		figures.put("resumed", resumed);
		figures.put("expired", expired);
		figures.put("resumed again", renewed);
		figures.put("database deleted", deleted);
		figures.put("provisioned again", provisioned);
		List<Object> printed = new ArrayList<>();
		figures.forEach((name, phase) -> {
			printed.add(name);
			printed.add(phase);
		});
		Figures.print("paused, expired, not provisioned mid-run", printed.toArray());
		for (Phase failing : List.of(paused, expired, deleted)) {
			assertThat(failing.failed()).as("every call of a failing phase fails").isEqualTo(failing.calls());
			assertThat(failing.requests()).as("one request per failing call: no retry").isEqualTo(failing.calls());
			assertThat(failing.errors()).hasSize(1);
		}
		assertThat(paused.errors()).containsExactly("CohesivityTenantPausedException");
		assertThat(paused.health()).startsWith("DOWN").contains("paused");
		assertThat(expired.errors()).containsExactly("CohesivityTenantExpiredException");
		assertThat(expired.health()).startsWith("DOWN").contains("expired");
		assertThat(deleted.errors()).containsExactly("CohesivityNotProvisionedException");
		assertThat(deleted.health()).contains("not provisioned");
		for (Phase working : List.of(resumed, renewed, provisioned)) {
			assertThat(working.failed()).as("calls once the tenant is back").isZero();
			assertThat(working.health()).startsWith("UP");
		}
	}

	/**
	 * Runs {@link #CALLS_PER_PHASE} reads on each of {@link #CALLERS} threads and checks
	 * health; for a failing phase, first waits until the state is visible to a call.
	 */
	private Phase phase(EdgeDatabaseOperations database, CohesivityHealthIndicator health,
			Class<? extends Exception> expected) throws Exception {
		long before = emulator.requestCount("POST", "/edge/database");
		AtomicLong failed = new AtomicLong();
		Set<String> errors = ConcurrentHashMap.newKeySet();
		AtomicBoolean unexpected = new AtomicBoolean();
		long deadline = System.nanoTime() + DEADLINE.toNanos();
		ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < CALLERS; i++) {
				running.add(callers.submit(() -> {
					for (int call = 0; call < CALLS_PER_PHASE && System.nanoTime() < deadline; call++) {
						try {
							database.queryForObject("SELECT count(*) FROM items", Long.class);
						}
						catch (RuntimeException ex) {
							SuiteSecrets.raised(ex);
							failed.incrementAndGet();
							Throwable cause = ex.getCause();
							errors.add((cause != null) ? cause.getClass().getSimpleName() : ex.toString());
							if (expected == null || !expected.isInstance(cause)) {
								unexpected.set(true);
							}
						}
					}
				}));
			}
			for (Future<?> caller : running) {
				caller.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
			}
		}
		finally {
			callers.shutdownNow();
		}
		long requests = emulator.requestCount("POST", "/edge/database") - before;
		Health result = health.health().block(Duration.ofSeconds(10));
		String healthText = (result != null) ? result.getStatus().getCode() + " " + result.getDetails() : "none";
		assertThat(unexpected.get()).as("only the expected error: " + errors).isFalse();
		long calls = (long) CALLERS * CALLS_PER_PHASE;
		return new Phase(calls, failed.get(), requests, Set.copyOf(errors), healthText);
	}

	record Phase(long calls, long failed, long requests, Set<String> errors, String health) {

		@Override
		public String toString() {
			return "{calls " + this.calls + ", failed " + this.failed + ", requests " + this.requests + ", errors "
					+ this.errors + ", health " + this.health.replaceAll(",? ?(claim|recovery|resources)=[^}]*", "")
					+ "}";
		}

	}

}
