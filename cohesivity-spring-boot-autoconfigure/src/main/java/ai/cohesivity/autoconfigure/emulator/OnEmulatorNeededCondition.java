/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.emulator;

import java.nio.file.Path;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import ai.cohesivity.core.CredentialsFile;

/**
 * Matches when the embedded emulator should start:
 * {@code cohesivity.emulator.enabled=true}, or {@code auto} (the default) while no key is
 * configured anywhere (properties, environment, credentials file) and tenant creation is
 * not enabled.
 */
class OnEmulatorNeededCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		String mode = environment.getProperty("cohesivity.emulator.enabled", "auto").strip().toLowerCase(Locale.ROOT);
		if (mode.equals("true")) {
			return ConditionOutcome.match("cohesivity.emulator.enabled=true");
		}
		if (!mode.equals("auto")) {
			return ConditionOutcome.noMatch("cohesivity.emulator.enabled=" + mode);
		}
		if (hasText(environment, "cohesivity.management-key") || hasText(environment, "cohesivity.application-key")) {
			return ConditionOutcome.noMatch("Cohesivity keys are configured as properties");
		}
		if (environment.getProperty("cohesivity.genesis.enabled", Boolean.class, false)) {
			return ConditionOutcome.noMatch("cohesivity.genesis.enabled=true creates a real tenant instead");
		}
		Path file = Path.of(environment.getProperty("cohesivity.credentials-file", ".cohesivity"));
		CredentialsFile credentials = new CredentialsFile(file);
		if (credentials.exists()) {
			try {
				if (credentials.read().hasAnyKey()) {
					return ConditionOutcome.noMatch("Cohesivity keys are in " + file);
				}
			}
			catch (RuntimeException ex) {
				return ConditionOutcome.noMatch("the credentials file " + file + " exists but is unusable");
			}
		}
		return ConditionOutcome.match("no Cohesivity credentials are configured (cohesivity.emulator.enabled=auto)");
	}

	private static boolean hasText(Environment environment, String property) {
		String value = environment.getProperty(property);
		return value != null && !value.isBlank();
	}

}
