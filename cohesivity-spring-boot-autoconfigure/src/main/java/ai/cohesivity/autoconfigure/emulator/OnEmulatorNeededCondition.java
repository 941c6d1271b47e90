/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.emulator;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the embedded emulator should start:
 * {@code cohesivity.emulator.enabled=true}, or {@code auto} (the default) while nothing
 * at all is configured — no credentials file (whatever it holds, an empty one included),
 * no {@code cohesivity.*} key, tenant id or base URL, and no tenant creation. Any of them
 * means the application is meant to reach a real tenant; it must then be configured
 * completely, and never falls back to a throwaway database.
 */
class OnEmulatorNeededCondition extends SpringBootCondition {

	private static final List<String> CONNECTION_PROPERTIES = List.of("cohesivity.application-key",
			"cohesivity.management-key", "cohesivity.tenant-id", "cohesivity.base-url");

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
		for (String property : CONNECTION_PROPERTIES) {
			String value = environment.getProperty(property);
			if (value != null && !value.isBlank()) {
				return ConditionOutcome.noMatch(property + " is set");
			}
		}
		if (environment.getProperty("cohesivity.genesis.enabled", Boolean.class, false)) {
			return ConditionOutcome.noMatch("cohesivity.genesis.enabled=true creates a real tenant instead");
		}
		Path file = Path.of(environment.getProperty("cohesivity.credentials-file", ".cohesivity"));
		if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return ConditionOutcome.noMatch("the credentials file " + file.toAbsolutePath().normalize() + " exists");
		}
		return ConditionOutcome.match("nothing is configured (cohesivity.emulator.enabled=auto)");
	}

}
