/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.time.Duration;

import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import ai.cohesivity.emulator.WireProfile;

/**
 * An emulator the benchmarks talk to over loopback HTTP: embedded in this JVM
 * ({@link #embedded()}), or in a JVM of its own ({@link EmulatorProcess}), so that this
 * process's CPU time is the client's alone.
 */
public interface EmulatorControl extends AutoCloseable {

	/**
	 * Returns the emulator's base URL.
	 * @return for example {@code http://127.0.0.1:40123}
	 */
	String baseUrl();

	/**
	 * Creates a tenant with a provisioned database.
	 * @return the tenant's connection (base URL, management and application key)
	 */
	CohesivityConnection createTenantWithDatabase();

	/**
	 * Sets the lifetime of the edge tokens minted from now on.
	 * @param ttl the lifetime
	 */
	void edgeTokenTtl(Duration ttl);

	/**
	 * Lifts the ephemeral D1 caps, so that long runs are not paused.
	 */
	void liftD1Caps();

	/**
	 * Adds a fixed latency to every request outside the admin API.
	 * @param fixed the latency; zero for none
	 */
	void latency(Duration fixed);

	/**
	 * Returns how many requests the emulator received for a method and path.
	 * @param method the HTTP method
	 * @param path the path, without query
	 * @return the count since start
	 */
	long requestCount(String method, String path);

	/**
	 * Stops the emulator.
	 */
	@Override
	void close();

	/**
	 * Starts an emulator in this JVM (full wire profile).
	 * @return the started emulator
	 */
	static EmulatorControl embedded() {
		CohesivityEmulator emulator = CohesivityEmulator.builder().wireProfile(WireProfile.FULL).start();
		return new EmulatorControl() {

			@Override
			public String baseUrl() {
				return emulator.baseUrl();
			}

			@Override
			public CohesivityConnection createTenantWithDatabase() {
				EmulatorTenant tenant = emulator.createTenant();
				emulator.provision(tenant.tenantId(), "database");
				return CohesivityConnection.of(emulator.baseUrl(), tenant.managementKey(), tenant.applicationKey());
			}

			@Override
			public void edgeTokenTtl(Duration ttl) {
				emulator.admin().edgeTokenTtl(ttl);
			}

			@Override
			public void liftD1Caps() {
				emulator.admin().d1Caps(Long.MAX_VALUE, Long.MAX_VALUE);
			}

			@Override
			public void latency(Duration fixed) {
				emulator.admin().latency(fixed, Duration.ZERO);
			}

			@Override
			public long requestCount(String method, String path) {
				return emulator.requestCount(method, path);
			}

			@Override
			public void close() {
				emulator.close();
			}

		};
	}

}
