/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability.blockhound;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emulator in a process of its own ({@code EmulatorMain} on this JVM's class path),
 * so that BlockHound, installed in the test's JVM, judges only the starter's threads;
 * driven through its HTTP admin API.
 */
final class EmulatorProcess implements AutoCloseable {

	private static final Pattern RUNNING_AT = Pattern.compile("running at (http://\\S+)");

	private final Process process;

	private final String baseUrl;

	private final HttpClient http = HttpClient.newHttpClient();

	private EmulatorProcess(Process process, String baseUrl) {
		this.process = process;
		this.baseUrl = baseUrl;
	}

	static EmulatorProcess start() throws IOException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				"ai.cohesivity.emulator.EmulatorMain", "--port", "0")
			.redirectErrorStream(true)
			.start();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		String line;
		while (System.nanoTime() < deadline && (line = output.readLine()) != null) {
			Matcher matcher = RUNNING_AT.matcher(line);
			if (matcher.find()) {
				Thread drain = new Thread(() -> output.lines().forEach((ignored) -> {
				}), "emulator-process-output");
				drain.setDaemon(true);
				drain.start();
				return new EmulatorProcess(process, matcher.group(1));
			}
		}
		process.destroyForcibly();
		throw new IllegalStateException("The emulator process did not start");
	}

	String baseUrl() {
		return this.baseUrl;
	}

	JsonNode post(String path, String json) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
		return JsonMapper.shared().readTree(response.body());
	}

	long requestCount(String method, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest
			.newBuilder(URI.create(this.baseUrl + "/__emulator/requests?method=" + method + "&path=" + path))
			.build(), HttpResponse.BodyHandlers.ofString());
		return JsonMapper.shared().readTree(response.body()).path("count").asLong();
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
