/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

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

import ai.cohesivity.emulator.CohesivityEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.cohesivity.core.CredentialsFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TenantGenesis} against the emulator over real HTTP.
 */
class TenantGenesisEmulatorTests {

	private static CohesivityEmulator emulator;

	@BeforeAll
	static void startEmulator() {
		emulator = CohesivityEmulator.builder().start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@Test
	void eightConcurrentContextsInOneDirectoryCreateOneTenant(@TempDir Path directory) throws Exception {
		Path file = directory.resolve(".cohesivity");
		long genesisBefore = emulator.requestCount("POST", "/api/genesis");
		ExecutorService executor = Executors.newFixedThreadPool(8);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<String>> tenants = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			tenants.add(executor.submit(() -> {
				go.await();
				String[] tenantId = new String[1];
				EmulatorContexts.runner()
					.withPropertyValues("cohesivity.base-url=" + emulator.baseUrl(), "cohesivity.genesis.enabled=true",
							"cohesivity.credentials-file=" + file)
					.run((context) -> {
						assertThat(context).hasNotFailed();
						tenantId[0] = context.getBean(CohesivityConnectionDetails.class).getTenantId();
					});
				return tenantId[0];
			}));
		}
		go.countDown();
		List<String> ids = new ArrayList<>();
		for (Future<String> tenant : tenants) {
			ids.add(tenant.get(60, TimeUnit.SECONDS));
		}
		executor.shutdown();
		assertThat(emulator.requestCount("POST", "/api/genesis") - genesisBefore).isEqualTo(1);
		assertThat(ids).hasSize(8).doesNotContainNull().containsOnly(ids.get(0));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(new CredentialsFile(file).read().tenantId()).isEqualTo(ids.get(0));
	}

	@Test
	void machineIdTheEmulatorMintsIsKeptAndSentAgain(@TempDir Path directory) throws Exception {
		Path file = directory.resolve(".cohesivity");
		Path machineIdFile = directory.resolve(".cohesivity.machine-id");
		String[] tenants = new String[2];
		for (int i = 0; i < 2; i++) {
			int start = i;
			EmulatorContexts.runner()
				.withPropertyValues("cohesivity.base-url=" + emulator.baseUrl(), "cohesivity.genesis.enabled=true",
						"cohesivity.credentials-file=" + file)
				.run((context) -> {
					assertThat(context).hasNotFailed();
					tenants[start] = context.getBean(CohesivityConnectionDetails.class).getTenantId();
				});
			if (i == 0) {
				assertThat(Files.readString(machineIdFile).strip()).startsWith("mach_");
				assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(machineIdFile)))
					.isEqualTo("rw-------");
			}
			Files.delete(file);
		}
		String minted = Files.readString(machineIdFile).strip();
		// The emulator echoes an id only when it mints one: the second start sent the
		// first
		// id, which verified, so it is unchanged; a forged one is replaced.
		assertThat(tenants[0]).isNotEqualTo(tenants[1]);
		Files.writeString(machineIdFile, "mach_forged.signature\n");
		EmulatorContexts.runner()
			.withPropertyValues("cohesivity.base-url=" + emulator.baseUrl(), "cohesivity.genesis.enabled=true",
					"cohesivity.credentials-file=" + file)
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(Files.readString(machineIdFile).strip()).startsWith("mach_")
			.isNotEqualTo("mach_forged.signature")
			.isNotEqualTo(minted);
	}

}
