/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import ai.cohesivity.core.CohesivityCredentials;
import ai.cohesivity.core.CredentialsFile;
import ai.cohesivity.management.ManagementApi;
import ai.cohesivity.management.StatusClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TenantGenesis} and the credentials file genesis writes, against the emulator
 * over real HTTP.
 */
@ExtendWith(OutputCaptureExtension.class)
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
	void dotfileWithClaimInstructionsAsAnInstallerWritesItStartsTheApplication(@TempDir Path directory,
			CapturedOutput output) throws Exception {
		// Genesis' text answer, written verbatim as Cohesivity's installer does, ends
		// with
		// one-click claim instructions: lines that are neither key=value nor comments,
		// one
		// of them holding the management key.
		emulator.admin().genesisClaimInstructions(true);
		String dotfile;
		try {
			dotfile = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/api/genesis"))
					.header("User-Agent", "cohesivity-tests/1")
					.header("Accept", "text/plain")
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofString())
				.body();
		}
		finally {
			emulator.admin().genesisClaimInstructions(false);
		}
		CohesivityCredentials written = CredentialsFile.parseEntries(dotfile, "test");
		assertThat(dotfile.lines().filter((line) -> !line.isBlank() && !line.contains("=") && !line.startsWith("#")))
			.isNotEmpty();
		Path file = Files.writeString(directory.resolve(".cohesivity"), dotfile);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		EmulatorContexts.runner()
			.withPropertyValues("cohesivity.base-url=" + emulator.baseUrl(), "cohesivity.credentials-file=" + file)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				CohesivityConnectionDetails details = context.getBean(CohesivityConnectionDetails.class);
				assertThat(details.getTenantId()).isEqualTo(written.tenantId());
				assertThat(details.getApplicationKey()).isEqualTo(written.applicationKey());
				assertThat(new StatusClient(context.getBean(ManagementApi.class)).status()
					.block(Duration.ofSeconds(10))
					.tenantId()).isEqualTo(written.tenantId());
			});
		assertThat(output).contains("Skipped lines").doesNotContain(String.valueOf(written.managementKey()));
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
