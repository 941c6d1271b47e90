/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.sample;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import ai.cohesivity.autoconfigure.CohesivityConnectionDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one start-up line that says where the notes service answers and which tenant it
 * uses, from where.
 */
@ExtendWith(OutputCaptureExtension.class)
class TenantStartupLogTests {

	@Test
	void embeddedEmulator(CapturedOutput output) {
		GenericApplicationContext context = context(new MockEnvironment().withProperty("local.server.port", "8080"));
		context.registerBean("cohesivityEmbeddedEmulator", Object.class, Object::new);
		ready(context, "http://127.0.0.1:40123");
		assertThat(output).containsOnlyOnce("Notes service at http://localhost:8080/ uses Cohesivity tenant "
				+ "swift-fox-sleeping at http://127.0.0.1:40123, from the embedded emulator");
	}

	@Test
	void propertiesNamingARealTenant(CapturedOutput output) {
		ready(context(new MockEnvironment().withProperty("local.server.port", "9090")
			.withProperty("cohesivity.application-key", "coh_app_abcdefghij0123456789")), "https://cohesivity.ai");
		assertThat(output)
			.contains("Notes service at http://localhost:9090/ uses Cohesivity tenant "
					+ "swift-fox-sleeping at https://cohesivity.ai, from the cohesivity.* properties")
			.doesNotContain("coh_app_abcdefghij0123456789");
	}

	@Test
	void credentialsFileOfAStandaloneEmulator(CapturedOutput output) {
		ready(context(new MockEnvironment().withProperty("local.server.port", "8080")
			.withProperty("cohesivity.credentials-file", "/srv/notes/.cohesivity")), "http://127.0.0.1:8787");
		assertThat(output).contains(
				"at http://127.0.0.1:8787, from the credentials file /srv/notes/.cohesivity " + "(a local emulator)");
	}

	@Test
	void defaultCredentialsFile(CapturedOutput output) {
		ready(context(new MockEnvironment().withProperty("local.server.port", "8080")), "https://cohesivity.ai");
		assertThat(output).contains("at https://cohesivity.ai, from the credentials file .cohesivity")
			.doesNotContain("(a local emulator)");
	}

	private static GenericApplicationContext context(MockEnvironment environment) {
		GenericApplicationContext context = new GenericApplicationContext();
		context.setEnvironment(environment);
		return context;
	}

	private static void ready(GenericApplicationContext context, String baseUrl) {
		context.refresh();
		try {
			new TenantStartupLog(new Connection(baseUrl)).onApplicationEvent(
					new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
		}
		finally {
			context.close();
		}
	}

	private record Connection(String getBaseUrl) implements CohesivityConnectionDetails {

		@Override
		public @Nullable String getManagementKey() {
			return "coh_man_abcdefghij0123456789";
		}

		@Override
		public @Nullable String getApplicationKey() {
			return "coh_app_abcdefghij0123456789";
		}

		@Override
		public String getTenantId() {
			return "swift-fox-sleeping";
		}

	}

}
