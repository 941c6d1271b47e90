/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import ai.cohesivity.core.CohesivityConnection;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emulator in a JVM of its own ({@code ai.cohesivity.emulator.EmulatorMain} on this
 * JVM's class path, a free port, the full wire profile), controlled through its admin
 * HTTP API. With the emulator out of this process, this process's CPU time is the
 * client's alone; both still share the machine's cores.
 */
public final class EmulatorProcess implements EmulatorControl {

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final String RUNNING_AT = "running at ";

	private final Process process;

	private final String baseUrl;

	private final Path log;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private EmulatorProcess(Process process, String baseUrl, Path log) {
		this.process = process;
		this.baseUrl = baseUrl;
		this.log = log;
	}

	/**
	 * Starts the emulator and waits until it listens.
	 * @param jvmOptions options of the emulator's JVM, for example {@code -Xmx512m}
	 * @return the running emulator; close it to stop the process
	 */
	public static EmulatorProcess start(String... jvmOptions) {
		Path log;
		try {
			log = Files.createTempFile("cohesivity-emulator-", ".log");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of(jvmOptions));
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), "ai.cohesivity.emulator.EmulatorMain",
				"--port", "0", "--wire-profile", "full"));
		Process process;
		try {
			process = new ProcessBuilder(command).redirectError(log.toFile()).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the emulator process", ex);
		}
		try {
			BufferedReader out = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				int at = line.indexOf(RUNNING_AT);
				if (at >= 0) {
					String url = line.substring(at + RUNNING_AT.length()).split(" ")[0];
					Thread drain = new Thread(() -> drain(out), "emulator-process-stdout");
					drain.setDaemon(true);
					drain.start();
					return new EmulatorProcess(process, url, log);
				}
			}
			throw new IllegalStateException("The emulator process ended before it listened: " + tail(log));
		}
		catch (IOException | RuntimeException ex) {
			process.destroyForcibly();
			throw (ex instanceof RuntimeException runtime) ? runtime : new UncheckedIOException((IOException) ex);
		}
	}

	private static void drain(BufferedReader out) {
		try {
			while (out.readLine() != null) {
				// The emulator prints nothing more that matters.
			}
		}
		catch (IOException ex) {
			// The process ended.
		}
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	/**
	 * Returns the process id of the emulator's JVM.
	 * @return the pid
	 */
	public long pid() {
		return this.process.pid();
	}

	@Override
	public String baseUrl() {
		return this.baseUrl;
	}

	@Override
	public CohesivityConnection createTenantWithDatabase() {
		JsonNode tenant = send("POST", "/__emulator/tenants", Map.of());
		String tenantId = tenant.path("tenant_id").asString();
		send("POST", "/__emulator/tenants/" + tenantId + "/resources/database", Map.of());
		return CohesivityConnection.of(this.baseUrl, tenant.path("coh_management_key").asString(),
				tenant.path("coh_application_key").asString());
	}

	@Override
	public void edgeTokenTtl(Duration ttl) {
		send("PUT", "/__emulator/settings", Map.of("edge_token_ttl_seconds", ttl.toSeconds()));
	}

	@Override
	public void liftD1Caps() {
		send("PUT", "/__emulator/settings",
				Map.of("d1_rows_read_cap", Long.MAX_VALUE, "d1_rows_written_cap", Long.MAX_VALUE));
	}

	@Override
	public void latency(Duration fixed) {
		send("POST", "/__emulator/faults/latency", Map.of("fixed_ms", fixed.toMillis()));
	}

	@Override
	public long requestCount(String method, String path) {
		return send("GET", "/__emulator/requests?method=" + method + "&path=" + path, null).path("count").asLong();
	}

	private JsonNode send(String method, String path, @Nullable Map<String, ?> body) {
		HttpRequest.BodyPublisher publisher = (body != null)
				? HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))
				: HttpRequest.BodyPublishers.noBody();
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.method(method, publisher)
			.build();
		try {
			HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() / 100 != 2) {
				throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
						+ new String(response.body(), StandardCharsets.UTF_8));
			}
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
		try {
			Files.deleteIfExists(this.log);
		}
		catch (IOException ex) {
			// A temporary file; the system cleans it up.
		}
	}

}
