/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.startup;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link StartupRun}.
 */
class StartupRunTests {

	@Test
	void readsTheReadyLineStepsAndLoadedClassesAmongTheLog() {
		StartupRun run = StartupRun.parse(List.of("[0.011s][info][class,load] java.lang.Object source: jrt:/java.base",
				"  .   ____          _            __ _ _",
				"[0.912s][info][class,load] io.netty.util.Recycler source: file:/m2/netty-common.jar",
				"[0.913s][info][class,load] io.netty.util.internal.PlatformDependent source: file:/m2/netty-common.jar",
				"2026-12-06T02:15:55.948Z  INFO 4727 --- [main] a.c.b.s.p.PlainApplication : Started",
				"STARTUP uptime_ms=2345 classes=7562 cpu_ms=4100",
				"STEP 1200 300 spring.beans.instantiate beanName=cohesivityEdgeClient beanType=interface_x.EdgeClient",
				"STEP 900 900 spring.context.config-classes.parse classCount=114"));
		assertThat(run.uptimeMillis()).isEqualTo(2345);
		assertThat(run.loadedClasses()).isEqualTo(7562);
		assertThat(run.cpuMillis()).isEqualTo(4100);
		assertThat(run.steps()).containsExactly(
				new StartupRun.Step("spring.beans.instantiate",
						"beanName=cohesivityEdgeClient beanType=interface_x.EdgeClient", 1200, 300),
				new StartupRun.Step("spring.context.config-classes.parse", "classCount=114", 900, 900));
		assertThat(run.classesByPackage()).containsEntry("java.lang", 1).containsEntry("io.netty.util", 2);
	}

	@Test
	void anApplicationThatNeverGotReadyIsAnErrorWithTheEndOfItsOutput() {
		assertThatIllegalStateException()
			.isThrownBy(() -> StartupRun.parse(List.of("APPLICATION FAILED TO START", "Description: no key")))
			.withMessageContaining("never reported being ready")
			.withMessageContaining("Description: no key");
	}

	@Test
	void groupsClassesByTheirPackagesFirstThreeSegments() {
		assertThat(StartupRun.packageGroup("io.netty.handler.ssl.SslContext")).isEqualTo("io.netty.handler");
		assertThat(StartupRun.packageGroup("reactor.core.publisher.Mono")).isEqualTo("reactor.core.publisher");
		assertThat(StartupRun.packageGroup("java.lang.Object")).isEqualTo("java.lang");
		assertThat(StartupRun.packageGroup("Main")).isEqualTo("(default package)");
	}

	@Test
	void theStarterStepsAreItsBeansAndTheHttpClientUnderThem() {
		assertThat(StartupMeasurement.STARTER_STEP.matcher("beanName=cohesivityEdgeClient").matches()).isTrue();
		assertThat(StartupMeasurement.STARTER_STEP.matcher("beanName=clientHttpConnector beanType=x").matches())
			.isTrue();
		assertThat(StartupMeasurement.STARTER_STEP.matcher("beanName=dispatcherServlet").matches()).isFalse();
	}

	@Test
	void theEmbeddedBreakdownShowsWhatTheEmulatorAddsOverThePointedSide() {
		StartupRun pointed = new StartupRun(
				4000, 8800, 9000, List.of(new StartupRun.Step("spring.beans.instantiate",
						"beanName=cohesivityEdgeClient", 40_000, 10_000)),
				java.util.Map.of("reactor.core.publisher", 299));
		StartupRun embedded = new StartupRun(4500, 9600, 9900,
				List.of(new StartupRun.Step("spring.beans.instantiate", "beanName=cohesivityEdgeClient", 40_000,
						10_000),
						new StartupRun.Step("spring.beans.instantiate", "beanName=cohesivityEmbeddedEmulator", 380_000,
								300_000)),
				java.util.Map.of("reactor.core.publisher", 320, "org.sqlite", 90));
		String breakdown = StartupMeasurement.embeddedBreakdown(pointed, embedded, 10);
		assertThat(breakdown).contains("| spring.beans.instantiate | 10.0 | 310.0 | +300.0 |")
			.contains("| JVM start to ready | 4000 | 4500 | +500 |")
			.contains("| Classes loaded by ready, by package | pointed | embedded | difference |")
			.contains("| org.sqlite | 0 | 90 | +90 |")
			.contains("| spring.beans.instantiate beanName=cohesivityEmbeddedEmulator | 380.0 | 300.0 |")
			.doesNotContain("beanName=cohesivityEdgeClient | 40.0");
		assertThat(StartupMeasurement.EMULATOR_STEP.matcher("beanName=cohesivityEdgeClient").matches()).isFalse();
	}

	@Test
	void medianOfAnOddAndAnEvenNumberOfRuns() {
		assertThat(StartupMeasurement.median(List.of(run(30), run(10), run(20)), StartupRun::uptimeMillis))
			.isEqualTo(20);
		assertThat(StartupMeasurement.median(List.of(run(30), run(10), run(20), run(40)), StartupRun::uptimeMillis))
			.isEqualTo(25);
	}

	private static StartupRun run(long millis) {
		return new StartupRun(millis, 1, 1, List.of(), java.util.Map.of());
	}

}
