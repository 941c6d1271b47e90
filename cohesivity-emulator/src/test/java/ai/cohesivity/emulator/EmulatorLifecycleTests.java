package ai.cohesivity.emulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * {@code close()} gives back everything an emulator took: its port, its threads and its
 * open database files, however many emulators a test run starts and closes.
 */
class EmulatorLifecycleTests {

	private static final int EMULATORS = 10;

	@TempDir
	Path dataDirectory;

	@Test
	void closeFreesThePortThreadsAndFilesOfEveryEmulator() throws Exception {
		// One emulator first: what a JVM starts once, for good, on first use (Reactor's
		// shared
		// schedulers, which Reactor Netty itself uses; the JDK's process reaper) is not
		// the emulator's.
		// Reactor's shared parallel scheduler starts its (at most one per CPU) threads
		// one by one as
		// Reactor Netty's shutdown uses it, so they are not counted either.
		startExerciseAndClose();
		Set<Thread> before = Thread.getAllStackTraces().keySet();
		for (int i = 0; i < EMULATORS; i++) {
			int port = startExerciseAndClose();
			assertThat(canBind(port)).as("port %d is free after close()", port).isTrue();
		}
		assertThat(threadsStartedSince(before)).as("threads left running").isEmpty();
		assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
			.noneMatch((name) -> name.startsWith("cohesivity-emulator"));
		assertThat(openFilesUnder(this.dataDirectory)).as("files still open").isEmpty();
	}

	private int startExerciseAndClose() {
		try (CohesivityEmulator emulator = CohesivityEmulator.builder().dataDirectory(this.dataDirectory).start()) {
			exercise(emulator);
			return emulator.port();
		}
	}

	/**
	 * Uses every kind of thread the emulator has: event loops, SQLite, the timer
	 * (latency) and the blocking work of dropping a database.
	 */
	private static void exercise(CohesivityEmulator emulator) {
		HttpTestClient client = new HttpTestClient(emulator::baseUrl);
		EmulatorTenant tenant = emulator.createTenant();
		emulator.provision(tenant.tenantId(), "database");
		emulator.admin().latency(Duration.ofMillis(1), Duration.ZERO);
		String token = client.edgeToken(tenant.applicationKey());
		assertThat(client.sql(token, "CREATE TABLE t (x); INSERT INTO t VALUES (1)").status()).isEqualTo(200);
		assertThat(
				client.delete("/api/resources/database", "Authorization", "Bearer " + tenant.managementKey()).status())
			.isEqualTo(200);
		emulator.provision(tenant.tenantId(), "database");
		assertThat(client.sql(token, "SELECT 1").status()).isEqualTo(200);
	}

	private static boolean canBind(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort() == port;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Threads started since {@code before} that are still alive after up to 10 s each to
	 * end, except the JDK HTTP client's own (the tests' client) and Reactor's shared
	 * parallel ones.
	 */
	private static List<String> threadsStartedSince(Set<Thread> before) throws InterruptedException {
		List<String> running = new ArrayList<>();
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (before.contains(thread) || thread.getName().startsWith("HttpClient-")
					|| thread.getName().startsWith("parallel-")) {
				continue;
			}
			thread.join(10_000);
			if (thread.isAlive()) {
				running.add(thread.getName());
			}
		}
		return running;
	}

	/**
	 * The files under {@code directory} this process holds open (Linux'
	 * {@code /proc/self/fd}).
	 */
	private static List<Path> openFilesUnder(Path directory) throws IOException {
		Path descriptors = Path.of("/proc/self/fd");
		assumeThat(Files.isDirectory(descriptors)).as("/proc/self/fd (Linux)").isTrue();
		Path real = directory.toRealPath();
		List<Path> open = new ArrayList<>();
		try (Stream<Path> fds = Files.list(descriptors)) {
			for (Path fd : fds.toList()) {
				try {
					Path target = Files.readSymbolicLink(fd);
					if (target.startsWith(real)) {
						open.add(target);
					}
				}
				catch (IOException ex) {
					// the descriptor closed while listing
				}
			}
		}
		return open;
	}

}
