/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.io.IOException;
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

import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import ai.cohesivity.core.CohesivityCredentials;
import ai.cohesivity.core.CohesivityHttpTransport;
import ai.cohesivity.core.CohesivityRateLimitedException;
import ai.cohesivity.core.CredentialsFile;
import ai.cohesivity.core.CredentialsFileException;
import ai.cohesivity.core.RetrySettings;
import ai.cohesivity.core.ScriptedServer;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link GenesisBootstrap} and {@link GenesisClient}.
 */
@ExtendWith(OutputCaptureExtension.class)
class GenesisBootstrapTests {

	private static final String GENESIS_JSON = "{\"tenant_id\":\"brave-otter-runs\",\"coh_management_key\":"
			+ "\"coh_man_0123456789abcdefghij\",\"coh_application_key\":\"coh_app_abcdefghij0123456789\","
			+ "\"expires_at\":\"2026-12-01T00:00:00.000Z\",\"tenant_lifecycle\":\"ephemeral\",\"runtime_profile\":\"v1-1\"}";

	@TempDir
	Path directory;

	private ScriptedServer server;

	private GenesisBootstrap bootstrap;

	@BeforeEach
	void start() throws IOException {
		this.server = new ScriptedServer();
		CohesivityHttpTransport transport = ScriptedServer.configurer(RetrySettings.defaults())
			.anonymousTransport(this.server.baseUrl());
		this.bootstrap = new GenesisBootstrap(new GenesisClient(transport, JsonMapper.shared()),
				Duration.ofSeconds(20));
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void concurrentStartsInOneDirectoryCreateOneTenant() throws Exception {
		this.server.respond("/api/genesis",
				(request) -> new MockResponse.Builder(ScriptedServer.json(201, GENESIS_JSON))
					.headersDelay(200, TimeUnit.MILLISECONDS)
					.build());
		Path file = this.directory.resolve(".cohesivity");
		ExecutorService executor = Executors.newFixedThreadPool(8);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<CohesivityCredentials>> results = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			results.add(executor.submit(() -> {
				go.await();
				return this.bootstrap.ensureCredentials(new CredentialsFile(file));
			}));
		}
		go.countDown();
		for (Future<CohesivityCredentials> result : results) {
			assertThat(result.get(20, TimeUnit.SECONDS).tenantId()).isEqualTo("brave-otter-runs");
		}
		executor.shutdown();
		assertThat(this.server.count("/api/genesis")).isEqualTo(1);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(new CredentialsFile(file).read().applicationKey()).isEqualTo("coh_app_abcdefghij0123456789");
		assertThat(this.server.requests().get(0).getHeaders().get("Accept")).isEqualTo("application/json");
		assertThat(this.server.requests().get(0).getHeaders().get("User-Agent")).doesNotContain("curl");
	}

	@Test
	void existingCredentialsAreUsedWithoutCreatingATenant() throws IOException {
		Path file = Files.writeString(this.directory.resolve(".cohesivity"),
				"coh_application_key=coh_app_abcdefghij0123456789\n");
		assertThat(this.bootstrap.ensureCredentials(new CredentialsFile(file)).applicationKey()).isNotNull();
		assertThat(this.server.count("/api/genesis")).isZero();
	}

	@Test
	void dotfileTextAnswerIsAccepted() {
		this.server.enqueue("/api/genesis",
				new MockResponse.Builder().code(201)
					.addHeader("Content-Type", "text/plain")
					.body("tenant_id=swift-fox-running\ncoh_management_key=coh_man_0123456789abcdefghij\n"
							+ "coh_application_key=coh_app_abcdefghij0123456789\n")
					.build());
		CohesivityCredentials created = this.bootstrap
			.ensureCredentials(new CredentialsFile(this.directory.resolve(".cohesivity")));
		assertThat(created.tenantId()).isEqualTo("swift-fox-running");
	}

	@Test
	void rateLimitFailsWithTheWaitTimeIsNotRetriedAndWritesNothing() {
		this.server.respond("/api/genesis",
				(request) -> new MockResponse.Builder().code(429)
					.addHeader("Retry-After", "60")
					.addHeader("Content-Type", "application/json")
					.body("{\"error\":\"rate_limited\",\"message\":\"Too many tenant creation requests\"}")
					.build());
		Path file = this.directory.resolve(".cohesivity");
		assertThatExceptionOfType(CohesivityRateLimitedException.class)
			.isThrownBy(() -> this.bootstrap.ensureCredentials(new CredentialsFile(file)))
			.withMessageContaining("retry in 60 s");
		assertThat(this.server.count("/api/genesis")).isEqualTo(1);
		assertThat(file).doesNotExist();
	}

	@Test
	void dotfileWithClaimInstructionsIsWrittenSoTheTenantIsNeverLost(CapturedOutput output) throws IOException {
		String man = "coh_man_0123456789abcdefghij";
		this.server.enqueue("/api/genesis",
				new MockResponse.Builder().code(201)
					.addHeader("Content-Type", "text/plain")
					.body("tenant_id=swift-fox-running\ncoh_management_key=" + man + "\n"
							+ "coh_application_key=coh_app_abcdefghij0123456789\nexpires_at=2026-12-01T00:00:00.000Z\n"
							+ "\nOne-click claim: open https://cohesivity.ai/c/k3y?from=genesis in a browser.\n"
							+ "Or: POST https://cohesivity.ai/api/claim/url with Authorization: Bearer " + man + "\n")
					.build());
		Path file = this.directory.resolve(".cohesivity");
		CohesivityCredentials created = this.bootstrap.ensureCredentials(new CredentialsFile(file));
		assertThat(created.tenantId()).isEqualTo("swift-fox-running");
		assertThat(created.managementKey()).isEqualTo(man);
		CohesivityCredentials written = new CredentialsFile(file).read();
		assertThat(written.applicationKey()).isEqualTo("coh_app_abcdefghij0123456789");
		assertThat(written.managementKey()).isEqualTo(man);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(output).contains("lines 6, 7 of the answer to POST /api/genesis")
			.doesNotContain(man)
			.doesNotContain("claim/url");
		assertThat(this.server.count("/api/genesis")).isEqualTo(1);
	}

	@Test
	void answerWithAKeyOfTheWrongShapeIsWrittenBeforeItIsRefused() {
		this.server.enqueue("/api/genesis",
				ScriptedServer.json(201, "{\"tenant_id\":\"t-x\",\"coh_management_key\":\"man_v2_0123456789\","
						+ "\"coh_application_key\":\"coh_app_abcdefghij0123456789\"}"));
		Path file = this.directory.resolve(".cohesivity");
		assertThatExceptionOfType(CredentialsFileException.class)
			.isThrownBy(() -> this.bootstrap.ensureCredentials(new CredentialsFile(file)))
			.withMessageContaining(file.toString())
			.withMessageContaining("must start with coh_man_");
		assertThat(file).exists();
		assertThat(this.server.count("/api/genesis")).isEqualTo(1);
	}

	@Test
	void machineIdFromGenesisIsPersistedOwnerOnlyAndSentOnTheNextGenesis(CapturedOutput output) throws IOException {
		String machineId = "mach_0a1b2c3d.Zx-_9yQ";
		this.server
			.enqueue("/api/genesis",
					new MockResponse.Builder(ScriptedServer.json(201, GENESIS_JSON))
						.addHeader("X-Cohesivity-Machine-Id", machineId)
						.build())
			.enqueue("/api/genesis", ScriptedServer.json(201, GENESIS_JSON));
		Path file = this.directory.resolve(".cohesivity");
		this.bootstrap.ensureCredentials(new CredentialsFile(file));
		Path machineIdFile = this.directory.resolve(".cohesivity.machine-id");
		assertThat(Files.readString(machineIdFile).strip()).isEqualTo(machineId);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(machineIdFile))).isEqualTo("rw-------");
		assertThat(this.server.requests().get(0).getHeaders().get("X-Cohesivity-Machine-Id")).isNull();
		// The tenant expired and its file was removed: the next genesis says which
		// machine
		// asks; the server echoes nothing (the id verified), so the id stays.
		Files.delete(file);
		this.bootstrap.ensureCredentials(new CredentialsFile(file));
		assertThat(this.server.requests().get(1).getHeaders().get("X-Cohesivity-Machine-Id")).isEqualTo(machineId);
		assertThat(Files.readString(machineIdFile).strip()).isEqualTo(machineId);
		assertThat(output).doesNotContain(machineId);
	}

	@Test
	void machineIdTheServerReplacesIsPersisted() throws IOException {
		Files.writeString(this.directory.resolve(".cohesivity.machine-id"), "mach_stale.sig\n");
		this.server.enqueue("/api/genesis",
				new MockResponse.Builder(ScriptedServer.json(201, GENESIS_JSON))
					.addHeader("X-Cohesivity-Machine-Id", "mach_fresh.sig2")
					.build());
		this.bootstrap.ensureCredentials(new CredentialsFile(this.directory.resolve(".cohesivity")));
		assertThat(this.server.requests().get(0).getHeaders().get("X-Cohesivity-Machine-Id"))
			.isEqualTo("mach_stale.sig");
		assertThat(Files.readString(this.directory.resolve(".cohesivity.machine-id")).strip())
			.isEqualTo("mach_fresh.sig2");
	}

	@Test
	void answerWithoutKeysWritesNothing() {
		this.server.enqueue("/api/genesis", ScriptedServer.json(201, "{\"tenant_id\":\"t-x\"}"));
		Path file = this.directory.resolve(".cohesivity");
		assertThatExceptionOfType(ai.cohesivity.core.CohesivityException.class)
			.isThrownBy(() -> this.bootstrap.ensureCredentials(new CredentialsFile(file)))
			.withMessageContaining("nothing was written");
		assertThat(file).doesNotExist();
	}

}
