/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import ai.cohesivity.emulator.CohesivityEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

import ai.cohesivity.autoconfigure.CohesivityAutoConfiguration;
import ai.cohesivity.autoconfigure.CohesivityConnectionDetails;
import ai.cohesivity.autoconfigure.database.CohesivityDatabaseAutoConfiguration;
import ai.cohesivity.core.CredentialsFile;
import ai.cohesivity.database.EdgeDatabaseOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight applications with genesis enabled start at once in one directory: Cohesivity sees
 * one genesis request, all eight use the one tenant it created, and the directory holds
 * one credentials file, owner-only, and nothing half-written.
 */
@ExtendWith(SuiteSecrets.class)
class GenesisConcurrencyTests {

	private static final int APPLICATIONS = 8;

	private static CohesivityEmulator emulator;

	private static final String LOGGING_SYSTEM = LoggingSystem.SYSTEM_PROPERTY;

	@BeforeAll
	static void start() {
		emulator = CohesivityEmulator.builder().start();
		// Boot initializes the logging backend once per application start; eight at once
		// in one JVM would race on Logback's one configuration (not so in eight
		// processes)
		System.setProperty(LOGGING_SYSTEM, LoggingSystem.NONE);
	}

	@AfterAll
	static void stop() {
		System.clearProperty(LOGGING_SYSTEM);
		emulator.close();
	}

	@Test
	void eightApplicationsCreateOneTenant(@TempDir Path directory) throws Exception {
		Path file = directory.resolve(".cohesivity");
		ExecutorService starters = Executors.newFixedThreadPool(APPLICATIONS);
		CountDownLatch go = new CountDownLatch(1);
		long start;
		List<String> tenants = new ArrayList<>();
		List<Long> answers = new ArrayList<>();
		List<ConfigurableApplicationContext> applications = new ArrayList<>();
		try {
			List<Future<ConfigurableApplicationContext>> running = new ArrayList<>();
			for (int i = 0; i < APPLICATIONS; i++) {
				running.add(starters.submit(() -> {
					go.await();
					return ReliabilityApplication.start(DatabaseApplication.class,
							"cohesivity.base-url=" + emulator.baseUrl(), "cohesivity.genesis.enabled=true",
							"cohesivity.credentials-file=" + file, "cohesivity.database.provision-on-startup=true");
				}));
			}
			start = System.nanoTime();
			go.countDown();
			// all eight run at once; they are closed together (closing one disposes
			// Reactor Netty's global resources, which the others share in this one JVM)
			for (Future<ConfigurableApplicationContext> started : running) {
				applications.add(started.get(120, TimeUnit.SECONDS));
			}
			for (ConfigurableApplicationContext application : applications) {
				CohesivityConnectionDetails connection = application.getBean(CohesivityConnectionDetails.class);
				SuiteSecrets.secret(connection.getApplicationKey());
				SuiteSecrets.secret(connection.getManagementKey());
				tenants.add(connection.getTenantId());
				answers.add(application.getBean(EdgeDatabaseOperations.class).queryForObject("SELECT 1", Long.class));
			}
		}
		finally {
			applications.forEach(ConfigurableApplicationContext::close);
			starters.shutdownNow();
		}
		List<String> files;
		try (Stream<Path> entries = Files.list(directory)) {
			files = entries.map((path) -> path.getFileName().toString()).sorted().toList();
		}
		String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
		String machineIdMode = PosixFilePermissions
			.toString(Files.getPosixFilePermissions(directory.resolve(".cohesivity.machine-id")));
		Figures.print("genesis, 8 applications in one directory", "applications", APPLICATIONS,
				"genesis requests at the emulator", emulator.requestCount("POST", "/api/genesis"), "distinct tenants",
				tenants.stream().distinct().count(), "files in the directory", files, "mode of .cohesivity", mode,
				"mode of .cohesivity.machine-id", machineIdMode, "elapsed", Figures.since(start));
		assertThat(emulator.requestCount("POST", "/api/genesis")).isOne();
		assertThat(tenants).hasSize(APPLICATIONS).containsOnly(tenants.get(0));
		assertThat(answers).containsOnly(1L);
		assertThat(new CredentialsFile(file).read().tenantId()).isEqualTo(tenants.get(0));
		assertThat(files)
			.as("one credentials file (with its lock and the machine id genesis answered), nothing half-written")
			.containsExactly(".cohesivity", ".cohesivity.lock", ".cohesivity.machine-id");
		assertThat(mode).isEqualTo("rw-------");
		assertThat(machineIdMode).isEqualTo("rw-------");
	}

	/**
	 * An application of the starter's client and database auto-configurations only, so
	 * that eight start quickly on two cores.
	 */
	@SpringBootConfiguration
	@ImportAutoConfiguration({ CohesivityAutoConfiguration.class, CohesivityDatabaseAutoConfiguration.class })
	static class DatabaseApplication {

	}

}
